#include "app_context.h"
#include "audit_log.h"
#include "cli_commands.h"
#include "cli_io.h"

namespace promptdesk::cli {

int auditCommand(const QStringList &args)
{
    if (args != QStringList{QStringLiteral("verify")}) {
        return usageError(QStringLiteral("usage: promptdesk-cli audit verify"));
    }
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    const Result<AuditVerification> report = context.value()->auditLog().verify();
    if (!report) {
        return fail(report.error());
    }
    writeOut(report->summary + QLatin1Char('\n'));
    if (report->firstBadSequence >= 0) {
        return fail(makeError(ErrorKind::Corrupt,
                              QStringLiteral("the audit log was altered: event #%1 does not match "
                                             "the chain")
                                  .arg(report->firstBadSequence)));
    }
    return ExitOk;
}

} // namespace promptdesk::cli

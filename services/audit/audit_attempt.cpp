#include "audit/audit_attempt.h"

#include <QStringList>

namespace promptdesk {

QString auditAttemptOperation(int attempt)
{
    return QStringLiteral("attempt:%1").arg(attempt);
}

QString auditRetriedOperation(int attempt, int httpStatus, const QString &code, int retryInMs)
{
    QString operation = auditAttemptOperation(attempt);
    if (httpStatus > 0) {
        operation += QStringLiteral(";http:%1").arg(httpStatus);
    }
    if (!code.isEmpty()) {
        operation += QStringLiteral(";code:") + code;
    }
    return operation + QStringLiteral(";retry-in-ms:%1").arg(retryInMs);
}

int auditAttemptOf(const QString &operation)
{
    if (operation.isEmpty()) {
        return 1;
    }
    const QString first = operation.section(QLatin1Char(';'), 0, 0);
    if (!first.startsWith(QLatin1String("attempt:"))) {
        return 0;
    }
    bool ok = false;
    const int attempt = first.mid(8).toInt(&ok);
    return ok && attempt > 0 ? attempt : 0;
}

} // namespace promptdesk

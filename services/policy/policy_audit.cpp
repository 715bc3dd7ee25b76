#include "policy/policy_audit.h"

#include "audit/audit_log.h"
#include "core/app_info.h"
#include "core/logging.h"

#include <QFile>
#include <QSaveFile>

namespace promptdesk {

QString policyLoadState(const PolicyLoadOutcome &loaded)
{
    switch (loaded.status.source) {
    case PolicyStatus::Source::Signed:
        return QStringLiteral("loaded");
    case PolicyStatus::Source::Development:
        return QStringLiteral("development");
    case PolicyStatus::Source::Builtin:
        break;
    }
    return QStringLiteral("fallback:") + loaded.status.fallbackCode;
}

bool auditPolicyLoaded(AuditLog &audit, const PolicyLoadOutcome &loaded, const QString &stateFile,
                       const QString &user, const QString &device)
{
    const QString state = policyLoadState(loaded);
    const QByteArray marker = (loaded.policy->version + QLatin1Char('\n') + state +
                               QLatin1Char('\n') + loaded.keyFingerprint + QLatin1Char('\n'))
                                  .toUtf8();
    QFile previous(stateFile);
    if (previous.open(QIODevice::ReadOnly) && previous.read(4096) == marker) {
        return true; // already recorded
    }
    AuditEvent event;
    event.action = auditAction::policyLoaded;
    event.user = user;
    event.device = device;
    event.appVersion = appVersion();
    event.policyVersion = loaded.policy->version;
    event.status =
        loaded.status.source == PolicyStatus::Source::Builtin ? QStringLiteral("fallback") : state;
    event.policyRule = loaded.status.fallbackCode;
    if (Result<qint64> appended = audit.append(event); !appended) {
        qCWarning(lcPolicy) << "could not audit the policy state:" << appended.error().message;
        return false;
    }
    QSaveFile out(stateFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(marker);
        out.commit();
    }
    return true;
}

} // namespace promptdesk

#include "policy/audit_spend.h"

#include "audit/audit_log.h"

namespace promptdesk {

double auditSpendThisMonth(const AuditLog &audit, const Policy &policy, const QString &user,
                           const QDateTime &nowUtc)
{
    const Result<QList<StoredAuditEvent>> events = audit.events();
    if (!events) {
        return 0;
    }
    const QDate today = nowUtc.toUTC().date();
    double spent = 0;
    for (const StoredAuditEvent &stored : events.value()) {
        const AuditEvent &e = stored.event;
        const QDate day = stored.timeUtc.toUTC().date();
        if (e.action != auditAction::response || e.user != user || day.year() != today.year() ||
            day.month() != today.month()) {
            continue;
        }
        const ApprovedProvider *provider = policy.findProvider(e.providerId);
        const PolicyModel *model = provider ? provider->findModel(e.modelRequested) : nullptr;
        if (!model || model->inputPricePerMTok < 0 || model->outputPricePerMTok < 0) {
            continue;
        }
        spent +=
            (static_cast<double>(std::max<qint64>(0, e.tokensIn)) * model->inputPricePerMTok +
             static_cast<double>(std::max<qint64>(0, e.tokensOut)) * model->outputPricePerMTok) /
            1e6;
    }
    return spent;
}

} // namespace promptdesk

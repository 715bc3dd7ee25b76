#pragma once

#include "policy/policy.h"

#include <QDateTime>

namespace promptdesk {

class AuditLog;

// Spend per user per month, derived from the audit log's "response" events (tokens in/out)
// priced with the policy's price table. The audit log is the one record of every send, so
// budgets need no second ledger that could drift from it.
double auditSpendThisMonth(const AuditLog &audit, const Policy &policy, const QString &user,
                           const QDateTime &nowUtc);

} // namespace promptdesk

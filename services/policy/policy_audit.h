#pragma once

#include "policy/policy_loader.h"

namespace promptdesk {

class AuditLog;

// Records a "policy-loaded" audit event (outcome in `status`: loaded, development, or
// fallback; the fallback's reason code in `policyRule`) whenever the policy in force differs
// from the one last recorded, remembered in `stateFile` (in the user's data folder). So every
// change — a new policy, an expiry, a tampered file — is audited once, not on every start.
// Returns false when the audit log could not be written.
bool auditPolicyLoaded(AuditLog &audit, const PolicyLoadOutcome &loaded, const QString &stateFile,
                       const QString &user, const QString &device);

// "loaded", "development" or "fallback:<code>": the state recorded above.
QString policyLoadState(const PolicyLoadOutcome &loaded);

} // namespace promptdesk

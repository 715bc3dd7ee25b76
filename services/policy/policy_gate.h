#pragma once

#include "provider.h"

#include <QString>

namespace promptdesk {

struct PolicyDecision {
    bool allowed = false;
    QString rule;   // which rule decided, e.g. "providers.approved"
    QString reason; // user-readable, e.g. `provider "openai" is not approved`

    static PolicyDecision allow(const QString &rule) { return {true, rule, {}}; }
    static PolicyDecision block(const QString &rule, const QString &reason)
    {
        return {false, rule, reason};
    }
};

// Decides whether a request may go to a provider. Every send passes through it.
class PolicyGate {
public:
    virtual ~PolicyGate() = default;
    virtual PolicyDecision evaluate(const ProviderDescriptor &provider,
                                    const ProviderRequest &request) const = 0;
    // Redaction runs before every send unless the policy says otherwise.
    virtual bool redactionRequired() const = 0;
    virtual QString policyVersion() const = 0;
};

} // namespace promptdesk

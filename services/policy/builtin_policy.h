#pragma once

#include "policy/policy_gate.h"

#include <QStringList>

namespace promptdesk {

// The policy in force when the administrator has deployed none: only the built-in offline
// engine, redaction always on. A signed machine-wide policy (its own issue) replaces it.
class BuiltinPolicy final : public PolicyGate {
public:
    using PolicyGate::evaluate;
    explicit BuiltinPolicy(QStringList approvedProviders = {QStringLiteral("offline")});

    PolicyDecision evaluate(const ProviderDescriptor &provider, const ProviderRequest &request,
                            const SendContext &context) const override;
    bool redactionRequired() const override { return true; }
    QString policyVersion() const override { return QStringLiteral("builtin-1"); }
    QStringList approvedProviderIds() const override { return m_approved; }

private:
    QStringList m_approved;
};

} // namespace promptdesk

#pragma once

#include "policy/policy_gate.h"
#include "policy/policy_loader.h"
#include "providers/request_estimate.h"

#include <functional>

namespace promptdesk {

// Who is sending, for the policy's regional routing rules.
struct UserContext {
    QString userName;
    QString country;  // ISO 3166 code of the system locale, e.g. "DE"
    QString timeZone; // IANA id, e.g. "Europe/Berlin"

    static UserContext fromSystem(const QString &userName);
};

// USD already spent by `user` in the calendar month (UTC) containing `nowUtc`.
using SpendLookup = std::function<double(const QString &user, const QDateTime &nowUtc)>;

// The gate over a loaded policy (the administrator's, or the built-in default after a
// fallback). Checks, in order: data class, template, provider, endpoint, region, model,
// data class per provider, regional routing, monthly budget. Each block names its rule.
class SignedPolicyGate final : public PolicyGate {
public:
    using PolicyGate::evaluate;
    SignedPolicyGate(PolicyLoadOutcome loaded, UserContext user, SpendLookup spend = {},
                     std::function<QDateTime()> clock = {});

    PolicyDecision evaluate(const ProviderDescriptor &provider, const ProviderRequest &request,
                            const SendContext &context) const override;
    bool redactionRequired() const override { return true; }
    QString policyVersion() const override { return m_loaded.policy->version; }
    PolicyStatus status() const override { return m_loaded.status; }
    // The policy's lockedSettings, plus `retention.historyDays` as the lock of
    // "history.retentionDays" (0: "history.enabled" locked off) unless those keys are locked.
    QMap<QString, LockedSetting> lockedSettings() const override;
    ModelRouting modelRouting() const override { return m_loaded.policy->modelRouting; }
    QStringList approvedProviderIds() const override;
    QString defaultDataClass() const override
    {
        return dataClassName(m_loaded.policy->defaultDataClass);
    }
    QString dataClassFor(const QString &requested,
                         const QMap<QString, int> &redactionCounts) const override;
    std::optional<ApprovedProvider> approvedProvider(const QString &id) const override;
    std::pair<double, double> monthSpendAndBudget(const QString &user) const override;

    const Policy &policy() const { return *m_loaded.policy; }
    const PolicyLoadOutcome &loaded() const { return m_loaded; }

    // The user's choice (or the policy default), raised by the personal data found.
    // Empty optional when `requested` names no data class.
    std::optional<DataClass> effectiveDataClass(const QString &requested,
                                                const QMap<QString, int> &redactionCounts) const;
    // The first routing rule that applies to this user, or null.
    const RoutingRule *routingRule() const;

private:
    PolicyLoadOutcome m_loaded;
    UserContext m_user;
    SpendLookup m_spend;
    std::function<QDateTime()> m_clock;
};

// Estimated cost of a request at the policy's prices (estimateRequestCostUsd). Negative when
// the policy lists no price for the model.
double estimateCostUsd(const PolicyModel &model, const ProviderRequest &request);

} // namespace promptdesk

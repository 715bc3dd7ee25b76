#pragma once

#include "policy/policy.h"
#include "providers/provider.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace promptdesk {

// What the gate knows about one send besides the provider and the request.
struct SendContext {
    QString requestedDataClass;         // chosen by the user; empty: the policy's default
    QMap<QString, int> redactionCounts; // per PII type, from the redaction step
    QString userName;
};

struct PolicyDecision {
    bool allowed = false;
    QString rule;                 // which rule decided, e.g. "providers.approved"
    QString reason;               // user-readable, e.g. `provider "openai" is not approved`
    QString dataClass;            // the job's effective class ("Confidential"); empty: none
    double estimatedCostUsd = -1; // token estimate x price; negative when unknown
    QStringList warnings;         // e.g. "You have used 85% of this month's budget."

    static PolicyDecision allow(const QString &rule) { return {true, rule, {}, {}, -1, {}}; }
    static PolicyDecision block(const QString &rule, const QString &reason)
    {
        return {false, rule, reason, {}, -1, {}};
    }
};

// Where the policy in force came from, for the window's banner and `policy show`.
struct PolicyStatus {
    enum class Source {
        Builtin,     // the built-in default (offline engine only)
        Signed,      // an administrator's policy with a valid signature
        Development, // unsigned (development mode on), or signed by a key only the user's
                     // own policy folder (PROMPTDESK_POLICY_DIR) trusts
    };
    Source source = Source::Builtin;
    QString version = QStringLiteral("builtin-1");
    QString organisation;
    QString fallbackCode;      // why the built-in default is in force: "missing", "expired", ...
    QString fallbackReason;    // the same for people; empty when an admin policy is in force
    QDateTime expiresUtc;      // invalid for the built-in default
    bool expiringSoon = false; // inside the policy's warning period
    bool inGrace = false;      // expired, kept for its grace period
    bool untrustedKey = false; // Development: signed, but by a key this computer does not trust
    QStringList warnings;      // unknown fields and the like
};

// Decides whether a request may go to a provider. Every send passes through it.
class PolicyGate {
public:
    virtual ~PolicyGate() = default;
    virtual PolicyDecision evaluate(const ProviderDescriptor &provider,
                                    const ProviderRequest &request,
                                    const SendContext &context) const = 0;
    // The same with the policy's default data class and no redaction counts.
    PolicyDecision evaluate(const ProviderDescriptor &provider,
                            const ProviderRequest &request) const
    {
        return evaluate(provider, request, SendContext{});
    }
    // Redaction runs before every send unless the policy says otherwise.
    virtual bool redactionRequired() const = 0;
    virtual QString policyVersion() const = 0;
    virtual PolicyStatus status() const { return {}; }
    // Settings the policy enforces, by key, with the value and the reason to show next to them.
    // The settings layer refuses changes to these and shows them as locked.
    virtual QMap<QString, LockedSetting> lockedSettings() const { return {}; }
    // The administrator's default provider/model and per-task models (empty: none).
    virtual ModelRouting modelRouting() const { return {}; }
    // The class a job without a choice gets, and the class `requested` (empty: the default)
    // becomes once redaction found `redactionCounts` (raiseWhenFound). Empty: not a class.
    virtual QString defaultDataClass() const { return dataClassName(DataClass::Internal); }
    virtual QString dataClassFor(const QString &requested,
                                 const QMap<QString, int> &redactionCounts) const
    {
        Q_UNUSED(redactionCounts);
        return requested.isEmpty() ? defaultDataClass() : requested;
    }
    // The policy's entry for a provider (terms, region), if it approves it.
    virtual std::optional<ApprovedProvider> approvedProvider(const QString &id) const
    {
        Q_UNUSED(id);
        return std::nullopt;
    }
    // The ids of the approved providers in policy order (the first remote one is the default).
    virtual QStringList approvedProviderIds() const { return {}; }
    // This month's spend of `user` and their monthly budget; negative budget: none.
    virtual std::pair<double, double> monthSpendAndBudget(const QString &user) const
    {
        Q_UNUSED(user);
        return {-1, -1};
    }
    // The lock on `key`, if the policy has one.
    std::optional<LockedSetting> lockedSetting(const QString &key) const
    {
        const QMap<QString, LockedSetting> locked = lockedSettings();
        const auto it = locked.constFind(key);
        return it == locked.cend() ? std::nullopt : std::optional<LockedSetting>(it.value());
    }
};

} // namespace promptdesk

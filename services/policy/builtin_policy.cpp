#include "policy/builtin_policy.h"

namespace promptdesk {

BuiltinPolicy::BuiltinPolicy(QStringList approvedProviders)
    : m_approved(std::move(approvedProviders))
{
}

PolicyDecision BuiltinPolicy::evaluate(const ProviderDescriptor &provider, const ProviderRequest &,
                                       const SendContext &) const
{
    if (!m_approved.contains(provider.id)) {
        return PolicyDecision::block(
            QStringLiteral("providers.approved"),
            QStringLiteral("provider \"%1\" is not approved by the built-in policy "
                           "(only the offline engine is, until an administrator deploys a policy)")
                .arg(provider.id));
    }
    return PolicyDecision::allow(QStringLiteral("providers.approved"));
}

} // namespace promptdesk

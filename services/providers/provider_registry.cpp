#include "providers/provider_registry.h"

namespace promptdesk {

void ProviderRegistry::add(std::shared_ptr<Provider> provider)
{
    m_providers.push_back(std::move(provider));
}

const Provider *ProviderRegistry::find(const QString &id) const
{
    return startable(id);
}

Provider *ProviderRegistry::startable(const QString &id) const
{
    for (const auto &provider : m_providers) {
        if (provider->descriptor().id == id) {
            return provider.get();
        }
    }
    return nullptr;
}

QList<ProviderDescriptor> ProviderRegistry::descriptors() const
{
    QList<ProviderDescriptor> result;
    for (const auto &provider : m_providers) {
        result.append(provider->descriptor());
    }
    return result;
}

} // namespace promptdesk

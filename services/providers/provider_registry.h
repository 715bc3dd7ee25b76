#pragma once

#include "provider.h"

#include <memory>
#include <vector>

namespace promptdesk {

// The providers this app knows, in display order. Which of them may be used is the
// policy gate's decision, not the registry's.
class ProviderRegistry final {
public:
    void add(std::shared_ptr<Provider> provider);
    Provider *find(const QString &id) const;
    QList<ProviderDescriptor> descriptors() const;
    QString defaultProviderId() const { return m_defaultId; }
    void setDefaultProviderId(const QString &id) { m_defaultId = id; }

private:
    std::vector<std::shared_ptr<Provider>> m_providers;
    QString m_defaultId = QStringLiteral("offline");
};

} // namespace promptdesk

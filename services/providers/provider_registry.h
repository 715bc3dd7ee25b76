#pragma once

#include "providers/provider.h"

#include <memory>
#include <vector>

namespace promptdesk {

class SendStep;

// The providers this app knows, in display order. Which of them may be used is the
// policy gate's decision, not the registry's. Only SendStep (pipeline/send_step.h), which
// passes every request through the policy gate and the audit log, can start a request: the
// registry hands everyone else a read-only provider.
class ProviderRegistry final {
public:
    void add(std::shared_ptr<Provider> provider);
    const Provider *find(const QString &id) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    QList<ProviderDescriptor> descriptors() const;
    QString defaultProviderId() const { return m_defaultId; }
    void setDefaultProviderId(const QString &id) { m_defaultId = id; }

private:
    friend class SendStep;
    Provider *startable(const QString &id) const;

    std::vector<std::shared_ptr<Provider>> m_providers;
    QString m_defaultId = QStringLiteral("offline");
};

} // namespace promptdesk

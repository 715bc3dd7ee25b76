#pragma once

#include "providers/provider.h"
#include "providers/remote/network_settings.h"
#include "providers/remote/provider_entry.h"

#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace promptdesk {

class SecretStore;

// A configured remote provider (Bedrock, Anthropic, OpenAI-compatible, Azure OpenAI) behind
// the one Provider interface. Shares one QNetworkAccessManager (created on first use, in the
// thread that starts requests) with the proxy and CA set-up applied.
class RemoteProvider final : public Provider {
public:
    RemoteProvider(ProviderEntry entry, SecretStore *secrets, ProviderNetworkSettings network = {});
    ~RemoteProvider() override;

    ProviderDescriptor descriptor() const override;
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override;

    const ProviderEntry &entry() const { return m_entry; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setJitter(std::function<int(int)> jitter) { m_jitter = std::move(jitter); }

private:
    ProviderEntry m_entry;
    SecretStore *m_secrets;
    ProviderNetworkSettings m_network;
    ProviderDescriptor m_descriptor;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::optional<QSslConfiguration> m_ssl;
    bool m_proxyApplied = false;
    qint64 m_maxResponseBytes = 64LL * 1024 * 1024;
    std::function<int(int)> m_jitter;
};

} // namespace promptdesk

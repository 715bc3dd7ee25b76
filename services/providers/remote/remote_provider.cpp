#include "providers/remote/remote_provider.h"

#include "providers/remote/remote_stream.h"

#include <QNetworkAccessManager>

namespace promptdesk {

namespace {

// A stream that fails at once (bad network settings): still asynchronous, as the contract says.
class FailedStream final : public ProviderStream {
public:
    FailedStream(const Error &error, QObject *parent)
        : ProviderStream(parent)
    {
        ProviderResponse response;
        response.error = error;
        response.incomplete = true;
        QMetaObject::invokeMethod(
            this, [this, response] { Q_EMIT finished(response); }, Qt::QueuedConnection);
    }
    void cancel() override {}
};

} // namespace

RemoteProvider::RemoteProvider(ProviderEntry entry, SecretStore *secrets,
                               ProviderNetworkSettings network)
    : m_entry(std::move(entry))
    , m_secrets(secrets)
    , m_network(std::move(network))
    , m_descriptor(m_entry.descriptor())
{
}

RemoteProvider::~RemoteProvider() = default;

ProviderDescriptor RemoteProvider::descriptor() const
{
    return m_descriptor;
}

ProviderStream *RemoteProvider::start(const ProviderRequest &request, QObject *parent)
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
    }
    if (!m_ssl) {
        Result<QSslConfiguration> ssl = NetworkSetup::sslConfiguration(m_network);
        if (!ssl) {
            return new FailedStream(ssl.error(), parent);
        }
        m_ssl = ssl.value();
    }
    RemoteStreamSetup setup;
    setup.entry = m_entry;
    const QString modelId = request.model.isEmpty() ? m_descriptor.defaultModel : request.model;
    setup.model.id = modelId;
    for (const ModelInfo &m : m_descriptor.models) {
        if (m.id == modelId) {
            setup.model = m;
        }
    }
    if (setup.model.inputPricePerMTok < 0) {
        if (const auto known = findCatalogueModel(m_entry.protocol, modelId)) {
            setup.model.inputPricePerMTok = known->inputPricePerMTok;
            setup.model.outputPricePerMTok = known->outputPricePerMTok;
        }
    }
    setup.network = m_manager.get();
    setup.ssl = *m_ssl;
    setup.secrets = m_secrets;
    if (!m_proxyApplied) {
        // The proxy is set up by the first request, with the password that request read from
        // the keychain without blocking; later requests reuse it.
        if (m_network.proxyMode == ProviderNetworkSettings::ProxyMode::Explicit &&
            !m_network.proxyUser.isEmpty()) {
            setup.proxyPasswordKey = ProviderNetworkSettings::proxyPasswordKey();
        }
        setup.prepareNetwork = [this](SecretStore *secrets) -> Result<void> {
            if (m_proxyApplied) {
                return {};
            }
            Result<void> proxy = NetworkSetup::applyProxy(*m_manager, m_network, secrets);
            m_proxyApplied = bool(proxy);
            return proxy;
        };
    }
    setup.maxResponseBytes = m_maxResponseBytes;
    setup.jitter = m_jitter;
    return new RemoteStream(std::move(setup), request, parent);
}

} // namespace promptdesk

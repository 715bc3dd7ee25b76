#include "remote_provider.h"

#include "remote_stream.h"

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
        if (Result<void> proxy = NetworkSetup::applyProxy(*m_manager, m_network, m_secrets);
            !proxy) {
            m_manager.reset();
            return new FailedStream(proxy.error(), parent);
        }
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
    setup.maxResponseBytes = m_maxResponseBytes;
    setup.jitter = m_jitter;
    return new RemoteStream(std::move(setup), request, parent);
}

} // namespace promptdesk

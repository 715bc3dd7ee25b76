#include "providers/remote/network_settings.h"

#include "secrets/secret_store.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QUrl>

namespace promptdesk {

namespace {

class PromptdeskProxyFactory final : public QNetworkProxyFactory {
public:
    PromptdeskProxyFactory(ProviderNetworkSettings settings, QNetworkProxy explicitProxy)
        : m_settings(std::move(settings))
        , m_proxy(std::move(explicitProxy))
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_settings.proxyMode == ProviderNetworkSettings::ProxyMode::None ||
            NetworkSetup::bypassesProxy(query.peerHostName(), m_settings.noProxy)) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        if (m_settings.proxyMode == ProviderNetworkSettings::ProxyMode::Explicit) {
            return {m_proxy};
        }
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }

private:
    ProviderNetworkSettings m_settings;
    QNetworkProxy m_proxy;
};

} // namespace

bool NetworkSetup::bypassesProxy(const QString &host, const QStringList &noProxy)
{
    const QString h = host.toLower();
    for (QString entry : noProxy) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty()) {
            continue;
        }
        if (entry == QStringLiteral("*") || entry == h) {
            return true;
        }
        if (entry.startsWith(QStringLiteral("*."))) {
            entry = entry.mid(1);
        }
        if (!entry.startsWith(QLatin1Char('.'))) {
            entry.prepend(QLatin1Char('.'));
        }
        if (h.endsWith(entry)) {
            return true;
        }
    }
    return false;
}

Result<void> NetworkSetup::applyProxy(QNetworkAccessManager &manager,
                                      const ProviderNetworkSettings &settings, SecretStore *secrets)
{
    QNetworkProxy proxy(QNetworkProxy::NoProxy);
    if (settings.proxyMode == ProviderNetworkSettings::ProxyMode::Explicit) {
        const QUrl url(settings.proxyUrl);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
            return makeError(
                ErrorKind::Usage,
                QStringLiteral("The proxy address must look like http://proxy.example.com:3128."));
        }
        proxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), static_cast<quint16>(url.port()));
        if (!settings.proxyUser.isEmpty()) {
            proxy.setUser(settings.proxyUser);
            if (secrets) {
                Result<std::optional<QByteArray>> password =
                    secrets->read(ProviderNetworkSettings::proxyPasswordKey());
                if (!password) {
                    return password.error();
                }
                if (password.value()) {
                    proxy.setPassword(QString::fromUtf8(*password.value()));
                }
            }
        }
    }
    manager.setProxyFactory(new PromptdeskProxyFactory(settings, proxy)); // manager owns it
    return {};
}

Result<QSslConfiguration> NetworkSetup::sslConfiguration(const ProviderNetworkSettings &settings)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    for (const QString &file : settings.extraCaFiles) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            return makeError(
                ErrorKind::Usage,
                QStringLiteral("The certificate file \"%1\" could not be read as PEM.").arg(file));
        }
        config.addCaCertificates(certs);
    }
    // Verification stays on: peerVerifyMode is never lowered anywhere in Promptdesk.
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace promptdesk

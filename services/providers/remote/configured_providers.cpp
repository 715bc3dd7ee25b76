#include "providers/remote/configured_providers.h"

#include "providers/remote/remote_provider.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace promptdesk {

QString ProviderConfig::path(const QString &configDir)
{
    return QDir(configDir).filePath(ProviderConfigFile::fileName());
}

Result<ProviderConfig> ProviderConfig::parse(const QByteArray &json)
{
    Result<QList<ProviderEntry>> entries = ProviderConfigFile::parse(json);
    if (!entries) {
        return entries.error();
    }
    ProviderConfig config;
    config.entries = entries.value();
    const QJsonObject network =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("network")).toObject();
    if (network.contains(QStringLiteral("proxyPassword")) ||
        network.contains(QStringLiteral("password"))) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("The provider settings file contains a proxy password; it "
                                        "belongs in the keychain."));
    }
    const QString proxy = network.value(QStringLiteral("proxy")).toString(QStringLiteral("system"));
    if (proxy == QStringLiteral("system")) {
        config.network.proxyMode = ProviderNetworkSettings::ProxyMode::System;
    } else if (proxy == QStringLiteral("none")) {
        config.network.proxyMode = ProviderNetworkSettings::ProxyMode::None;
    } else {
        // "http://user:secret@proxy:3128" would put the password in a plain file: refused like
        // "proxyPassword" (the user name goes in "proxyUser", the password in the keychain).
        const QUrl url(proxy);
        if (!url.password().isEmpty()) {
            return makeError(ErrorKind::Usage,
                             QStringLiteral("The provider settings file contains a proxy password "
                                            "in the proxy address; it belongs in the keychain. "
                                            "Put the user name in \"proxyUser\" instead."));
        }
        if (!url.userName().isEmpty()) {
            return makeError(ErrorKind::Usage,
                             QStringLiteral("The proxy address contains a user name; put it in "
                                            "\"proxyUser\" and the password in the keychain."));
        }
        config.network.proxyMode = ProviderNetworkSettings::ProxyMode::Explicit;
        config.network.proxyUrl = proxy;
    }
    config.network.proxyUser = network.value(QStringLiteral("proxyUser")).toString();
    for (const QJsonValue &v : network.value(QStringLiteral("noProxy")).toArray()) {
        config.network.noProxy.append(v.toString());
    }
    for (const QJsonValue &v : network.value(QStringLiteral("caCertificates")).toArray()) {
        config.network.extraCaFiles.append(v.toString());
    }
    return config;
}

Result<ProviderConfig> ProviderConfig::load(const QString &configDir)
{
    QFile file(path(configDir));
    if (!file.exists()) {
        return ProviderConfig{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("The provider settings file cannot be read."));
    }
    return parse(file.read(4 * 1024 * 1024));
}

QList<std::shared_ptr<Provider>> ProviderConfig::createProviders(SecretStore *secrets) const
{
    QList<std::shared_ptr<Provider>> providers;
    for (const ProviderEntry &entry : entries) {
        providers.append(std::make_shared<RemoteProvider>(entry, secrets, network));
    }
    return providers;
}

} // namespace promptdesk

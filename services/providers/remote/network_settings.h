#pragma once

#include "core/result.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QStringList>

class QNetworkAccessManager;

namespace promptdesk {

class SecretStore;

// Corporate network set-up shared by every remote provider. By default the system proxy
// (environment on Linux, PAC/WPAD where the OS resolves it); or an explicit proxy whose
// password lives in the keychain; hosts on the no-proxy list go direct. Extra CA certificates
// (PEM, for TLS-inspecting proxies) are added to the system store, never replace it. There is
// deliberately no switch to turn TLS verification off.
struct ProviderNetworkSettings {
    enum class ProxyMode { System, Explicit, None };
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;         // "http://proxy.example.com:3128"
    QString proxyUser;        // the password is the keychain secret kProxyPasswordKey
    QStringList noProxy;      // "example.com", ".corp.example.com", "10.0.0.1", "localhost"
    QStringList extraCaFiles; // PEM files

    static QString proxyPasswordKey() { return QStringLiteral("network/proxy-password"); }
};

class NetworkSetup final {
public:
    // Installs the proxy factory on `manager` (reading the proxy password from `secrets`).
    static Result<void> applyProxy(QNetworkAccessManager &manager,
                                   const ProviderNetworkSettings &settings, SecretStore *secrets);
    // The system CA store plus the extra PEM files; an unreadable or empty file is an error.
    static Result<QSslConfiguration> sslConfiguration(const ProviderNetworkSettings &settings);
    // True when `host` matches an entry of the no-proxy list (suffix match on dots, "*" = all).
    static bool bypassesProxy(const QString &host, const QStringList &noProxy);
};

} // namespace promptdesk

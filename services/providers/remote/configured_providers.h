#pragma once

#include "core/result.h"
#include "providers/provider.h"
#include "providers/remote/network_settings.h"
#include "providers/remote/provider_entry.h"

#include <memory>

namespace promptdesk {

class SecretStore;

// The per-user provider configuration: <config dir>/providers.json with the provider entries
// and the network section. No secrets in it (the parser refuses them):
// {"version":1,
//  "network": {"proxy":"system"|"none"|"http://proxy.example.com:3128", "proxyUser":"...",
//              "noProxy":["localhost",".corp.example.com"], "caCertificates":["/path/ca.pem"]},
//  "providers":[{"id":"bedrock-eu","protocol":"bedrock","region":"eu-central-1",
//                "credentials":"aws-profile","awsProfile":"work",
//                "models":["eu.anthropic.claude-haiku-4-5-20251001-v1:0"]}, ...]}
struct ProviderConfig {
    QList<ProviderEntry> entries;
    ProviderNetworkSettings network;

    static QString path(const QString &configDir);
    static Result<ProviderConfig> load(const QString &configDir);
    static Result<ProviderConfig> parse(const QByteArray &json);
    // RemoteProviders for the registry, sharing `secrets` (the app's keychain store).
    QList<std::shared_ptr<Provider>> createProviders(SecretStore *secrets) const;
};

} // namespace promptdesk

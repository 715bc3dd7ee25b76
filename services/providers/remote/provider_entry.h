#pragma once

#include "core/result.h"
#include "providers/provider.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace promptdesk {

enum class WireProtocol {
    Bedrock,     // Bedrock Runtime Converse / ConverseStream (AWS event-stream)
    Anthropic,   // Anthropic Messages + SSE
    OpenAi,      // OpenAI chat completions + SSE: OpenAI, vLLM, llama.cpp, Ollama, ...
    AzureOpenAi, // Azure OpenAI deployments (api-key header)
};

QString wireProtocolName(WireProtocol protocol);
std::optional<WireProtocol> wireProtocolFromName(const QString &name);

// How a request is authenticated. The secret itself is never in the entry: it is in the OS
// keychain (SecretStore) under keys derived from the entry id, or in the AWS shared files.
enum class CredentialSource {
    Keychain,      // API key, or AWS access key + secret (+ session token), in the keychain
    AwsProfile,    // ~/.aws/config + credentials: static keys, credential_process, SSO cache
    BedrockApiKey, // a Bedrock API key (bearer) in the keychain
    None,          // local servers without a key
};

QString credentialSourceName(CredentialSource source);
std::optional<CredentialSource> credentialSourceFromName(const QString &name);

struct TimeoutSettings {
    int connectMs = 10'000;    // until the response headers arrive
    int firstTokenMs = 60'000; // until the first text arrives
    int idleMs = 30'000;       // between two chunks of the body
    int totalMs = 600'000;     // the whole request
};

struct RetrySettings {
    int maxAttempts = 3;     // including the first one
    int baseDelayMs = 1000;  // exponential: base * 2^(attempt-1), full jitter
    int maxDelayMs = 30'000; // no single wait is longer (Retry-After included)
};

// One configured provider: protocol, where it lives, which models, which credentials.
// Read from providers.json in the per-user config dir (later also from policy).
struct ProviderEntry {
    QString id; // "bedrock-eu", "anthropic", "local-llama"...
    QString displayName;
    WireProtocol protocol = WireProtocol::OpenAi;
    QString baseUrl;         // OpenAI-compatible/Azure resource URL; Bedrock/Anthropic override
    QString region;          // Bedrock: "eu-central-1"
    QString azureApiVersion; // Azure dated API ("2024-10-21"); empty: the v1 API
    CredentialSource credentials = CredentialSource::Keychain;
    QString awsProfile; // for AwsProfile; empty: AWS_PROFILE or "default"
    QList<ModelInfo> models;
    QString defaultModel;
    bool stream = true; // false: Converse / non-streamed completions
    TimeoutSettings timeouts;
    RetrySettings retries;

    // The URL requests go to (the real service unless baseUrl overrides it).
    QString effectiveBaseUrl() const;

    // Keychain key names for this entry's secrets.
    QString secretKey(const QString &what) const
    {
        return QStringLiteral("provider/") + id + QLatin1Char('/') + what;
    }

    ProviderDescriptor descriptor() const;
};

// Known models with context windows and list prices (USD / 1M tokens, PROVIDERS.md §4,
// 2026-11). Prices are data: an entry's own "models" list, and later policy, override them.
QList<ModelInfo> builtinCatalogue(WireProtocol protocol);
// A catalogue model by id; Bedrock geography prefixes ("us.", "eu.", "global."...) are
// matched against the base id.
std::optional<ModelInfo> findCatalogueModel(WireProtocol protocol, const QString &modelId);

// One entry of providers.json, or of a policy's providers[] (the same connection fields):
// {"id", "protocol", "displayName", "baseUrl", "region", "apiVersion", "credentials",
//  "awsProfile", "models", "defaultModel", "stream", "timeouts", "retries"}. Secrets are refused.
Result<ProviderEntry> providerEntryFromJson(const QJsonObject &object);

// providers.json: {"version":1, "providers":[{...}]}. Secrets are refused if present.
class ProviderConfigFile final {
public:
    static QString fileName() { return QStringLiteral("providers.json"); }
    static Result<QList<ProviderEntry>> parse(const QByteArray &json);
    static Result<QList<ProviderEntry>> load(const QString &path); // absent file: empty list
    static QByteArray serialize(const QList<ProviderEntry> &entries);
    static Result<void> save(const QString &path, const QList<ProviderEntry> &entries);
};

} // namespace promptdesk

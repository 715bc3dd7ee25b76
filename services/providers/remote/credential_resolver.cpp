#include "providers/remote/credential_resolver.h"

#include "providers/remote/protocol_codec.h"
#include "secrets/secret_store.h"

#include <QCoreApplication>

namespace promptdesk {

namespace {

Result<QByteArray> readSecret(SecretStore *secrets, const QString &key, bool required,
                              const QString &providerName)
{
    if (!secrets) {
        return makeError(ErrorKind::Auth,
                         QStringLiteral("No keychain is available for provider credentials."));
    }
    Result<std::optional<QByteArray>> value = secrets->read(key);
    if (!value) {
        return value.error();
    }
    if (!value.value() || value.value()->isEmpty()) {
        if (!required) {
            return QByteArray();
        }
        return makeError(
            ErrorKind::Auth,
            QCoreApplication::translate("ProviderErrors",
                                        "No key is stored for %1 on this computer; ask your IT "
                                        "administrator to set up this connection.")
                .arg(providerName));
    }
    return *value.value();
}

} // namespace

QStringList CredentialResolver::secretKeys(const ProviderEntry &entry)
{
    switch (entry.credentials) {
    case CredentialSource::None:
    case CredentialSource::AwsProfile:
        return {};
    case CredentialSource::BedrockApiKey:
        return {entry.secretKey(QStringLiteral("api-key"))};
    case CredentialSource::Keychain:
        break;
    }
    if (entry.protocol == WireProtocol::Bedrock) {
        return {entry.secretKey(QStringLiteral("access-key-id")),
                entry.secretKey(QStringLiteral("secret-access-key")),
                entry.secretKey(QStringLiteral("session-token"))};
    }
    return {entry.secretKey(QStringLiteral("api-key"))};
}

Result<ResolvedAuth> CredentialResolver::resolve(const ProviderEntry &entry, SecretStore *secrets)
{
    ResolvedAuth auth;
    const QString name = entry.displayName.isEmpty() ? entry.id : entry.displayName;
    switch (entry.credentials) {
    case CredentialSource::None:
        return auth;
    case CredentialSource::BedrockApiKey: {
        Result<QByteArray> key =
            readSecret(secrets, entry.secretKey(QStringLiteral("api-key")), false, name);
        if (!key) {
            return key.error();
        }
        auth.kind = ResolvedAuth::Kind::Bearer;
        auth.key = key.value().isEmpty() ? qgetenv("AWS_BEARER_TOKEN_BEDROCK") : key.value();
        if (auth.key.isEmpty()) {
            return makeError(
                ErrorKind::Auth,
                QCoreApplication::translate(
                    "ProviderErrors",
                    "No Bedrock API key is stored for %1 on this computer; ask your IT "
                    "administrator to set up this connection.")
                    .arg(name));
        }
        return auth;
    }
    case CredentialSource::AwsProfile: {
        Result<AwsProfileCredentials> profile = AwsSharedConfig::resolve(entry.awsProfile);
        if (!profile) {
            return profile.error();
        }
        auth.kind = ResolvedAuth::Kind::SigV4;
        auth.aws = profile->credentials;
        auth.sso = profile->sso;
        auth.process = profile->process;
        return auth;
    }
    case CredentialSource::Keychain:
        break;
    }
    if (entry.protocol == WireProtocol::Bedrock) {
        Result<QByteArray> id =
            readSecret(secrets, entry.secretKey(QStringLiteral("access-key-id")), true, name);
        if (!id) {
            return id.error();
        }
        Result<QByteArray> secret =
            readSecret(secrets, entry.secretKey(QStringLiteral("secret-access-key")), true, name);
        if (!secret) {
            return secret.error();
        }
        Result<QByteArray> token =
            readSecret(secrets, entry.secretKey(QStringLiteral("session-token")), false, name);
        if (!token) {
            return token.error();
        }
        auth.kind = ResolvedAuth::Kind::SigV4;
        auth.aws = AwsCredentials{id.value(), secret.value(), token.value()};
        return auth;
    }
    Result<QByteArray> key =
        readSecret(secrets, entry.secretKey(QStringLiteral("api-key")), true, name);
    if (!key) {
        return key.error();
    }
    auth.key = key.value();
    auth.kind = entry.protocol == WireProtocol::Anthropic     ? ResolvedAuth::Kind::XApiKey
                : entry.protocol == WireProtocol::AzureOpenAi ? ResolvedAuth::Kind::AzureApiKey
                                                              : ResolvedAuth::Kind::Bearer;
    return auth;
}

void CredentialResolver::apply(const ResolvedAuth &auth, const ProviderEntry &entry, HttpCall &call,
                               const QDateTime &now)
{
    switch (auth.kind) {
    case ResolvedAuth::Kind::None:
        return;
    case ResolvedAuth::Kind::Bearer:
        call.headers.append({"Authorization", "Bearer " + auth.key});
        return;
    case ResolvedAuth::Kind::XApiKey:
        call.headers.append({"x-api-key", auth.key});
        return;
    case ResolvedAuth::Kind::AzureApiKey:
        call.headers.append({"api-key", auth.key});
        return;
    case ResolvedAuth::Kind::SigV4:
        break;
    }
    SigV4Request request;
    request.method = "POST";
    request.path = call.url.path(QUrl::FullyEncoded).toLatin1();
    request.query = call.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = call.url.host().toLatin1();
    if (call.url.port() > 0) {
        host += ':' + QByteArray::number(call.url.port());
    }
    request.headers = call.headers;
    request.headers.append({"host", host});
    request.body = call.body;
    SigV4Options options;
    options.region = entry.region;
    options.service = QStringLiteral("bedrock"); // the signing name, not "bedrock-runtime"
    options.timestamp = now;
    options.signBody = true;
    const SigV4Result signature = SigV4Signer::signHeaders(request, auth.aws, options);
    call.headers.append(signature.addedHeaders);
}

} // namespace promptdesk

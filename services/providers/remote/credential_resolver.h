#pragma once

#include "providers/remote/aws_shared_config.h"
#include "providers/remote/provider_entry.h"

namespace promptdesk {

class SecretStore;

// How one request is authenticated, with the secret loaded for just that request.
struct ResolvedAuth {
    enum class Kind { None, Bearer, XApiKey, AzureApiKey, SigV4 };
    Kind kind = Kind::None;
    QByteArray key; // Bearer / x-api-key / api-key
    AwsCredentials aws;
    std::optional<AwsSsoRequest> sso;            // SigV4 credentials still to be fetched
    std::optional<AwsCredentialProcess> process; // SigV4 credentials still to be produced
};

// Reads an entry's credentials: the keychain (keys "provider/<id>/api-key",
// ".../access-key-id", ".../secret-access-key", ".../session-token"), the AWS shared files, or
// a Bedrock API key (keychain, else AWS_BEARER_TOKEN_BEDROCK as the AWS tools read it).
class CredentialResolver final {
public:
    // The keychain keys resolve() reads for this entry, so that a request can read them first
    // without blocking (SecretStore::readLater) and resolve over what it read.
    static QStringList secretKeys(const ProviderEntry &entry);
    static Result<ResolvedAuth> resolve(const ProviderEntry &entry, SecretStore *secrets);
    // Adds the auth headers to a call (SigV4 signs it); never logs them.
    static void apply(const ResolvedAuth &auth, const ProviderEntry &entry, struct HttpCall &call,
                      const QDateTime &now);
};

} // namespace promptdesk

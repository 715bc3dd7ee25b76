#include "audit/audit_keys.h"

#include "crypto/crypto.h"
#include "secrets/secret_store.h"

namespace promptdesk {

namespace {
const QString kMacKeyName = QStringLiteral("audit/mac-key");
const QString kSigningKeyName = QStringLiteral("audit/signing-key");
} // namespace

Result<AuditKeys> loadOrCreateAuditKeys(SecretStore &secrets)
{
    Result<std::optional<QByteArray>> mac = secrets.read(kMacKeyName);
    if (!mac) {
        return mac.error();
    }
    Result<std::optional<QByteArray>> signing = secrets.read(kSigningKeyName);
    if (!signing) {
        return signing.error();
    }
    AuditKeys keys;
    if (mac->has_value() && signing->has_value()) {
        keys.macKey = *mac.value();
        keys.signingKey = *signing.value();
        keys.signingPublic = crypto::publicKeyOf(keys.signingKey);
        crypto::secureWipe(*mac.value());
        crypto::secureWipe(*signing.value());
        if (keys.isValid()) {
            return keys;
        }
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("The audit keys in the keychain are damaged."));
    }
    keys = AuditKeys::generate();
    if (Result<void> written = secrets.write(kMacKeyName, keys.macKey); !written) {
        return written.error();
    }
    if (Result<void> written = secrets.write(kSigningKeyName, keys.signingKey); !written) {
        return written.error();
    }
    return keys;
}

} // namespace promptdesk

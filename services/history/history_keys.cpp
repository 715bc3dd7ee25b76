#include "history/history_keys.h"

#include "crypto/crypto.h"
#include "secrets/secret_store.h"

namespace promptdesk {

Result<QByteArray> loadOrCreateHistoryKey(SecretStore &secrets)
{
    const QString name = QStringLiteral("history/vault-key");
    Result<std::optional<QByteArray>> stored = secrets.read(name);
    if (!stored) {
        return stored.error();
    }
    if (stored.value().has_value()) {
        if (stored.value()->size() != crypto::kAeadKeyBytes) {
            return makeError(ErrorKind::Corrupt,
                             QStringLiteral("The history key in the keychain is damaged."));
        }
        return *stored.value();
    }
    QByteArray key = crypto::randomBytes(crypto::kAeadKeyBytes);
    if (Result<void> written = secrets.write(name, key); !written) {
        crypto::secureWipe(key);
        return written.error();
    }
    return key;
}

} // namespace promptdesk

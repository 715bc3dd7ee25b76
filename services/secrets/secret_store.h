#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace promptdesk {

// Where secrets live: provider keys, proxy passwords, the history vault key and the audit
// MAC key. Only the OS keychain implements this in the app; nothing secret may go to
// settings files, logs or command lines. Keys are short stable names such as
// "provider/bedrock-eu/secret-access-key".
class SecretStore {
public:
    virtual ~SecretStore() = default;

    // The stored secret, std::nullopt when none is stored under this key, or an error when
    // the keychain itself cannot be reached (no Secret Service, access denied).
    virtual Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QByteArray &secret) = 0;
    // Removing a key that does not exist succeeds.
    virtual Result<void> remove(const QString &key) = 0;
};

} // namespace promptdesk

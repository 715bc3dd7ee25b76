#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QObject;

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
    // The same answer without blocking the caller's thread and without a nested event loop:
    // `done` runs later from the event loop of `context`'s thread, never from inside this call,
    // and not at all once `context` is gone. A remote request reads its credentials this way,
    // so a keychain that is slow to answer (an unlock prompt) never freezes the window. This
    // default reads synchronously on the next event-loop turn, which suits in-memory stores.
    using ReadAnswer = std::function<void(Result<std::optional<QByteArray>>)>;
    virtual void readLater(const QString &key, QObject *context, ReadAnswer done);
    virtual Result<void> write(const QString &key, const QByteArray &secret) = 0;
    // Removing a key that does not exist succeeds.
    virtual Result<void> remove(const QString &key) = 0;
};

} // namespace promptdesk

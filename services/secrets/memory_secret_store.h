#pragma once

#include "secrets/secret_store.h"

#include <QHash>
#include <QMutex>

namespace promptdesk {

// Secrets held in memory only, gone at exit: for tests, and for `--no-keychain` runs where
// the caller has decided that nothing secret may persist.
class MemorySecretStore final : public SecretStore {
public:
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &secret) override;
    Result<void> remove(const QString &key) override;

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace promptdesk

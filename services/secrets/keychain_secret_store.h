#pragma once

#include "secrets/secret_store.h"

namespace promptdesk {

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never falls back to a plain file.
class KeychainSecretStore final : public SecretStore {
public:
    // serviceName groups our entries in the keychain; tests pass their own to stay apart.
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("io.promptdesk.Promptdesk"));

    Result<std::optional<QByteArray>> read(const QString &key) override;
    void readLater(const QString &key, QObject *context, ReadAnswer done) override;
    Result<void> write(const QString &key, const QByteArray &secret) override;
    Result<void> remove(const QString &key) override;

private:
    QString m_serviceName;
};

} // namespace promptdesk

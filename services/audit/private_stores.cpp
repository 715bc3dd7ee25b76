#include "private_stores.h"

#include "app_paths.h"
#include "audit_keys.h"
#include "crypto.h"
#include "history_keys.h"
#include "logging.h"
#include "sqlite_audit_log.h"
#include "sqlite_history_store.h"

#include <QDateTime>

#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#endif

namespace promptdesk {

PrivateStores::PrivateStores() = default;
PrivateStores::PrivateStores(PrivateStores &&) noexcept = default;
PrivateStores &PrivateStores::operator=(PrivateStores &&) noexcept = default;
PrivateStores::~PrivateStores() = default;

QString keychainUnavailableReason()
{
    if (qEnvironmentVariable("PROMPTDESK_KEYCHAIN") == QStringLiteral("off")) {
        return QStringLiteral("The keychain is switched off (PROMPTDESK_KEYCHAIN=off).");
    }
#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return QStringLiteral("There is no desktop session with a keychain.");
    }
    const QString service = QStringLiteral("org.freedesktop.secrets");
    // Asked without D-Bus activation: starting a keyring daemon here would create a default
    // keyring that needs a password prompt; a desktop session already runs its keychain.
    QDBusMessage readAlias = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    readAlias.setAutoStartService(false);
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias, QDBus::Block, 3000);
    if (!alias.isValid()) {
        return QStringLiteral("No system keychain (Secret Service) is running.");
    }
    if (alias.value().path() == QStringLiteral("/")) {
        return QStringLiteral("The system keychain has no default keyring yet.");
    }
    QDBusInterface properties(service, alias.value().path(),
                              QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    properties.setTimeout(3000);
    const QDBusReply<QDBusVariant> locked =
        properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"),
                        QStringLiteral("Locked"));
    if (!locked.isValid()) {
        return QStringLiteral("The system keychain did not answer.");
    }
    if (locked.value().variant().toBool()) {
        return QStringLiteral("The system keychain is locked.");
    }
#endif
    return {};
}

Result<PrivateStores> openPrivateStores(const AppPaths &paths, SecretStore *secrets,
                                        int historyRetentionDays)
{
    PrivateStores stores;
    AuditKeys auditKeys;
    QByteArray historyKey;
    QString problem =
        secrets ? keychainUnavailableReason() : QStringLiteral("No system keychain is available.");
    if (problem.isEmpty()) {
        Result<AuditKeys> keys = loadOrCreateAuditKeys(*secrets);
        Result<QByteArray> vault =
            keys ? loadOrCreateHistoryKey(*secrets) : Result<QByteArray>(keys.error());
        if (keys && vault) {
            auditKeys = keys.value();
            historyKey = vault.value();
        } else {
            problem = (keys ? vault.error() : keys.error()).message;
        }
    }
    if (!problem.isEmpty()) {
        qCInfo(lcAudit) << "running without keychain keys:" << problem;
    }
    stores.keychainProblem = problem;

    Result<std::unique_ptr<SqliteAuditLog>> audit =
        SqliteAuditLog::open(paths.auditDatabase(), auditKeys);
    if (!audit) {
        return audit.error();
    }
    Result<std::unique_ptr<SqliteHistoryStore>> history =
        SqliteHistoryStore::open(paths.historyDatabase(), historyKey);
    crypto::secureWipe(historyKey);
    if (!history) {
        return history.error();
    }
    if (historyRetentionDays > 0) {
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-historyRetentionDays);
        if (Result<int> purged = history.value()->purgeOlderThan(cutoff); !purged) {
            qCWarning(lcHistory) << "retention failed:" << purged.error().message;
        }
    }
    stores.audit = std::move(audit).value();
    stores.history = std::move(history).value();
    return stores;
}

} // namespace promptdesk

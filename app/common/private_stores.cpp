#include "private_stores.h"

#include "audit/audit_keys.h"
#include "audit/sqlite_audit_log.h"
#include "core/app_paths.h"
#include "core/logging.h"
#include "crypto/crypto.h"
#include "history/history_keys.h"
#include "history/sqlite_history_store.h"
#include "secrets/keychain_probe.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

namespace promptdesk {

PrivateStores::PrivateStores() = default;
PrivateStores::PrivateStores(PrivateStores &&) noexcept = default;
PrivateStores &PrivateStores::operator=(PrivateStores &&) noexcept = default;
PrivateStores::~PrivateStores() = default;

namespace {

// Per user, not per data folder: the keychain is the user's whatever PROMPTDESK_DATA_DIR says.
QString keyCreationLockPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty()) {
        dir = QDir::tempPath();
    }
    return QDir(dir).filePath(
        QStringLiteral("promptdesk-%1-keys.lock").arg(QString::fromLocal8Bit(qgetenv("USER"))));
}

} // namespace

Result<PrivateStores> openPrivateStores(const AppPaths &paths, SecretStore *secrets,
                                        int historyRetentionDays)
{
    PrivateStores stores;
    AuditKeys auditKeys;
    QByteArray historyKey;
    QString problem =
        secrets ? keychainUnavailableReason() : QStringLiteral("No system keychain is available.");
    if (problem.isEmpty()) {
        // The keys are the user's, one set in the keychain: processes starting together on a
        // keychain without them (the first runs ever, several at once) each made their own,
        // and all but the last one's events failed their MAC check. One at a time, each
        // reads again once it holds the lock, so only the first creates them.
        QLockFile lock(keyCreationLockPath());
        lock.setStaleLockTime(30000);
        if (!lock.tryLock(15000)) {
            qCWarning(lcAudit) << "key creation lock not taken:" << int(lock.error());
        }
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

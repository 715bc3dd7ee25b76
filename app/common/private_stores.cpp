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

namespace promptdesk {

PrivateStores::PrivateStores() = default;
PrivateStores::PrivateStores(PrivateStores &&) noexcept = default;
PrivateStores &PrivateStores::operator=(PrivateStores &&) noexcept = default;
PrivateStores::~PrivateStores() = default;

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

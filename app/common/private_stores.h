#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace promptdesk {

class AppPaths;
class SecretStore;
class SqliteAuditLog;
class SqliteHistoryStore;

// The audit log and the history, opened with their keys from the OS keychain. Without a
// usable keychain both still open: the audit chain then has no MACs and no signed checkpoints,
// and the history keeps no vault; keychainProblem says why, for the app's banner.
struct PrivateStores {
    std::unique_ptr<SqliteAuditLog> audit;
    std::unique_ptr<SqliteHistoryStore> history;
    QString keychainProblem; // empty when the keys are in use
    PrivateStores();
    PrivateStores(PrivateStores &&) noexcept;
    PrivateStores &operator=(PrivateStores &&) noexcept;
    ~PrivateStores();
};

// secrets: the keychain (null: none). Applies the history retention (days; 0 keeps all).
Result<PrivateStores> openPrivateStores(const AppPaths &paths, SecretStore *secrets,
                                        int historyRetentionDays);

} // namespace promptdesk

#pragma once

#include "result.h"

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

// Why the Secret Service cannot be used without prompting right now (no session bus, no
// default collection, locked), or empty. On Linux the keychain is probed over D-Bus first
// because a missing login keyring makes the first write open an unlock prompt that, on a
// headless session, never returns; elsewhere always empty.
QString keychainUnavailableReason();

} // namespace promptdesk

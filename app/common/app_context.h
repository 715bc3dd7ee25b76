#pragma once

#include "core/result.h"
#include "pipeline/pipeline.h"

#include <memory>

namespace promptdesk {

class AppPaths;
class AuditLog;
class SqliteAuditLog;
class SqliteHistoryStore;
class TemplateLibrary;

// The composition root shared by the GUI and the CLI: builds every concrete service once,
// wires them into a Pipeline, and owns them for the life of the process.
class AppContext final {
public:
    // Reads PROMPTDESK_CONFIG_DIR / PROMPTDESK_DATA_DIR; opens history and audit stores.
    static Result<std::unique_ptr<AppContext>> create();
    ~AppContext();
    Q_DISABLE_COPY_MOVE(AppContext)

    const Pipeline &pipeline() const;
    const AppPaths &paths() const;
    // The library the pipeline reads, for adding the user's own templates while running.
    TemplateLibrary &templateLibrary() const;
    AuditLog &auditLog() const;               // for `audit verify` and the compliance views
    SqliteAuditLog &sqliteAuditLog() const;   // checkpoints, export, forwarding
    SqliteHistoryStore *historyStore() const; // null when history is off
    // Why the keychain keys are not in use (history keeps no originals, audit has no MACs and
    // signed checkpoints), for a banner; empty when they are.
    QString keychainProblem() const;
    QString userName() const;

private:
    AppContext();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace promptdesk

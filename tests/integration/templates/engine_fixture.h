#pragma once

// The engine's parts the job tests share: a temporary folder, the default redactor, the
// built-in templates, a provider registry, a real SQLite audit log and, when asked, a real
// history store; wired into PipelineServices around each test's own reader and policy.
#include "audit/audit_event.h"
#include "audit/sqlite_audit_log.h"
#include "history/sqlite_history_store.h"
#include "pipeline/pipeline_services.h"
#include "providers/provider_registry.h"
#include "redaction/pattern_redactor.h"
#include "templates/template_library.h"

#include <QTemporaryDir>

#include <memory>

namespace promptdesk::testing {

struct EngineFixture {
    enum class Keys { None, Generated }; // the audit chain's MAC and signing keys
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<PatternRedactor> redactor;
    std::unique_ptr<TemplateLibrary> templates;
    std::unique_ptr<ProviderRegistry> providers;
    std::unique_ptr<SqliteAuditLog> audit;
    std::unique_ptr<SqliteHistoryStore> history; // only with withHistory

    // Opens everything afresh (call from init()); false, with a warning, when a store fails.
    bool open(Keys auditKeys = Keys::None, bool withHistory = false);
    void close(); // from cleanup(): the stores first, then their folder
    PipelineServices services(const DocumentReader *reader, const PolicyGate *policy) const;
    QList<StoredAuditEvent> events() const;
};

} // namespace promptdesk::testing

#include "engine_fixture.h"

#include "audit/audit_chain.h"

#include <QLocale>

namespace promptdesk::testing {

bool EngineFixture::open(Keys auditKeys, bool withHistory)
{
    dir = std::make_unique<QTemporaryDir>();
    redactor = PatternRedactor::withDefaultDetectors();
    templates = std::make_unique<TemplateLibrary>(
        TemplateLibrary::loadBuiltins(QLocale(QLocale::English)).value());
    providers = std::make_unique<ProviderRegistry>();
    Result<std::unique_ptr<SqliteAuditLog>> opened =
        SqliteAuditLog::open(dir->filePath(QStringLiteral("audit.sqlite")),
                             auditKeys == Keys::Generated ? AuditKeys::generate() : AuditKeys{});
    if (!opened) {
        qWarning("audit log: %s", qPrintable(opened.error().message));
        return false;
    }
    audit = std::move(opened).value();
    if (withHistory) {
        Result<std::unique_ptr<SqliteHistoryStore>> store = SqliteHistoryStore::open(
            dir->filePath(QStringLiteral("history.sqlite")), QByteArray(32, '\x07'));
        if (!store) {
            qWarning("history: %s", qPrintable(store.error().message));
            return false;
        }
        history = std::move(store).value();
    }
    return true;
}

void EngineFixture::close()
{
    history.reset();
    audit.reset();
    providers.reset();
    dir.reset();
}

PipelineServices EngineFixture::services(const DocumentReader *reader,
                                         const PolicyGate *policy) const
{
    PipelineServices s;
    s.documents = reader;
    s.redactor = redactor.get();
    s.templates = templates.get();
    s.policy = policy;
    s.providers = providers.get();
    s.audit = audit.get();
    s.history = history.get();
    s.userName = QStringLiteral("tester");
    s.deviceName = QStringLiteral("test-device");
    return s;
}

QList<StoredAuditEvent> EngineFixture::events() const
{
    Result<QList<StoredAuditEvent>> all = audit->events();
    return all ? all.value() : QList<StoredAuditEvent>();
}

} // namespace promptdesk::testing

#include "sqlite_history_store.h"

#include "sqlite_connection.h"
#include "type_counts_json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace promptdesk {

namespace {

constexpr int kSchemaVersion = 1;

} // namespace

Result<std::unique_ptr<SqliteHistoryStore>> SqliteHistoryStore::open(const QString &path)
{
    Result<SqliteConnection *> connection = SqliteConnection::open(path, QStringLiteral("history"));
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<SqliteHistoryStore> store(
        new SqliteHistoryStore(std::unique_ptr<SqliteConnection>(connection.value())));
    if (Result<void> migrated = store->migrate(); !migrated) {
        return migrated.error();
    }
    return store;
}

SqliteHistoryStore::SqliteHistoryStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

SqliteHistoryStore::~SqliteHistoryStore() = default;

Result<void> SqliteHistoryStore::migrate()
{
    const int version = m_connection->schemaVersion();
    if (version == kSchemaVersion) {
        return {};
    }
    if (version > kSchemaVersion) {
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("The history was written by a newer Promptdesk (schema "
                                        "%1); it was left untouched.")
                             .arg(version));
    }
    Result<void> created = m_connection->execAll({
        QStringLiteral("CREATE TABLE IF NOT EXISTS jobs ("
                       "id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, job_id TEXT NOT NULL, "
                       "template_id TEXT, provider TEXT, model TEXT, source_name TEXT, "
                       "status TEXT, redacted_input TEXT, redacted_output TEXT, "
                       "redaction_counts TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_created ON jobs(created_utc)"),
    });
    if (!created) {
        return created;
    }
    return m_connection->setSchemaVersion(kSchemaVersion);
}

Result<qint64> SqliteHistoryStore::save(const HistoryEntry &entry)
{
    QSqlQuery insert(m_connection->database());
    insert.prepare(QStringLiteral(
        "INSERT INTO jobs (created_utc, job_id, template_id, provider, model, source_name, "
        "status, redacted_input, redacted_output, redaction_counts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.createdUtc.toString(Qt::ISODateWithMs));
    insert.addBindValue(entry.jobId);
    insert.addBindValue(entry.templateId);
    insert.addBindValue(entry.providerId);
    insert.addBindValue(entry.model);
    insert.addBindValue(entry.sourceName);
    insert.addBindValue(entry.status);
    insert.addBindValue(entry.redactedInput);
    insert.addBindValue(entry.redactedOutput);
    insert.addBindValue(typeCountsToJson(entry.redactionCounts));
    if (!insert.exec()) {
        return sqlError(QStringLiteral("Cannot save to history"), insert.lastError().text());
    }
    return insert.lastInsertId().toLongLong();
}

Result<QList<HistoryEntry>> SqliteHistoryStore::recent(int limit) const
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral(
        "SELECT id, created_utc, job_id, template_id, provider, model, source_name, status, "
        "redacted_input, redacted_output, redaction_counts FROM jobs ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return sqlError(QStringLiteral("Cannot read the history"), query.lastError().text());
    }
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.createdUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.jobId = query.value(2).toString();
        e.templateId = query.value(3).toString();
        e.providerId = query.value(4).toString();
        e.model = query.value(5).toString();
        e.sourceName = query.value(6).toString();
        e.status = query.value(7).toString();
        e.redactedInput = query.value(8).toString();
        e.redactedOutput = query.value(9).toString();
        e.redactionCounts = typeCountsFromJson(query.value(10).toString());
        entries.append(e);
    }
    return entries;
}

} // namespace promptdesk

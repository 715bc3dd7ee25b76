#include "history/sqlite_history_store.h"

#include "core/logging.h"
#include "core/sqlite_connection.h"
#include "core/type_counts_json.h"
#include "crypto/crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace promptdesk {

namespace {

constexpr int kSchemaVersion = 4;

const QString kColumns = QStringLiteral(
    "id, created_utc, job_id, template_id, template_options, provider, model, source_name, "
    "status, redacted_input, redacted_prompt, redacted_output, redaction_counts, vault, "
    "data_class");

const QStringList kSearchStatements = {
    QStringLiteral("CREATE VIRTUAL TABLE jobs_fts USING fts5(source_name, redacted_input, "
                   "redacted_output, content='jobs', content_rowid='id', "
                   "tokenize='unicode61 remove_diacritics 2')"),
    QStringLiteral(
        "CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN "
        "INSERT INTO jobs_fts(rowid, source_name, redacted_input, redacted_output) "
        "VALUES (new.id, new.source_name, new.redacted_input, new.redacted_output); END"),
    QStringLiteral(
        "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN "
        "INSERT INTO jobs_fts(jobs_fts, rowid, source_name, redacted_input, redacted_output) "
        "VALUES ('delete', old.id, old.source_name, old.redacted_input, old.redacted_output); END"),
    // Keyed hashes of the original values (never the values): term -> job.
    QStringLiteral("CREATE TABLE job_terms (term BLOB NOT NULL, job INTEGER NOT NULL "
                   "REFERENCES jobs(id) ON DELETE CASCADE, PRIMARY KEY (term, job)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX job_terms_job ON job_terms(job)"),
    QStringLiteral("INSERT INTO jobs_fts(jobs_fts) VALUES ('rebuild')"),
};

// Schema 4: the history window's filters list the templates and providers in use (read by
// a skip-scan over these indexes, not a scan of every entry) and filter by them.
const QStringList kFacetIndexes = {
    QStringLiteral("CREATE INDEX jobs_template ON jobs(template_id)"),
    QStringLiteral("CREATE INDEX jobs_provider ON jobs(provider)"),
};

QString optionsToJson(const QMap<QString, QString> &options)
{
    QJsonObject o;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> optionsFromJson(const QString &json)
{
    QMap<QString, QString> options;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        options.insert(it.key(), it.value().toString());
    }
    return options;
}

QByteArray vaultAssociatedData(const QString &jobId)
{
    return QByteArrayLiteral("promptdesk-history-vault-v1:") + jobId.toUtf8();
}

HistoryEntry fromRecord(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.createdUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.jobId = q.value(2).toString();
    e.templateId = q.value(3).toString();
    e.templateOptions = optionsFromJson(q.value(4).toString());
    e.providerId = q.value(5).toString();
    e.model = q.value(6).toString();
    e.sourceName = q.value(7).toString();
    e.status = q.value(8).toString();
    e.redactedInput = q.value(9).toString();
    e.redactedPrompt = q.value(10).toString();
    e.redactedOutput = q.value(11).toString();
    e.redactionCounts = typeCountsFromJson(q.value(12).toString());
    e.vaultKept = !q.value(13).isNull() && !q.value(13).toByteArray().isEmpty();
    e.dataClass = q.value(14).toString();
    return e;
}

// FTS5 query: every word quoted (so user input cannot use the query syntax) and
// prefix-matched, all required.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList parts;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        parts.append(QLatin1Char('"') + it.next().captured() + QStringLiteral("\"*"));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString restorePlaceholders(const QString &text, const QMap<QString, QString> &vault)
{
    QString out = text;
    for (auto it = vault.cbegin(); it != vault.cend(); ++it) {
        out.replace(it.key(), it.value());
    }
    return out;
}

QStringList historyIndexTerms(const QString &value)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    const QString folded = value.toCaseFolded().simplified();
    if (folded.isEmpty()) {
        return terms;
    }
    terms.append(QStringLiteral("=") + folded);
    for (auto it = words.globalMatch(folded); it.hasNext();) {
        const QString word = it.next().captured();
        if (word.size() >= 2 && !terms.contains(word)) {
            terms.append(word);
        }
    }
    return terms;
}

Result<std::unique_ptr<SqliteHistoryStore>> SqliteHistoryStore::open(const QString &path,
                                                                     const QByteArray &vaultKey)
{
    Result<SqliteConnection *> connection = SqliteConnection::open(path, QStringLiteral("history"));
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<SqliteHistoryStore> store(
        new SqliteHistoryStore(std::unique_ptr<SqliteConnection>(connection.value()), vaultKey));
    {
        // Deleted and erased entries are overwritten, not left in free pages.
        QSqlQuery pragma(store->m_connection->database());
        pragma.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    }
    if (Result<void> migrated = store->migrate(); !migrated) {
        return migrated.error();
    }
    return store;
}

SqliteHistoryStore::SqliteHistoryStore(std::unique_ptr<SqliteConnection> connection,
                                       QByteArray vaultKey)
    : m_connection(std::move(connection))
    , m_vaultKey(std::move(vaultKey))
{
    if (m_vaultKey.size() != crypto::kAeadKeyBytes) {
        crypto::secureWipe(m_vaultKey);
    } else {
        m_indexKey = crypto::blake2b(QByteArrayLiteral("promptdesk-history-index-v1"), m_vaultKey);
    }
}

SqliteHistoryStore::~SqliteHistoryStore()
{
    crypto::secureWipe(m_vaultKey);
    crypto::secureWipe(m_indexKey);
}

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
    QStringList statements;
    if (version == 1) {
        statements << QStringLiteral("ALTER TABLE jobs ADD COLUMN template_options TEXT")
                   << QStringLiteral("ALTER TABLE jobs ADD COLUMN redacted_prompt TEXT")
                   << QStringLiteral("ALTER TABLE jobs ADD COLUMN vault BLOB") << kSearchStatements;
    }
    if (version == 1 || version == 2) {
        statements << QStringLiteral("ALTER TABLE jobs ADD COLUMN data_class TEXT");
    }
    if (version >= 1) {
        statements << kFacetIndexes;
    } else {
        statements
            << QStringLiteral(
                   "CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, job_id "
                   "TEXT NOT NULL, "
                   "template_id TEXT, template_options TEXT, provider TEXT, model TEXT, "
                   "source_name TEXT, "
                   "status TEXT, redacted_input TEXT, redacted_prompt TEXT, redacted_output TEXT, "
                   "redaction_counts TEXT, vault BLOB, data_class TEXT)")
            << QStringLiteral("CREATE INDEX jobs_created ON jobs(created_utc)") << kSearchStatements
            << kFacetIndexes;
    }
    if (Result<bool> upgraded = m_connection->upgradeSchema(version, kSchemaVersion, statements);
        !upgraded) {
        return upgraded.error();
    }
    return {};
}

QByteArray SqliteHistoryStore::termHash(const QString &term) const
{
    return crypto::blake2b(term.toUtf8(), m_indexKey, 16);
}

Result<qint64> SqliteHistoryStore::save(const HistoryEntry &entry)
{
    if (!m_recording) {
        return qint64{-1}; // history is turned off: nothing of the job is kept
    }
    QSqlDatabase db = m_connection->database();
    SqliteWriteTransaction transaction(db); // parallel runs on one data folder wait their turn
    if (!transaction.ok()) {
        return sqlError(QStringLiteral("Cannot save to history"), transaction.error());
    }
    QByteArray sealedVault;
    if (vaultAvailable() && !entry.vault.isEmpty()) {
        QJsonObject o;
        for (auto it = entry.vault.cbegin(); it != entry.vault.cend(); ++it) {
            o.insert(it.key(), it.value());
        }
        QByteArray plain = QJsonDocument(o).toJson(QJsonDocument::Compact);
        sealedVault = crypto::seal(m_vaultKey, plain, vaultAssociatedData(entry.jobId));
        crypto::secureWipe(plain);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO jobs (created_utc, job_id, template_id, template_options, provider, model, "
        "source_name, status, redacted_input, redacted_prompt, redacted_output, redaction_counts, "
        "vault, data_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.createdUtc.toUTC().toString(Qt::ISODateWithMs));
    insert.addBindValue(entry.jobId);
    insert.addBindValue(entry.templateId);
    insert.addBindValue(optionsToJson(entry.templateOptions));
    insert.addBindValue(entry.providerId);
    insert.addBindValue(entry.model);
    insert.addBindValue(entry.sourceName);
    insert.addBindValue(entry.status);
    insert.addBindValue(entry.redactedInput);
    insert.addBindValue(entry.redactedPrompt);
    insert.addBindValue(entry.redactedOutput);
    insert.addBindValue(typeCountsToJson(entry.redactionCounts));
    insert.addBindValue(sealedVault.isEmpty() ? QVariant() : QVariant(sealedVault));
    insert.addBindValue(entry.dataClass);
    if (!insert.exec()) {
        const QString detail = insert.lastError().text();
        return sqlError(QStringLiteral("Cannot save to history"), detail);
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (vaultAvailable()) {
        QSet<QByteArray> hashes;
        for (const QString &original : entry.vault) {
            for (const QString &term : historyIndexTerms(original)) {
                hashes.insert(termHash(term));
            }
        }
        QSqlQuery term(db);
        term.prepare(QStringLiteral("INSERT OR IGNORE INTO job_terms (term, job) VALUES (?, ?)"));
        for (const QByteArray &hash : hashes) {
            term.addBindValue(hash);
            term.addBindValue(id);
            if (!term.exec()) {
                const QString detail = term.lastError().text();
                return sqlError(QStringLiteral("Cannot save to history"), detail);
            }
        }
    }
    if (!transaction.commit()) {
        return sqlError(QStringLiteral("Cannot save to history"), transaction.error());
    }
    return id;
}

Result<QList<HistoryEntry>> SqliteHistoryStore::recent(int limit) const
{
    HistoryQuery query;
    query.limit = limit;
    return search(query);
}

Result<QList<HistoryEntry>> SqliteHistoryStore::search(const HistoryQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (!query.templateId.isEmpty()) {
        where << QStringLiteral("template_id = ?");
        values << query.templateId;
    }
    if (!query.providerId.isEmpty()) {
        where << QStringLiteral("provider = ?");
        values << query.providerId;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        values << query.status;
    }
    if (query.fromUtc.isValid()) {
        where << QStringLiteral("created_utc >= ?");
        values << query.fromUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.toUtc.isValid()) {
        where << QStringLiteral("created_utc < ?");
        values << query.toUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!query.text.trimmed().isEmpty()) {
        QStringList alternatives;
        const QString fts = ftsQuery(query.text);
        if (!fts.isEmpty()) {
            // With no other condition the newest `limit` matches of each alternative hold the
            // newest `limit` of their union, so the full-text index stops early instead of
            // listing every match of a common word (a fifth of 100,000 entries: ~50 ms).
            const QString newestOnly =
                where.isEmpty() && query.limit >= 0
                    ? QStringLiteral(" ORDER BY rowid DESC LIMIT %1").arg(query.limit)
                    : QString();
            alternatives << QStringLiteral(
                                "id IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?") +
                                newestOnly + QStringLiteral(")");
            values << fts;
        }
        if (vaultAvailable()) {
            const QStringList terms = historyIndexTerms(query.text);
            // The whole value, or every word of it, among the job's original values.
            alternatives << QStringLiteral("id IN (SELECT job FROM job_terms WHERE term = ?)");
            values << termHash(terms.first());
            if (terms.size() > 1) {
                alternatives << QStringLiteral(
                                    "id IN (SELECT job FROM job_terms WHERE term IN (?") +
                                    QStringLiteral(",?").repeated(terms.size() - 2) +
                                    QStringLiteral(") GROUP BY job HAVING count(*) = %1)")
                                        .arg(terms.size() - 1);
                for (qsizetype i = 1; i < terms.size(); ++i) {
                    values << termHash(terms.at(i));
                }
            }
        }
        if (alternatives.isEmpty()) {
            return QList<HistoryEntry>();
        }
        where << QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                     QStringLiteral(")");
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs");
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(query.limit < 0 ? -1 : query.limit);
    QSqlQuery select(m_connection->database());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &v : values) {
        select.addBindValue(v);
    }
    if (!select.exec()) {
        return sqlError(QStringLiteral("Cannot search the history"), select.lastError().text());
    }
    QList<HistoryEntry> entries;
    while (select.next()) {
        entries.append(fromRecord(select));
    }
    return entries;
}

Result<HistoryFacets> SqliteHistoryStore::facets() const
{
    HistoryFacets facets;
    QSqlQuery select(m_connection->database());
    select.setForwardOnly(true);
    const std::pair<QString, QStringList *> columns[] = {
        {QStringLiteral("template_id"), &facets.templateIds},
        {QStringLiteral("provider"), &facets.providerIds}};
    for (const auto &[column, values] : columns) {
        // Each distinct value is found by one index lookup past the previous one (SQLite has
        // no skip-scan of its own for DISTINCT): a handful of values among 100,000 entries
        // in well under a millisecond instead of a scan of every entry.
        if (!select.exec(QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM jobs WHERE "
                                        "%1 > '' UNION ALL SELECT (SELECT min(%1) FROM jobs WHERE "
                                        "%1 > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v "
                                        "WHERE x IS NOT NULL")
                             .arg(column))) {
            return sqlError(QStringLiteral("Cannot read the history"), select.lastError().text());
        }
        while (select.next()) {
            values->append(select.value(0).toString());
        }
    }
    return facets;
}

Result<HistoryEntry> SqliteHistoryStore::entry(qint64 id) const
{
    QSqlQuery select(m_connection->database());
    select.prepare(QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM jobs WHERE id = ?"));
    select.addBindValue(id);
    if (!select.exec()) {
        return sqlError(QStringLiteral("Cannot read the history"), select.lastError().text());
    }
    if (!select.next()) {
        return makeError(ErrorKind::Usage, QStringLiteral("There is no history entry %1.").arg(id));
    }
    HistoryEntry e = fromRecord(select);
    const QByteArray sealed = select.value(13).toByteArray();
    if (!sealed.isEmpty() && vaultAvailable()) {
        Result<QByteArray> plain = crypto::open(m_vaultKey, sealed, vaultAssociatedData(e.jobId));
        if (!plain) {
            return makeError(ErrorKind::Corrupt,
                             QStringLiteral("The saved personal data of this entry cannot be "
                                            "decrypted; the redacted text is still shown."));
        }
        const QJsonObject o = QJsonDocument::fromJson(plain.value()).object();
        crypto::secureWipe(plain.value());
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            e.vault.insert(it.key(), it.value().toString());
        }
    }
    return e;
}

void SqliteHistoryStore::flushDeleted()
{
    // Move the overwritten pages out of the WAL into the file, so erased text does not linger
    // in the journal.
    QSqlQuery checkpoint(m_connection->database());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<void> SqliteHistoryStore::remove(qint64 id)
{
    QSqlQuery del(m_connection->database());
    del.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    del.addBindValue(id);
    if (!del.exec()) {
        return sqlError(QStringLiteral("Cannot delete from history"), del.lastError().text());
    }
    flushDeleted();
    return {};
}

Result<int> SqliteHistoryStore::eraseAll()
{
    QSqlQuery del(m_connection->database());
    if (!del.exec(QStringLiteral("DELETE FROM jobs"))) {
        return sqlError(QStringLiteral("Cannot erase the history"), del.lastError().text());
    }
    const int removed = del.numRowsAffected();
    del.exec(QStringLiteral("INSERT INTO jobs_fts(jobs_fts) VALUES ('rebuild')"));
    del.exec(QStringLiteral("VACUUM"));
    flushDeleted();
    return removed;
}

Result<int> SqliteHistoryStore::purgeOlderThan(const QDateTime &cutoffUtc)
{
    QSqlQuery del(m_connection->database());
    del.prepare(QStringLiteral("DELETE FROM jobs WHERE created_utc < ?"));
    del.addBindValue(cutoffUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!del.exec()) {
        return sqlError(QStringLiteral("Cannot apply the history retention"),
                        del.lastError().text());
    }
    const int removed = del.numRowsAffected();
    if (removed > 0) {
        qCInfo(lcHistory) << "retention removed" << removed << "entries";
        flushDeleted();
    }
    return removed;
}

Result<qint64> SqliteHistoryStore::count() const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM jobs")) || !q.next()) {
        return sqlError(QStringLiteral("Cannot read the history"), q.lastError().text());
    }
    return q.value(0).toLongLong();
}

} // namespace promptdesk

#include "audit/sqlite_audit_log.h"

#include "audit/audit_fields.h"
#include "audit/sqlite_audit_verify.h"
#include "core/logging.h"
#include "core/sqlite_connection.h"
#include "crypto/crypto.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace promptdesk {

namespace {

constexpr int kSchemaVersion = 2;

// Column order of SELECTs and INSERTs: the audit fields, then the chain's own columns.
QString selectedColumns()
{
    QStringList names;
    for (const AuditField &field : kAuditFields) {
        names.append(QLatin1String(field.column));
    }
    names << QStringLiteral("prev_hash") << QStringLiteral("hash") << QStringLiteral("mac");
    return names.join(QStringLiteral(", "));
}
const QString kColumns = selectedColumns();
constexpr int kColumnCount = kAuditFieldCount + 3;

const QStringList kCreateStatements = {
    QStringLiteral("CREATE TABLE audit_events ("
                   "seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL, "
                   "time_utc TEXT NOT NULL, action TEXT NOT NULL, job_id TEXT, "
                   "user_name TEXT, device TEXT, app_version TEXT, provider TEXT, "
                   "endpoint_host TEXT, region TEXT, model_requested TEXT, "
                   "model_returned TEXT, policy_version TEXT, policy_rule TEXT, "
                   "template_id TEXT, template_version INTEGER, redaction_counts TEXT, "
                   "detector_version TEXT, tokens_in INTEGER, tokens_out INTEGER, "
                   "first_token_ms INTEGER, total_ms INTEGER, status TEXT, "
                   "provider_request_id TEXT, prompt_fingerprint TEXT, operation TEXT, "
                   "data_class TEXT, cost_micro_usd INTEGER, price_table_version TEXT, "
                   "prev_hash BLOB NOT NULL, hash BLOB NOT NULL, mac BLOB)"),
    QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TABLE audit_checkpoints (number INTEGER PRIMARY KEY, "
                   "seq INTEGER NOT NULL, hash BLOB NOT NULL, time_utc TEXT NOT NULL, "
                   "public_key BLOB NOT NULL, signature BLOB NOT NULL)"),
    QStringLiteral("CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    // Bookkeeping, not part of the chain: requests still waiting for their response, with
    // the process that sent them, so a crashed process's requests are marked interrupted.
    QStringLiteral(
        "CREATE TABLE audit_forward_state (collector TEXT PRIMARY KEY, acked_seq INTEGER)"),
    QStringLiteral("CREATE TABLE audit_open_requests (job_id TEXT PRIMARY KEY, seq INTEGER, "
                   "pid INTEGER, host TEXT)"),
};

StoredAuditEvent fromRecord(const QSqlQuery &q)
{
    StoredAuditEvent s;
    int column = 0;
    for (const AuditField &field : kAuditFields) {
        const QVariant value = q.value(column++);
        if (field.isInteger()) {
            field.setInteger(s, value.toLongLong());
        } else {
            field.setText(s, value.toString());
        }
    }
    s.previousHash = q.value(column++).toByteArray();
    s.hash = q.value(column++).toByteArray();
    s.mac = q.value(column).toByteArray();
    return s;
}

void bind(QSqlQuery &q, const StoredAuditEvent &s)
{
    for (const AuditField &field : kAuditFields) {
        q.addBindValue(field.isInteger() ? QVariant(field.integer(s)) : QVariant(field.text(s)));
    }
    q.addBindValue(s.previousHash.isNull() ? QByteArray("") : s.previousHash);
    q.addBindValue(s.hash);
    q.addBindValue(s.mac.isEmpty() ? QVariant() : QVariant(s.mac));
}

bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // without a cheap check, never mark another process's requests
#endif
}

} // namespace

Result<std::unique_ptr<SqliteAuditLog>> SqliteAuditLog::open(const QString &path)
{
    return open(path, AuditKeys{}, {});
}

Result<std::unique_ptr<SqliteAuditLog>>
SqliteAuditLog::open(const QString &path, const AuditKeys &keys, SqliteAuditLogOptions options)
{
    Result<SqliteConnection *> connection = SqliteConnection::open(path, QStringLiteral("audit"));
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<SqliteAuditLog> log(
        new SqliteAuditLog(std::unique_ptr<SqliteConnection>(connection.value()), keys, options));
    {
        // WAL with synchronous=NORMAL survives a killed process (kill -9) intact; only a power
        // cut can lose the last commits, and the chain then still verifies up to them.
        QSqlQuery pragma(log->m_connection->database());
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (Result<void> migrated = log->migrate(); !migrated) {
        return migrated.error();
    }
    if (Result<void> marked = log->markInterrupted(); !marked) {
        return marked.error();
    }
    return log;
}

SqliteAuditLog::SqliteAuditLog(std::unique_ptr<SqliteConnection> connection, const AuditKeys &keys,
                               SqliteAuditLogOptions options)
    : m_connection(std::move(connection))
    , m_keys(keys)
    , m_options(options)
{
    if (m_keys.isValid() && m_keys.signingPublic.isEmpty()) {
        m_keys.signingPublic = crypto::publicKeyOf(m_keys.signingKey);
    }
}

SqliteAuditLog::~SqliteAuditLog()
{
    if (m_appendedSinceCheckpoint) {
        if (Result<void> done = checkpoint(); !done) {
            qCWarning(lcAudit) << "closing checkpoint failed:" << done.error().message;
        }
    }
}

QString SqliteAuditLog::path() const
{
    return m_connection->path();
}

Result<void> SqliteAuditLog::migrate()
{
    const int version = m_connection->schemaVersion();
    if (version == kSchemaVersion) {
        return {};
    }
    if (version > kSchemaVersion) {
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("The audit log was written by a newer Promptdesk "
                                        "(schema %1); it was left untouched.")
                             .arg(version));
    }
    QStringList statements;
    qint64 legacyEvents = 0;
    QByteArray legacyHead;
    if (version == 1) {
        // The first-pass log (SHA-256 chain) is kept as it was, in its own table; the new
        // chain starts with an event that names the old head, so the two stay linked.
        QSqlQuery q(m_connection->database());
        if (q.exec(QStringLiteral("SELECT count(*), (SELECT hash FROM audit_events ORDER BY seq "
                                  "DESC LIMIT 1) FROM audit_events")) &&
            q.next()) {
            legacyEvents = q.value(0).toLongLong();
            legacyHead = q.value(1).toByteArray();
        }
        statements << QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_update")
                   << QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete")
                   << QStringLiteral("ALTER TABLE audit_events RENAME TO audit_events_v1");
    }
    statements << kCreateStatements;
    Result<bool> upgraded = m_connection->upgradeSchema(version, kSchemaVersion, statements);
    if (!upgraded) {
        return upgraded.error();
    }
    if (version == 1 && upgraded.value()) {
        AuditEvent migrated;
        migrated.action = auditAction::logMigrated;
        migrated.operation = QStringLiteral("v1:%1:%2")
                                 .arg(legacyEvents)
                                 .arg(QString::fromLatin1(legacyHead.toHex()));
        migrated.status = QStringLiteral("ok");
        if (Result<qint64> appended = append(migrated); !appended) {
            return appended.error();
        }
    }
    return {};
}

Result<void> SqliteAuditLog::markInterrupted()
{
    QSqlQuery open(m_connection->database());
    if (!open.exec(QStringLiteral("SELECT job_id, pid, host FROM audit_open_requests"))) {
        return sqlError(QStringLiteral("Cannot read the audit log"), open.lastError().text());
    }
    const QString host = QSysInfo::machineHostName();
    QStringList dead;
    while (open.next()) {
        const qint64 pid = open.value(1).toLongLong();
        if (open.value(2).toString() == host && pid != QCoreApplication::applicationPid() &&
            !processIsAlive(pid)) {
            dead.append(open.value(0).toString());
        }
    }
    open.finish();
    for (const QString &jobId : dead) {
        QSqlQuery request(m_connection->database());
        request.prepare(
            QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM audit_events WHERE job_id = ? AND action = ? ORDER BY seq "
                           "DESC LIMIT 1"));
        request.addBindValue(jobId);
        request.addBindValue(auditAction::request);
        AuditEvent event;
        if (request.exec() && request.next()) {
            event = fromRecord(request).event;
        }
        event.action = auditAction::interrupted;
        event.jobId = jobId;
        event.status = QStringLiteral("interrupted");
        event.promptFingerprint.clear();
        if (Result<qint64> appended = append(event); !appended) {
            return appended.error();
        }
        ++m_interruptedAtOpen;
    }
    if (m_interruptedAtOpen > 0) {
        qCInfo(lcAudit) << m_interruptedAtOpen
                        << "request(s) of an ended process marked interrupted";
    }
    return {};
}

Result<qint64> SqliteAuditLog::append(const AuditEvent &event)
{
    // The write lock up front: two processes appending to one log serialise instead of both
    // extending the same head.
    SqliteWriteTransaction transaction(m_connection->database());
    if (!transaction.ok()) {
        return sqlError(QStringLiteral("Cannot write to the audit log"), transaction.error());
    }
    Result<qint64> appended = appendLocked(event);
    if (!appended) {
        m_headSequence = -1; // rolled back: read the head again next time
        return appended;
    }
    if (!transaction.commit()) {
        m_headSequence = -1;
        return sqlError(QStringLiteral("Cannot write to the audit log"), transaction.error());
    }
    m_headSequence = m_pendingHead.sequence;
    m_headHash = m_pendingHead.hash;
    m_headMac = m_pendingHead.mac;
    m_appendedSinceCheckpoint = true;
    qCDebug(lcAudit) << "appended event" << appended.value() << event.action;
    return appended;
}

Result<qint64> SqliteAuditLog::appendLocked(const AuditEvent &event)
{
    QSqlDatabase db = m_connection->database();
    StoredAuditEvent stored;
    qint64 dataVersion = -2;
    {
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next()) {
            dataVersion = version.value(0).toLongLong();
        }
    }
    if (m_headSequence < 0 || dataVersion != m_dataVersion) {
        QSqlQuery head(db);
        if (!head.exec(QStringLiteral(
                "SELECT seq, hash, mac FROM audit_events ORDER BY seq DESC LIMIT 1"))) {
            return sqlError(QStringLiteral("Cannot read the audit log"), head.lastError().text());
        }
        m_headSequence = 0;
        m_headHash.clear();
        m_headMac.clear();
        if (head.next()) {
            m_headSequence = head.value(0).toLongLong();
            m_headHash = head.value(1).toByteArray();
            m_headMac = head.value(2).toByteArray();
        }
        m_dataVersion = dataVersion;
    }
    stored.sequence = m_headSequence + 1;
    stored.previousHash = m_headHash;
    const QByteArray previousMac = m_headMac;
    stored.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.timeUtc = QDateTime::currentDateTimeUtc();
    stored.event = event;
    stored.hash = auditChainHash(stored.previousHash, canonicalAuditBytes(stored));
    if (m_keys.isValid()) {
        stored.mac = auditChainMac(m_keys.macKey, previousMac, stored.hash);
    }

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(db);
        m_insert->prepare(QStringLiteral("INSERT INTO audit_events (") + kColumns +
                          QStringLiteral(") VALUES (?") +
                          QStringLiteral(",?").repeated(kColumnCount - 1) + QStringLiteral(")"));
    }
    bind(*m_insert, stored);
    if (!m_insert->exec()) {
        const QString detail = m_insert->lastError().text();
        m_insert.reset();
        return sqlError(QStringLiteral("Cannot write to the audit log"), detail);
    }
    // Becomes the cached head once committed (append() drops the cache otherwise).
    m_pendingHead = {stored.sequence, stored.hash, stored.mac};

    QSqlQuery pending(db);
    if (event.action == auditAction::request && !event.jobId.isEmpty()) {
        pending.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_open_requests (job_id, seq, "
                                       "pid, host) VALUES (?,?,?,?)"));
        pending.addBindValue(event.jobId);
        pending.addBindValue(stored.sequence);
        pending.addBindValue(QCoreApplication::applicationPid());
        pending.addBindValue(QSysInfo::machineHostName());
        if (!pending.exec()) {
            return sqlError(QStringLiteral("Cannot write to the audit log"),
                            pending.lastError().text());
        }
    } else if ((event.action == auditAction::response ||
                event.action == auditAction::interrupted) &&
               !event.jobId.isEmpty()) {
        pending.prepare(QStringLiteral("DELETE FROM audit_open_requests WHERE job_id = ?"));
        pending.addBindValue(event.jobId);
        if (!pending.exec()) {
            return sqlError(QStringLiteral("Cannot write to the audit log"),
                            pending.lastError().text());
        }
    }

    if (m_keys.isValid() && m_options.checkpointEvery > 0 &&
        stored.sequence % m_options.checkpointEvery == 0) {
        if (Result<void> cp = writeCheckpointLocked(stored.sequence, stored.hash); !cp) {
            return cp.error();
        }
    }
    return stored.sequence;
}

Result<void> SqliteAuditLog::writeCheckpointLocked(qint64 sequence, const QByteArray &hash)
{
    AuditCheckpoint cp;
    cp.sequence = sequence;
    cp.hash = hash;
    cp.timeUtc = QDateTime::currentDateTimeUtc();
    cp.publicKey = m_keys.signingPublic;
    cp.signature =
        crypto::sign(m_keys.signingKey, auditCheckpointMessage(sequence, hash, cp.timeUtc));
    QSqlQuery insert(m_connection->database());
    insert.prepare(QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, time_utc, public_key, "
                                  "signature) VALUES (?,?,?,?,?)"));
    insert.addBindValue(cp.sequence);
    insert.addBindValue(cp.hash);
    insert.addBindValue(cp.timeUtc.toString(Qt::ISODateWithMs));
    insert.addBindValue(cp.publicKey);
    insert.addBindValue(cp.signature);
    if (!insert.exec()) {
        return sqlError(QStringLiteral("Cannot write an audit checkpoint"),
                        insert.lastError().text());
    }
    m_appendedSinceCheckpoint = false;
    return {};
}

Result<void> SqliteAuditLog::checkpoint()
{
    if (!m_keys.isValid()) {
        return {};
    }
    // The write lock up front: two processes appending to one log serialise instead of both
    // extending the same head.
    SqliteWriteTransaction transaction(m_connection->database());
    if (!transaction.ok()) {
        return sqlError(QStringLiteral("Cannot write an audit checkpoint"), transaction.error());
    }
    QSqlQuery head(m_connection->database());
    if (!head.exec(QStringLiteral("SELECT seq, hash, (SELECT max(seq) FROM audit_checkpoints) FROM "
                                  "audit_events ORDER BY seq "
                                  "DESC LIMIT 1"))) {
        return sqlError(QStringLiteral("Cannot read the audit log"), head.lastError().text());
    }
    if (!head.next() || head.value(0).toLongLong() == head.value(2).toLongLong()) {
        m_appendedSinceCheckpoint = false;
        return {}; // empty, or the head is signed already
    }
    const qint64 seq = head.value(0).toLongLong();
    const QByteArray hash = head.value(1).toByteArray();
    head.finish();
    if (Result<void> written = writeCheckpointLocked(seq, hash); !written) {
        return written;
    }
    if (!transaction.commit()) {
        return sqlError(QStringLiteral("Cannot write an audit checkpoint"), transaction.error());
    }
    return {};
}

Result<QList<StoredAuditEvent>> SqliteAuditLog::events() const
{
    return events(AuditQuery{});
}

Result<QList<StoredAuditEvent>> SqliteAuditLog::events(const AuditQuery &query) const
{
    QStringList where;
    QVariantList values;
    auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        values.append(value);
    };
    if (query.afterSequence > 0) {
        add(QStringLiteral("seq > ?"), query.afterSequence);
    }
    if (query.fromUtc.isValid()) {
        add(QStringLiteral("time_utc >= ?"), query.fromUtc.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.toUtc.isValid()) {
        add(QStringLiteral("time_utc < ?"), query.toUtc.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!query.user.isEmpty()) {
        add(QStringLiteral("user_name = ?"), query.user);
    }
    if (!query.providerId.isEmpty()) {
        add(QStringLiteral("provider = ?"), query.providerId);
    }
    if (!query.model.isEmpty()) {
        where.append(QStringLiteral("(model_requested = ? OR model_returned = ?)"));
        values << query.model << query.model;
    }
    if (!query.action.isEmpty()) {
        add(QStringLiteral("action = ?"), query.action);
    }
    if (!query.status.isEmpty()) {
        add(QStringLiteral("status = ?"), query.status);
    }
    if (!query.policyVersion.isEmpty()) {
        add(QStringLiteral("policy_version = ?"), query.policyVersion);
    }
    if (!query.dataClass.isEmpty()) {
        add(QStringLiteral("data_class = ?"), query.dataClass);
    }
    if (!query.redactionType.isEmpty()) {
        // redaction_counts is compact JSON with sorted keys: {"EMAIL":2,...}
        add(QStringLiteral("instr(redaction_counts, ?) > 0"),
            QString(QLatin1Char('"') + query.redactionType + QStringLiteral("\":")));
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_events");
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY seq");
    if (query.limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    }
    QSqlQuery select(m_connection->database());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &v : values) {
        select.addBindValue(v);
    }
    if (!select.exec()) {
        return sqlError(QStringLiteral("Cannot read the audit log"), select.lastError().text());
    }
    QList<StoredAuditEvent> result;
    while (select.next()) {
        result.append(fromRecord(select));
    }
    return result;
}

Result<QList<AuditCheckpoint>> SqliteAuditLog::checkpoints() const
{
    QSqlQuery select(m_connection->database());
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT number, seq, hash, time_utc, public_key, signature FROM "
                           "audit_checkpoints ORDER BY number"))) {
        return sqlError(QStringLiteral("Cannot read the audit log"), select.lastError().text());
    }
    QList<AuditCheckpoint> result;
    while (select.next()) {
        AuditCheckpoint cp;
        cp.number = select.value(0).toLongLong();
        cp.sequence = select.value(1).toLongLong();
        cp.hash = select.value(2).toByteArray();
        cp.timeUtc = QDateTime::fromString(select.value(3).toString(), Qt::ISODateWithMs);
        cp.timeUtc.setTimeSpec(Qt::UTC);
        cp.publicKey = select.value(4).toByteArray();
        cp.signature = select.value(5).toByteArray();
        result.append(cp);
    }
    return result;
}

Result<QList<QByteArray>> SqliteAuditLog::publicKeys() const
{
    Result<QList<AuditCheckpoint>> all = checkpoints();
    if (!all) {
        return all.error();
    }
    QList<QByteArray> keys;
    if (m_keys.isValid()) {
        keys.append(m_keys.signingPublic);
    }
    for (const AuditCheckpoint &cp : all.value()) {
        if (!keys.contains(cp.publicKey)) {
            keys.append(cp.publicKey);
        }
    }
    return keys;
}

Result<AuditVerification> SqliteAuditLog::verify() const
{
    Result<QList<AuditCheckpoint>> cps = checkpoints();
    if (!cps) {
        return cps.error();
    }
    // With the keychain, only our own key counts; without it, the keys recorded in the file
    // are all we have (a weaker check, and the summary says MACs were not checked).
    QList<QByteArray> trusted;
    if (m_keys.isValid()) {
        trusted.append(m_keys.signingPublic);
    } else {
        for (const AuditCheckpoint &cp : cps.value()) {
            trusted.append(cp.publicKey);
        }
    }
    const QByteArray macKey = m_keys.isValid() ? m_keys.macKey : QByteArray();
    AuditChainVerifier verifier(macKey, trusted, cps.value());
    if (Result<void> read = verifySqliteAuditEvents(m_connection->database(), macKey, verifier);
        !read) {
        return read.error();
    }
    return verifier.finish();
}

Result<qint64> SqliteAuditLog::forwardedUpTo(const QString &collectorId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT acked_seq FROM audit_forward_state WHERE collector = ?"));
    q.addBindValue(collectorId);
    if (!q.exec()) {
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError().text());
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<void> SqliteAuditLog::setForwardedUpTo(const QString &collectorId, qint64 sequence)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO audit_forward_state (collector, acked_seq) VALUES (?, ?)"));
    q.addBindValue(collectorId);
    q.addBindValue(sequence);
    if (!q.exec()) {
        return sqlError(QStringLiteral("Cannot write to the audit log"), q.lastError().text());
    }
    return {};
}

QString SqliteAuditLog::fingerprint(QStringView content) const
{
    return m_keys.isValid() ? auditFingerprint(m_keys.macKey, content) : QString();
}

} // namespace promptdesk

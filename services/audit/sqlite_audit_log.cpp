#include "sqlite_audit_log.h"

#include "logging.h"
#include "sqlite_connection.h"
#include "type_counts_json.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace promptdesk {

namespace {

constexpr int kSchemaVersion = 1;

const QStringList kColumns = {
    QStringLiteral("seq"),           QStringLiteral("event_id"),
    QStringLiteral("time_utc"),      QStringLiteral("action"),
    QStringLiteral("job_id"),        QStringLiteral("user_name"),
    QStringLiteral("device"),        QStringLiteral("app_version"),
    QStringLiteral("provider"),      QStringLiteral("endpoint_host"),
    QStringLiteral("region"),        QStringLiteral("model_requested"),
    QStringLiteral("model_returned"), QStringLiteral("policy_version"),
    QStringLiteral("policy_rule"),   QStringLiteral("template_id"),
    QStringLiteral("template_version"), QStringLiteral("redaction_counts"),
    QStringLiteral("detector_version"), QStringLiteral("tokens_in"),
    QStringLiteral("tokens_out"),    QStringLiteral("first_token_ms"),
    QStringLiteral("total_ms"),      QStringLiteral("status"),
    QStringLiteral("provider_request_id"), QStringLiteral("prev_hash"),
    QStringLiteral("hash")};

QJsonObject toJson(const StoredAuditEvent &s)
{
    const AuditEvent &e = s.event;
    return QJsonObject{
        {QStringLiteral("seq"), s.sequence},
        {QStringLiteral("event_id"), s.eventId},
        {QStringLiteral("time_utc"), s.timeUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("job_id"), e.jobId},
        {QStringLiteral("user_name"), e.user},
        {QStringLiteral("device"), e.device},
        {QStringLiteral("app_version"), e.appVersion},
        {QStringLiteral("provider"), e.providerId},
        {QStringLiteral("endpoint_host"), e.endpointHost},
        {QStringLiteral("region"), e.region},
        {QStringLiteral("model_requested"), e.modelRequested},
        {QStringLiteral("model_returned"), e.modelReturned},
        {QStringLiteral("policy_version"), e.policyVersion},
        {QStringLiteral("policy_rule"), e.policyRule},
        {QStringLiteral("template_id"), e.templateId},
        {QStringLiteral("template_version"), e.templateVersion},
        {QStringLiteral("redaction_counts"), typeCountsToJson(e.redactionCounts)},
        {QStringLiteral("detector_version"), e.detectorVersion},
        {QStringLiteral("tokens_in"), e.tokensIn},
        {QStringLiteral("tokens_out"), e.tokensOut},
        {QStringLiteral("first_token_ms"), e.firstTokenMs},
        {QStringLiteral("total_ms"), e.totalMs},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("provider_request_id"), e.providerRequestId},
        {QStringLiteral("prev_hash"), QString::fromLatin1(s.previousHash.toHex())},
    };
}

StoredAuditEvent fromRecord(const QSqlQuery &q)
{
    StoredAuditEvent s;
    s.sequence = q.value(0).toLongLong();
    s.eventId = q.value(1).toString();
    s.timeUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    AuditEvent &e = s.event;
    e.action = q.value(3).toString();
    e.jobId = q.value(4).toString();
    e.user = q.value(5).toString();
    e.device = q.value(6).toString();
    e.appVersion = q.value(7).toString();
    e.providerId = q.value(8).toString();
    e.endpointHost = q.value(9).toString();
    e.region = q.value(10).toString();
    e.modelRequested = q.value(11).toString();
    e.modelReturned = q.value(12).toString();
    e.policyVersion = q.value(13).toString();
    e.policyRule = q.value(14).toString();
    e.templateId = q.value(15).toString();
    e.templateVersion = q.value(16).toInt();
    e.redactionCounts = typeCountsFromJson(q.value(17).toString());
    e.detectorVersion = q.value(18).toString();
    e.tokensIn = q.value(19).toLongLong();
    e.tokensOut = q.value(20).toLongLong();
    e.firstTokenMs = q.value(21).toLongLong();
    e.totalMs = q.value(22).toLongLong();
    e.status = q.value(23).toString();
    e.providerRequestId = q.value(24).toString();
    s.previousHash = q.value(25).toByteArray();
    s.hash = q.value(26).toByteArray();
    return s;
}

} // namespace

QByteArray canonicalAuditBytes(const StoredAuditEvent &stored)
{
    // QJsonDocument writes object keys sorted, which makes this serialisation canonical.
    return QJsonDocument(toJson(stored)).toJson(QJsonDocument::Compact);
}

Result<std::unique_ptr<SqliteAuditLog>> SqliteAuditLog::open(const QString &path)
{
    Result<SqliteConnection *> connection = SqliteConnection::open(path, QStringLiteral("audit"));
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<SqliteAuditLog> log(
        new SqliteAuditLog(std::unique_ptr<SqliteConnection>(connection.value())));
    if (Result<void> migrated = log->migrate(); !migrated) {
        return migrated.error();
    }
    QSqlQuery last(log->m_connection->database());
    if (last.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")) &&
        last.next()) {
        log->m_lastSequence = last.value(0).toLongLong();
        log->m_lastHash = last.value(1).toByteArray();
    }
    return log;
}

SqliteAuditLog::SqliteAuditLog(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

SqliteAuditLog::~SqliteAuditLog() = default;

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
    Result<void> created = m_connection->execAll({
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_events ("
                       "seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, "
                       "time_utc TEXT NOT NULL, action TEXT NOT NULL, job_id TEXT, "
                       "user_name TEXT, device TEXT, app_version TEXT, provider TEXT, "
                       "endpoint_host TEXT, region TEXT, model_requested TEXT, "
                       "model_returned TEXT, policy_version TEXT, policy_rule TEXT, "
                       "template_id TEXT, template_version INTEGER, redaction_counts TEXT, "
                       "detector_version TEXT, tokens_in INTEGER, tokens_out INTEGER, "
                       "first_token_ms INTEGER, total_ms INTEGER, status TEXT, "
                       "provider_request_id TEXT, prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON "
                       "audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON "
                       "audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    });
    if (!created) {
        return created;
    }
    return m_connection->setSchemaVersion(kSchemaVersion);
}

Result<qint64> SqliteAuditLog::append(const AuditEvent &event)
{
    StoredAuditEvent stored;
    stored.sequence = m_lastSequence + 1;
    stored.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.timeUtc = QDateTime::currentDateTimeUtc();
    stored.event = event;
    stored.previousHash = m_lastHash;
    stored.hash = QCryptographicHash::hash(canonicalAuditBytes(stored), QCryptographicHash::Sha256);

    const QJsonObject fields = toJson(stored);
    QStringList placeholders;
    for (qsizetype i = 0; i < kColumns.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery insert(m_connection->database());
    insert.prepare(QStringLiteral("INSERT INTO audit_events (") + kColumns.join(QLatin1Char(',')) +
                   QStringLiteral(") VALUES (") + placeholders.join(QLatin1Char(',')) +
                   QStringLiteral(")"));
    for (const QString &column : kColumns) {
        if (column == QStringLiteral("prev_hash")) {
            insert.addBindValue(stored.previousHash.isNull() ? QByteArray("") : stored.previousHash);
        } else if (column == QStringLiteral("hash")) {
            insert.addBindValue(stored.hash);
        } else {
            insert.addBindValue(fields.value(column).toVariant());
        }
    }
    if (!insert.exec()) {
        return sqlError(QStringLiteral("Cannot write to the audit log"), insert.lastError().text());
    }
    m_lastSequence = stored.sequence;
    m_lastHash = stored.hash;
    qCDebug(lcAudit) << "appended event" << stored.sequence << event.action;
    return stored.sequence;
}

Result<QList<StoredAuditEvent>> SqliteAuditLog::events() const
{
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns.join(QLatin1Char(',')) +
                    QStringLiteral(" FROM audit_events ORDER BY seq"))) {
        return sqlError(QStringLiteral("Cannot read the audit log"), query.lastError().text());
    }
    QList<StoredAuditEvent> result;
    while (query.next()) {
        result.append(fromRecord(query));
    }
    return result;
}

Result<AuditVerification> SqliteAuditLog::verify() const
{
    Result<QList<StoredAuditEvent>> all = events();
    if (!all) {
        return all.error();
    }
    AuditVerification report;
    report.total = all->size();
    QByteArray expectedPrevious;
    qint64 expectedSequence = 1;
    for (const StoredAuditEvent &stored : all.value()) {
        const bool linked = stored.sequence == expectedSequence &&
                            stored.previousHash == expectedPrevious;
        const QByteArray recomputed =
            QCryptographicHash::hash(canonicalAuditBytes(stored), QCryptographicHash::Sha256);
        if (linked && recomputed == stored.hash) {
            ++report.valid;
        } else if (report.firstBadSequence < 0) {
            report.firstBadSequence = stored.sequence;
        }
        expectedPrevious = stored.hash;
        expectedSequence = stored.sequence + 1;
    }
    report.summary = report.firstBadSequence < 0
                         ? QStringLiteral("%1/%2 events valid, chain intact").arg(report.valid).arg(report.total)
                         : QStringLiteral("%1/%2 events valid, chain broken at event #%3")
                               .arg(report.valid)
                               .arg(report.total)
                               .arg(report.firstBadSequence);
    return report;
}

} // namespace promptdesk

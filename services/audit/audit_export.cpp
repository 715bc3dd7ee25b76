#include "audit/audit_export.h"

#include "audit/audit_chain.h"
#include "audit/audit_fields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace promptdesk {

namespace {

QString csvField(const QString &value)
{
    // Spreadsheet formula injection: a leading =, +, - or @ would run as a formula in Excel.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) &&
        !(v.front() == QLatin1Char('-') && v.size() > 1 && v.at(1).isDigit())) {
        v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString number(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool isFailure(const QString &status)
{
    return status.startsWith(QStringLiteral("error")) || status == QStringLiteral("blocked") ||
           status == QStringLiteral("interrupted") || status == QStringLiteral("failed");
}

} // namespace

QByteArray auditCsvHeader()
{
    QStringList names;
    for (const AuditField &field : kAuditFields) {
        names.append(QLatin1String(field.csvName));
    }
    names << QStringLiteral("prev_hash") << QStringLiteral("hash");
    return names.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray auditCsvLine(const StoredAuditEvent &s)
{
    QStringList quoted;
    quoted.reserve(kAuditFieldCount + 2);
    for (const AuditField &field : kAuditFields) {
        QString value;
        switch (field.kind) {
        case AuditField::Kind::Integer:
            value = number(field.integer(s));
            break;
        case AuditField::Kind::MicroUsd: {
            const qint64 micro = field.integer(s);
            value =
                micro < 0 ? QString() : QString::number(static_cast<double>(micro) / 1e6, 'f', 6);
            break;
        }
        case AuditField::Kind::Text:
        case AuditField::Kind::TypeCounts:
        case AuditField::Kind::Time:
            value = field.text(s);
            break;
        }
        quoted.append(csvField(value));
    }
    quoted << hex(s.previousHash) << hex(s.hash);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QJsonObject auditOcsfObject(const StoredAuditEvent &s)
{
    const AuditEvent &e = s.event;
    // API Activity: 1 Create (a request sent), 2 Read (a response received), 99 Other.
    int activity = 99;
    QString activityName = e.action;
    if (e.action == auditAction::request) {
        activity = 1;
        activityName = QStringLiteral("Create");
    } else if (e.action == auditAction::response) {
        activity = 2;
        activityName = QStringLiteral("Read");
    }
    const bool failed = isFailure(e.status);
    QJsonObject object{
        {QStringLiteral("category_uid"), 6},
        {QStringLiteral("category_name"), QStringLiteral("Application Activity")},
        {QStringLiteral("class_uid"), 6003},
        {QStringLiteral("class_name"), QStringLiteral("API Activity")},
        {QStringLiteral("activity_id"), activity},
        {QStringLiteral("activity_name"), activityName},
        {QStringLiteral("type_uid"), 6003 * 100 + activity},
        {QStringLiteral("severity_id"), failed ? 3 : 1},
        {QStringLiteral("status_id"), failed ? 2 : 1},
        {QStringLiteral("status"), failed ? QStringLiteral("Failure") : QStringLiteral("Success")},
        {QStringLiteral("status_detail"), e.status},
        {QStringLiteral("time"), s.timeUtc.toMSecsSinceEpoch()},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.5.0")},
                     {QStringLiteral("uid"), s.eventId},
                     {QStringLiteral("sequence"), s.sequence},
                     {QStringLiteral("correlation_uid"), e.jobId},
                     {QStringLiteral("log_name"), QStringLiteral("promptdesk-audit")},
                     {QStringLiteral("product"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Promptdesk")},
                                  {QStringLiteral("vendor_name"), QStringLiteral("Promptdesk")},
                                  {QStringLiteral("version"), e.appVersion}}}}},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), e.user}}}}},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("hostname"), e.device}, {QStringLiteral("type_id"), 0}}},
        {QStringLiteral("api"),
         QJsonObject{
             {QStringLiteral("operation"), e.action},
             {QStringLiteral("service"), QJsonObject{{QStringLiteral("name"), e.providerId}}},
             {QStringLiteral("request"), QJsonObject{{QStringLiteral("uid"), e.jobId}}},
             {QStringLiteral("response"),
              QJsonObject{{QStringLiteral("uid"), e.providerRequestId}}}}},
    };
    if (!e.endpointHost.isEmpty()) {
        object.insert(QStringLiteral("dst_endpoint"),
                      QJsonObject{{QStringLiteral("hostname"), e.endpointHost}});
    }
    if (!e.region.isEmpty()) {
        object.insert(QStringLiteral("cloud"),
                      QJsonObject{{QStringLiteral("region"), e.region},
                                  {QStringLiteral("provider"), e.providerId}});
    }
    if (!e.modelRequested.isEmpty() || !e.modelReturned.isEmpty()) {
        QJsonObject model{{QStringLiteral("name"),
                           e.modelReturned.isEmpty() ? e.modelRequested : e.modelReturned},
                          {QStringLiteral("ai_provider"), e.providerId}};
        object.insert(QStringLiteral("ai_model"), model);
    }
    QJsonObject usage;
    if (e.tokensIn >= 0) {
        usage.insert(QStringLiteral("prompt_tokens"), e.tokensIn);
    }
    if (e.tokensOut >= 0) {
        usage.insert(QStringLiteral("completion_tokens"), e.tokensOut);
    }
    if (e.tokensIn >= 0 && e.tokensOut >= 0) {
        usage.insert(QStringLiteral("total_tokens"), e.tokensIn + e.tokensOut);
    }
    if (!usage.isEmpty()) {
        object.insert(QStringLiteral("message_context"), usage);
    }
    object.insert(QStringLiteral("unmapped"), auditEventToJson(s));
    return object;
}

QJsonObject auditEventToJson(const StoredAuditEvent &s)
{
    QJsonObject object;
    for (const AuditField &field : kAuditFields) {
        const QString key = QLatin1String(field.key);
        if (field.isInteger()) {
            object.insert(key, field.integer(s));
        } else if (field.kind == AuditField::Kind::TypeCounts) {
            QJsonObject counts;
            const QMap<QString, int> &values = field.counts(s);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                counts.insert(it.key(), it.value());
            }
            object.insert(key, counts);
        } else {
            object.insert(key, field.text(s));
        }
    }
    object.insert(QStringLiteral("prev_hash"), hex(s.previousHash));
    object.insert(QStringLiteral("hash"), hex(s.hash));
    return object;
}

Result<StoredAuditEvent> auditEventFromJson(const QJsonObject &o)
{
    StoredAuditEvent s;
    for (const AuditField &field : kAuditFields) {
        const QJsonValue value = o.value(QLatin1String(field.key));
        if (field.isInteger()) {
            // toInteger(): a number beyond 64 bits (or not whole) is absent, never a cast of an
            // out-of-range double (undefined behaviour, found by libFuzzer).
            field.setInteger(s, value.toInteger(field.absent));
        } else if (field.kind == AuditField::Kind::TypeCounts) {
            QMap<QString, int> counts;
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                counts.insert(it.key(), it.value().toInt());
            }
            field.setCounts(s, counts);
        } else {
            field.setText(s, value.toString());
        }
    }
    if (s.sequence <= 0 || !s.timeUtc.isValid() || !o.value(QLatin1String("hash")).isString()) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("An audit event in the file is incomplete."));
    }
    s.previousHash = QByteArray::fromHex(o.value(QLatin1String("prev_hash")).toString().toLatin1());
    s.hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
    return s;
}

QByteArray writeAuditEvidence(const AuditEvidence &evidence)
{
    QJsonArray keys;
    for (const QByteArray &key : evidence.publicKeys) {
        keys.append(QString::fromLatin1(key.toBase64()));
    }
    QByteArray out =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("format"), QStringLiteral("promptdesk-audit-evidence")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("device"), evidence.device},
                {QStringLiteral("created_utc"), evidence.createdUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("public_keys"), keys},
                {QStringLiteral("events"), evidence.events.size()},
                {QStringLiteral("checkpoints"), evidence.checkpoints.size()},
            })
            .toJson(QJsonDocument::Compact) +
        '\n';
    for (const StoredAuditEvent &e : evidence.events) {
        QJsonObject o = auditEventToJson(e);
        o.insert(QStringLiteral("type"), QStringLiteral("event"));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    for (const AuditCheckpoint &cp : evidence.checkpoints) {
        out += QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("type"), QStringLiteral("checkpoint")},
                       {QStringLiteral("number"), cp.number},
                       {QStringLiteral("seq"), cp.sequence},
                       {QStringLiteral("hash"), hex(cp.hash)},
                       {QStringLiteral("time_utc"), cp.timeUtc.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("public_key"), QString::fromLatin1(cp.publicKey.toBase64())},
                       {QStringLiteral("signature"), QString::fromLatin1(cp.signature.toBase64())},
                   })
                   .toJson(QJsonDocument::Compact) +
               '\n';
    }
    return out;
}

Result<AuditEvidence> readAuditEvidence(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    const auto corrupt = [](const QString &why) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("This is not a readable evidence package: %1.").arg(why));
    };
    if (lines.isEmpty()) {
        return corrupt(QStringLiteral("it is empty"));
    }
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(lines.first(), &error);
    if (!header.isObject() || header.object().value(QLatin1String("format")).toString() !=
                                  QStringLiteral("promptdesk-audit-evidence")) {
        return corrupt(QStringLiteral("the first line is not an evidence header"));
    }
    if (header.object().value(QLatin1String("version")).toInt() != 1) {
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("The evidence package was written by a newer Promptdesk."));
    }
    AuditEvidence evidence;
    evidence.device = header.object().value(QLatin1String("device")).toString();
    evidence.createdUtc = QDateTime::fromString(
        header.object().value(QLatin1String("created_utc")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &key : header.object().value(QLatin1String("public_keys")).toArray()) {
        evidence.publicKeys.append(QByteArray::fromBase64(key.toString().toLatin1()));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty()) {
            continue;
        }
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i), &error);
        if (!line.isObject()) {
            return corrupt(QStringLiteral("line %1 is not JSON").arg(i + 1));
        }
        const QJsonObject o = line.object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QStringLiteral("event")) {
            Result<StoredAuditEvent> event = auditEventFromJson(o);
            if (!event) {
                return corrupt(QStringLiteral("line %1 is not a complete event").arg(i + 1));
            }
            evidence.events.append(std::move(event).value());
        } else if (type == QStringLiteral("checkpoint")) {
            AuditCheckpoint cp;
            cp.number = o.value(QLatin1String("number")).toInteger();
            cp.sequence = o.value(QLatin1String("seq")).toInteger();
            cp.hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
            cp.timeUtc = QDateTime::fromString(o.value(QLatin1String("time_utc")).toString(),
                                               Qt::ISODateWithMs)
                             .toUTC();
            cp.publicKey =
                QByteArray::fromBase64(o.value(QLatin1String("public_key")).toString().toLatin1());
            cp.signature =
                QByteArray::fromBase64(o.value(QLatin1String("signature")).toString().toLatin1());
            evidence.checkpoints.append(cp);
        } else {
            return corrupt(QStringLiteral("line %1 has an unknown type").arg(i + 1));
        }
    }
    return evidence;
}

AuditVerification verifyAuditEvidence(const AuditEvidence &evidence,
                                      const QList<QByteArray> &trustedKeys)
{
    AuditChainVerifier verifier({}, trustedKeys.isEmpty() ? evidence.publicKeys : trustedKeys,
                                evidence.checkpoints);
    QList<StoredAuditEvent> events = evidence.events;
    // The file's order is as exported; a reordered package is caught because each event's
    // sequence number and previous hash are covered by its hash.
    for (const StoredAuditEvent &e : events) {
        verifier.add(e);
    }
    AuditVerification report = verifier.finish();
    if (report.firstBadSequence < 0 && report.lastCheckpoint == 0 && !evidence.events.isEmpty()) {
        // Offline, the checkpoints are what ties the chain to the signing key.
        report.firstBadSequence = evidence.events.first().sequence;
        report.problem = QStringLiteral("no signed checkpoint covers these events");
        report.summary = QStringLiteral("%1/%2 events valid, but no signed checkpoint covers them")
                             .arg(report.valid)
                             .arg(report.total);
    } else if (report.firstBadSequence < 0) {
        report.summary.remove(QStringLiteral(" (MACs not checked: no keychain)"));
    }
    return report;
}

} // namespace promptdesk

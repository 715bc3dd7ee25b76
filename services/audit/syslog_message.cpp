#include "audit/syslog_message.h"

#include "audit/audit_export.h"
#include "audit/audit_fields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

// A number sent as text: exact to 64 bits (a double would round past 2^53), null otherwise.
QJsonValue integerFromText(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? QJsonValue(value) : QJsonValue();
}

constexpr int kFacilityLogAudit = 13;
const QByteArray kSdId = QByteArrayLiteral("promptdesk@32473");

// PRINTUSASCII without spaces, at most maxLength, "-" when empty (RFC 5424 section 6).
QByteArray headerField(const QString &value, int maxLength)
{
    QByteArray out;
    for (QChar c : value) {
        if (out.size() >= maxLength) {
            break;
        }
        const char16_t u = c.unicode();
        out.append(u > 32 && u < 127 ? static_cast<char>(u) : '_');
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

// PARAM-VALUE: UTF-8 with '"', '\' and ']' escaped by a backslash.
QByteArray paramValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size() + 4);
    for (char c : utf8) {
        if (c == '"' || c == '\\' || c == ']') {
            out.append('\\');
        }
        out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out;
}

QByteArray structuredData(const QJsonObject &fields)
{
    QByteArray sd = '[' + kSdId;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        QString value;
        if (it.value().isObject()) {
            value = QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        } else if (it.value().isDouble()) {
            value = QString::number(it.value().toInteger());
        } else {
            value = it.value().toString();
        }
        sd += ' ' + it.key().toLatin1().left(32) + "=\"" + paramValue(value) + '"';
    }
    return sd + ']';
}

QByteArray header(int severity, const QDateTime &timeUtc, const QString &device, qint64 pid,
                  const QString &msgId)
{
    return '<' + QByteArray::number(kFacilityLogAudit * 8 + severity) + ">1 " +
           timeUtc.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ' + headerField(device, 255) +
           " promptdesk " + QByteArray::number(pid) + ' ' + headerField(msgId, 32) + ' ';
}

} // namespace

QByteArray auditSyslogMessage(const StoredAuditEvent &stored, qint64 pid)
{
    const AuditEvent &e = stored.event;
    const bool warning = e.status.startsWith(QStringLiteral("error")) ||
                         e.status == QStringLiteral("blocked") ||
                         e.status == QStringLiteral("interrupted");
    QJsonObject fields = auditEventToJson(stored);
    fields.insert(QStringLiteral("type"), QStringLiteral("event"));
    return header(warning ? 4 : 6, stored.timeUtc, e.device, pid, e.action) +
           structuredData(fields) + " Promptdesk audit event #" +
           QByteArray::number(stored.sequence) + ' ' + headerField(e.action, 32) + ' ' +
           headerField(e.status, 64);
}

QByteArray checkpointSyslogMessage(const AuditCheckpoint &cp, const QString &device, qint64 pid)
{
    const QJsonObject fields{
        {QStringLiteral("type"), QStringLiteral("checkpoint")},
        {QStringLiteral("number"), cp.number},
        {QStringLiteral("seq"), cp.sequence},
        {QStringLiteral("hash"), QString::fromLatin1(cp.hash.toHex())},
        {QStringLiteral("time_utc"), cp.timeUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("public_key"), QString::fromLatin1(cp.publicKey.toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(cp.signature.toBase64())},
    };
    return header(6, cp.timeUtc, device, pid, QStringLiteral("checkpoint")) +
           structuredData(fields) + " Promptdesk audit checkpoint #" +
           QByteArray::number(cp.number);
}

QByteArray octetCountedFrame(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ' ' + message;
}

bool parseStructuredData(QByteArrayView message, QByteArrayView sdId,
                         QList<QPair<QString, QString>> *params)
{
    // Hand-written: a small state machine over RFC 5424's SD grammar; Qt has no syslog parser
    // and the Debian syslog libraries do not parse structured data.
    const QByteArray needle = '[' + sdId.toByteArray() + ' ';
    const qsizetype start = message.toByteArray().indexOf(needle);
    if (start < 0) {
        return false;
    }
    qsizetype i = start + needle.size();
    const qsizetype n = message.size();
    params->clear();
    while (i < n) {
        while (i < n && message[i] == ' ') {
            ++i;
        }
        if (i < n && message[i] == ']') {
            return true;
        }
        const qsizetype nameStart = i;
        while (i < n && message[i] != '=' && message[i] != ' ' && message[i] != ']' &&
               message[i] != '"') {
            ++i;
        }
        if (i + 1 >= n || message[i] != '=' || message[i + 1] != '"' || i == nameStart ||
            i - nameStart > 32) {
            return false;
        }
        const QString name = QString::fromLatin1(message.sliced(nameStart, i - nameStart));
        i += 2;
        QByteArray value;
        bool closed = false;
        while (i < n) {
            const char c = message[i];
            if (c == '\\' && i + 1 < n &&
                (message[i + 1] == '"' || message[i + 1] == '\\' || message[i + 1] == ']')) {
                value.append(message[i + 1]);
                i += 2;
                continue;
            }
            if (c == '"') {
                closed = true;
                ++i;
                break;
            }
            value.append(c);
            ++i;
        }
        if (!closed) {
            return false;
        }
        params->append({name, QString::fromUtf8(value)});
    }
    return false;
}

ForwardedAuditRecords parseForwardedAuditLines(const QByteArray &fileContent)
{
    ForwardedAuditRecords records;
    for (const QByteArray &line : fileContent.split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QList<QPair<QString, QString>> params;
        if (!parseStructuredData(line, kSdId, &params)) {
            ++records.skippedLines;
            continue;
        }
        QJsonObject o;
        for (const auto &[name, value] : params) {
            o.insert(name, value);
        }
        // Numbers and type counts travel as text in structured data; the JSON reader expects
        // numbers and an object.
        for (const AuditField &field : kAuditFields) {
            const QString key = QLatin1String(field.key);
            if (!o.contains(key)) {
                continue;
            }
            if (field.isInteger()) {
                o.insert(key, integerFromText(o.value(key).toString()));
            } else if (field.kind == AuditField::Kind::TypeCounts) {
                o.insert(key, QJsonDocument::fromJson(o.value(key).toString().toUtf8()).object());
            }
        }
        if (o.contains(QStringLiteral("number"))) { // a checkpoint's
            o.insert(QStringLiteral("number"),
                     integerFromText(o.value(QStringLiteral("number")).toString()));
        }
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("event")) {
            Result<StoredAuditEvent> event = auditEventFromJson(o);
            if (event) {
                records.events.append(std::move(event).value());
            } else {
                ++records.skippedLines;
            }
        } else if (type == QStringLiteral("checkpoint")) {
            AuditCheckpoint cp;
            cp.number = o.value(QStringLiteral("number")).toInteger();
            cp.sequence = o.value(QStringLiteral("seq")).toInteger();
            cp.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
            cp.timeUtc = QDateTime::fromString(o.value(QStringLiteral("time_utc")).toString(),
                                               Qt::ISODateWithMs)
                             .toUTC();
            cp.publicKey =
                QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
            cp.signature =
                QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
            records.checkpoints.append(cp);
        } else {
            ++records.skippedLines;
        }
    }
    return records;
}

} // namespace promptdesk

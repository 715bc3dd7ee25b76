#include "audit/audit_fields.h"

#include "core/type_counts_json.h"

namespace promptdesk {

QString auditTimeText(const QDateTime &timeUtc)
{
    return timeUtc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime auditTimeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // written without an offset: the log's times are UTC
    }
    return time.isValid() ? time.toUTC() : time;
}

QString auditCountsText(const QMap<QString, int> &counts)
{
    return typeCountsToJson(counts);
}

QMap<QString, int> auditCountsFromText(const QString &text)
{
    return typeCountsFromJson(text);
}

} // namespace promptdesk

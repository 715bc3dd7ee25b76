#include "core/type_counts_json.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

QString typeCountsToJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, int> typeCountsFromJson(const QString &json)
{
    QMap<QString, int> counts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        counts.insert(it.key(), it.value().toInt());
    }
    return counts;
}

} // namespace promptdesk

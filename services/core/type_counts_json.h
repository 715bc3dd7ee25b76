#pragma once

#include <QMap>
#include <QString>

namespace promptdesk {

// Per-type counts ({"EMAIL": 2}) as compact JSON with sorted keys, the form audit and
// history store them in.
QString typeCountsToJson(const QMap<QString, int> &counts);
QMap<QString, int> typeCountsFromJson(const QString &json);

} // namespace promptdesk

#pragma once

#include <QStringList>
#include <QStringView>

namespace promptdesk {

// Month names and their common abbreviations in en/de/fr/es/nl/it, lower case, longest first
// (so a regular-expression alternation built from them prefers "september" over "sep").
const QStringList &monthNames();

// True if `word` (any case, without a trailing period) is one of monthNames().
bool isMonthName(QStringView word);

} // namespace promptdesk

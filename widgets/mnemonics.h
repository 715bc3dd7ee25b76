#pragma once

#include <QSet>
#include <QString>

namespace promptdesk {

// Keyboard mnemonics (Alt+letter) for labels whose text comes from data, such as template
// names: puts '&' before the first letter not yet in `used` and records it there.
QString withMnemonic(const QString &text, QSet<QChar> &used);

} // namespace promptdesk

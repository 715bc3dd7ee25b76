#pragma once

#include <QString>

namespace promptdesk {

// What a user typed or a file held, for a message: control characters escaped and cut to
// `maxChars` (with "…"), so a 120 KB value is not echoed back whole.
QString shownInMessage(const QString &text, qsizetype maxChars = 60);

} // namespace promptdesk

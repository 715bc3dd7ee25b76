#pragma once

#include <QStringList>
#include <QStringView>

namespace promptdesk::context {

// Context cues shared by detectors: labels ("DOB:", "Passport number") and trigger words that
// decide whether an ambiguous number is personal data.

// The text of the line that ends at `pos`, at most `window` characters, case-folded.
QString lineBefore(QStringView text, qsizetype pos, qsizetype window = 48);

// True when one of `cues` (lower-case) occurs as a word in the `window` characters of the same
// line before `pos`.
bool cueBefore(QStringView text, qsizetype pos, const QStringList &cues, qsizetype window = 48);

// True when `c` may not touch an identifier: a letter, digit or '_' (word glue).
bool isGlue(QChar c);

// True when the span [start, end) is not glued to letters/digits on either side.
bool standsAlone(QStringView text, qsizetype start, qsizetype end);

} // namespace promptdesk::context

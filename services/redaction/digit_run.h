#pragma once

#include <QList>
#include <QStringView>

namespace promptdesk {

// A stretch of digit groups joined by separators, such as "+49 (30) 680796" or
// "4111-1111-1111-1111". Phone and card detection both start from one.
//
// Why hand-written and not a regular expression: a pattern like `[\d -]{13,}` is retried from
// every start position, which is quadratic on a megabyte of digits. This scanner reads each
// character a bounded number of times and skips a run as a whole once it is too long.
struct DigitGroup {
    qsizetype start = 0; // first digit
    qsizetype end = 0;   // one past the last digit
};

struct DigitRunOptions {
    QStringView separators;   // characters allowed between groups, e.g. u" -"
    bool parentheses = false; // "(030) 123", "+31 (0)6 ..."
    bool leadingPlus = false; // "+44 ..."
    int maxDigits = 19;       // more digits than this: the run is `tooLong`
    int maxGroups = 8;        // more groups than this: the run is `tooLong`
};

struct DigitRun {
    qsizetype start = 0; // first character (digit, '+' or '(')
    qsizetype end = 0;   // one past the last digit; the run as a whole when tooLong
    bool plus = false;
    bool openParen = false; // starts with '('
    bool tooLong = false;   // over the digit or group cap; groups are then incomplete
    QList<DigitGroup> groups;

    int digitCount() const;
    int digitCount(qsizetype firstGroup, qsizetype lastGroupExclusive) const;
};

class DigitRunScanner final {
public:
    // Whether a run may start at `pos` at all (a digit, or '+'/'(' before one). Inline: the
    // phone detector asks it for every character of the text.
    static bool canStart(QStringView text, qsizetype pos, const DigitRunOptions &options)
    {
        const char16_t c = text[pos].unicode();
        if (c >= u'0' && c <= u'9') {
            return true;
        }
        if ((c == u'+' && options.leadingPlus) || (c == u'(' && options.parentheses)) {
            return pos + 1 < text.size() && text[pos + 1].unicode() >= u'0' &&
                   text[pos + 1].unicode() <= u'9';
        }
        return false;
    }
    // Reads the run starting at `pos`; canStart(text, pos) must hold. run.end > pos.
    static DigitRun scan(QStringView text, qsizetype pos, const DigitRunOptions &options);
};

// True when `c` is a decimal digit 0-9 (ASCII only: other scripts' digits are not numbers
// users type into these fields, and QChar::isDigit would accept them).
inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Letters, digits and '_' glue tokens together: "INV555", "v2_1234".
inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace promptdesk

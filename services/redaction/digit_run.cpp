#include "redaction/digit_run.h"

namespace promptdesk {

int DigitRun::digitCount() const
{
    return digitCount(0, groups.size());
}

int DigitRun::digitCount(qsizetype firstGroup, qsizetype lastGroupExclusive) const
{
    qsizetype count = 0;
    for (qsizetype i = firstGroup; i < lastGroupExclusive; ++i) {
        count += groups[i].end - groups[i].start;
    }
    return static_cast<int>(count);
}

DigitRun DigitRunScanner::scan(QStringView text, qsizetype pos, const DigitRunOptions &options)
{
    DigitRun run;
    run.start = pos;
    qsizetype i = pos;
    const qsizetype size = text.size();
    if (text[i] == QLatin1Char('+')) {
        run.plus = true;
        ++i;
    } else if (text[i] == QLatin1Char('(')) {
        run.openParen = true;
    }
    int parenDepth = 0;
    int digits = 0;
    while (i < size) {
        if (isAsciiDigit(text[i])) {
            const qsizetype groupStart = i;
            while (i < size && isAsciiDigit(text[i])) {
                ++i;
            }
            digits += static_cast<int>(i - groupStart);
            run.end = i;
            if (!run.tooLong) {
                run.groups.append(DigitGroup{groupStart, i});
                run.tooLong = digits > options.maxDigits || run.groups.size() > options.maxGroups;
                if (run.tooLong) {
                    run.groups.clear(); // a too-long run is skipped whole, never split
                }
            }
            continue;
        }
        // Between groups: at most two characters, at most one of them a separator and at
        // most one a parenthesis ("-", " ", ") ", " (", "/"), and a digit must follow.
        qsizetype j = i;
        int separatorsSeen = 0;
        int parensSeen = 0;
        int depth = parenDepth;
        bool valid = true;
        while (j < size && j - i < 2 && !isAsciiDigit(text[j])) {
            const QChar c = text[j];
            if (options.separators.contains(c)) {
                ++separatorsSeen;
            } else if (options.parentheses && c == QLatin1Char('(') && depth == 0) {
                ++parensSeen;
                ++depth;
            } else if (options.parentheses && c == QLatin1Char(')') && depth == 1) {
                ++parensSeen;
                --depth;
            } else {
                valid = false;
                break;
            }
            ++j;
        }
        if (!valid || j == i || separatorsSeen > 1 || parensSeen > 1 || j >= size ||
            !isAsciiDigit(text[j])) {
            break;
        }
        parenDepth = depth;
        i = j;
    }
    if (run.end <= pos) {
        run.end = i; // cannot happen with canStart(), kept so callers always advance
    }
    return run;
}

} // namespace promptdesk

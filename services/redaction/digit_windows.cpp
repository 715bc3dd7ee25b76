#include "redaction/digit_windows.h"

#include "redaction/char_range_scan.h"

namespace promptdesk {

QList<DigitWindow> digitWindows(QStringView text, qsizetype reach)
{
    // Every pattern here holds a digit, and no match is longer than `reach` characters, so a
    // match lies within `reach` of one of its digits. Windows start and end next to
    // whitespace, so look-arounds at their edges see what they would see in the full text;
    // a token without whitespace near is taken whole up to kToken characters.
    constexpr qsizetype kToken = 128;
    constexpr qsizetype kSnap = 48;
    QList<DigitWindow> windows;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    qsizetype p = 0;
    while ((p = findCharInRange(text.utf16(), p, size, u'0', u'9')) < size) {
        qsizetype start = qMax<qsizetype>(0, p - reach);
        const qsizetype floor = qMax<qsizetype>(0, start - kSnap);
        while (start > floor && !data[start - 1].isSpace()) {
            --start;
        }
        if (start > 0 && !data[start - 1].isSpace()) {
            start = p; // no whitespace near: start at the digit's token
            while (start > 0 && !data[start - 1].isSpace() && p - start < kToken) {
                --start;
            }
        }
        qsizetype end = qMin(size, p + reach);
        const qsizetype ceiling = qMin(size, end + kSnap);
        while (end < ceiling && !data[end].isSpace()) {
            ++end;
        }
        if (!windows.isEmpty() && start <= windows.last().end) {
            windows.last().end = qMax(windows.last().end, end);
        } else {
            windows.append(DigitWindow{start, end});
        }
        // Skip ahead: digits inside this window extend it from their own position.
        p = qMax(p + 1, end - reach);
    }
    return windows;
}

} // namespace promptdesk

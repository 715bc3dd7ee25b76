#pragma once

#include <QList>
#include <QStringView>

namespace promptdesk {

// A stretch of text within reach of a digit; the pattern detectors only search there.
struct DigitWindow {
    qsizetype start = 0;
    qsizetype end = 0;
};

// The stretches of `text` within `reach` characters of a digit, merged, in order.
QList<DigitWindow> digitWindows(QStringView text, qsizetype reach);

} // namespace promptdesk

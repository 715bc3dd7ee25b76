#pragma once

#include <QList>
#include <QString>

namespace promptdesk {

// A stretch of text that holds personal data. Offsets are QString (UTF-16) indices,
// half-open; the CLI converts them to code points at its edge.
struct PiiSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    QString type;     // type name as in shared/eval/README.md: EMAIL, PHONE, CREDIT_CARD, ...
    QString detector; // name of the detector that found it

    qsizetype length() const { return end - start; }
    bool overlaps(const PiiSpan &other) const { return start < other.end && other.start < end; }
};

} // namespace promptdesk

#pragma once

#include "redaction/detector.h"

namespace promptdesk {

// Phone numbers in international form (+44 ..., 0044 ...) and in the national forms of the
// US, UK, Germany, France, Spain, the Netherlands and Italy.
//
// A linear scanner (digit_run.h) proposes candidates, cheap shape rules drop dates, times,
// prices, versions, IDs and order numbers, and libphonenumber decides whether the digits are a
// number that can exist. libphonenumber's own PhoneNumberMatcher is not used: it took seconds
// per megabyte in our measurements and is quadratic on long digit strings.
class PhoneDetector final : public Detector {
public:
    QString name() const override { return QStringLiteral("phone"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;
};

} // namespace promptdesk

#pragma once

#include "redaction/detector.h"

namespace promptdesk {

// Pasted tables (CSV, semicolon-separated, tab-separated): a header row names the columns
// ("name", "city", "dob", "plate", "address", or their German, French, Spanish, Dutch and
// Italian equivalents), and every cell below a personal-data column is reported with that
// column's type. Phone, e-mail and id columns are left to their own detectors.
class TableColumnDetector final : public Detector {
public:
    QString name() const override { return QStringLiteral("table-columns"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;

    // The type a header cell announces, or an empty string. Exposed for tests.
    static QString typeForHeader(QStringView header);
};

} // namespace promptdesk

#pragma once

#include "redaction/detector.h"

namespace promptdesk {

// E-mail addresses, including plus-tags (jane+receipts@example.com) and internationalised
// letters; trailing punctuation is left out.
class EmailDetector final : public Detector {
public:
    QString name() const override { return QStringLiteral("email"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;
};

} // namespace promptdesk

#pragma once

#include "redaction/detector.h"

namespace promptdesk {

// Payment card numbers: 13-19 digits written compact, spaced or dashed, that pass the Luhn
// check and start with an issuer prefix in use (Visa, Mastercard, Amex, Discover, JCB,
// Diners, Maestro, UnionPay).
class CardNumberDetector final : public Detector {
public:
    QString name() const override { return QStringLiteral("card"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;

    // Exposed for tests and for a later validator registry.
    static bool passesLuhn(QStringView digits);
    static bool hasKnownIssuerPrefix(QStringView digits);
};

} // namespace promptdesk

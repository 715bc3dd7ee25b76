#pragma once

#include "redaction/regex_detector.h"

#include <QSet>

namespace promptdesk {

// Street addresses in the conventions of the six languages: "1189 W 42nd St, Unit 5, Austin,
// TX 78701", "Flat 4, 75 Queen Street, Leeds LS20 9QU", "Hauptstraße 58, 40610 Düsseldorf",
// "14 bis rue de Rivoli, 75001 Paris", "Calle de Alcalá, 30, 2º D, 28014 Madrid",
// "Keizersgracht 131-II, 1015 CJ Amsterdam", "Via Roma, 70 - 20149 Milano (MI)".
class AddressDetector final : public RegexDetector {
public:
    AddressDetector();
};

// City names on their own, from a gazetteer of the larger cities of the US, UK, Germany,
// France, Spain, the Netherlands and Italy (local and English spellings). Case-sensitive:
// "nice" and "reading" are words; a city followed by another capitalised word ("the Paris
// Flex fare") is taken as part of a product name and left alone.
class LocationDetector final : public Detector {
public:
    LocationDetector();
    QString name() const override { return QStringLiteral("location"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;

    static const QSet<QString> &cities();

private:
    int m_maxWords = 1;
};

} // namespace promptdesk

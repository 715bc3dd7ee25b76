#pragma once

#include "redaction/detector.h"

#include <QHash>

namespace promptdesk {

// Person names in en/de/fr/es/nl/it text. Words are looked up in given-name and surname lists
// (resources/names, shipped as Qt resources) and in small tables of titles (Mr., Herr, Mme),
// labels ("Name:", "Fahrer:", "Autista:"), greetings, chat-speaker and signature positions.
// A run of capitalised (or ALL CAPS) words is a name when it holds a listed name, or when such
// a cue stands before it; lower-case runs need every word listed or a label. A name found
// once also marks its words elsewhere in the same text ("Daniel Williams ... Williams said").
// Titles are not part of the span. "Last, First" is one span.
class PersonNameDetector final : public Detector {
public:
    PersonNameDetector();

    QString name() const override { return QStringLiteral("person"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;

    // Word classes; a word may have several.
    enum Flag : quint16 {
        Given = 1 << 0,
        Surname = 1 << 1,
        Particle = 1 << 2,  // van, de, von, 't, della...
        Stop = 1 << 3,      // capitalised words that are not names: The, Driver, Monday...
        Title = 1 << 4,     // Mr, Frau, Mme, Sra, Dhr, Sig...
        Label = 1 << 5,     // words that introduce a name: name, driver, fahrer, autista...
        Greeting = 1 << 6,  // hi, hallo, bonjour, hola, hoi, ciao...
        Ambiguous = 1 << 7, // given names that are also words: May, Will, Summer
        Role = 1 << 8,      // chat roles that are not names: User, Rider, Agent...
        Closing = 1 << 9,   // regards, grüße, cordialement... (signature block follows)
    };

    quint16 flagsOf(QStringView word) const; // word in any case

private:
    QHash<QString, quint16> m_words; // case-folded word -> flags
};

} // namespace promptdesk

#include "redaction/place_detectors.h"

#include <QStringList>

namespace promptdesk {

namespace {

// Building blocks, all bounded (no nested unbounded repetition).
const QString kCap = QStringLiteral(R"([\p{Lu}][\p{L}'’.]{0,24}(?:-[\p{L}][\p{L}'’.]{0,20}){0,3})");
const QString kParticle = QStringLiteral(
    R"((?:de|del|de la|de los|de las|des|du|de l'|d'|la|le|les|di|da|della|dei|degli|delle|van|van de|van der|van den|der|den|von|am|an der|im|aan|het|'t|y|e|sur|sous|en|al|alla))");
// A street name: capitalised words, roman numerals, ordinals, and lower-case particles.
const QString kName =
    QStringLiteral(
        R"((?:(?:%1)[ ])?(?:%2|[IVXL]{1,5}|[0-9]{1,3}(?:st|nd|rd|th))(?:[ ](?:(?:%1)[ ])?(?:%2|[0-9]{1,3}(?:st|nd|rd|th))){0,4})")
        .arg(kParticle, kCap);
const QString kCity = QStringLiteral(
    R"((?:'s-)?[\p{Lu}][\p{L}'’-]{1,24}(?:[ ](?:am|an der|sur|en|de|di|del)[ ][\p{Lu}][\p{L}-]{1,20}|[ ][\p{Lu}][\p{L}'’-]{1,20}){0,2})");
const QString kLeft = QStringLiteral(R"((?<![\w-]))");
const QString kRight = QStringLiteral(R"((?![\w]))");

QString englishAddress()
{
    const QString suffix = QStringLiteral(
        R"((?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Ter|Close|Crescent|Cres|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Grove|Hill|Walk|Circle|Cir|Trail|Mews|Parade|Broadway|Plaza|Loop|Path|Pike|Alley|Quay|Wharf|Green|Rise|View)\.?)");
    const QString unit = QStringLiteral(
        R"((?:,?[ ](?:Apt|Apartment|Unit|Suite|Ste|Floor|Fl|Room|Rm)\.?[ ]?#?[\w-]{1,6}|[ ]?#[ ]?[0-9]{1,5}[A-Z]?))");
    const QString usTail =
        QStringLiteral(R"((?:,[ ]%1,?[ ][A-Z]{2}[ ][0-9]{5}(?:-[0-9]{4})?))").arg(kCity);
    const QString ukTail =
        QStringLiteral(R"((?:,[ ]%1,?[ ][A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}))").arg(kCity);
    const QString cityOnly = QStringLiteral(R"((?:,[ ]%1(?=[.;\n]|$)))").arg(kCity);
    const QString flat =
        QStringLiteral(R"((?:(?:Flat|Apartment|Apt|Unit|Suite)[ ][0-9]{1,4}[A-Z]?,[ ])?)");
    return kLeft + flat +
           QStringLiteral(
               R"([0-9]{1,5}[A-Z]?[ ](?:[NSEW]\.?[ ]|North[ ]|South[ ]|East[ ]|West[ ])?(?:)") +
           kName + QStringLiteral(R"([ ])") + suffix + QStringLiteral(R"(|Broadway))") + unit +
           QStringLiteral("?(?:") + usTail + QLatin1Char('|') + ukTail + QLatin1Char('|') +
           cityOnly + QStringLiteral(")?") + kRight;
}

QString germanOrDutchAddress()
{
    // Compound street names end in a street word: Hauptstraße, Lindenweg, Keizersgracht.
    const QString compound = QStringLiteral(
        R"([\p{Lu}][\p{L}]{0,30}(?:-[\p{L}]{1,20}){0,3}-?(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|pfad|steig|markt|kai|Allee|Straße|Weg|Platz|Ring|Damm|straat|laan|plein|gracht|kade|singel|dijk|dreef|hof|steeg|pad|park|plantsoen|wal|burgwal|haven))");
    // Two words: "Rosenheimer Str.", "Lange Voorhout", "Witte de Withstraat", "Am Markt".
    const QString twoWords = QStringLiteral(
        R"((?:[\p{Lu}][\p{L}]{1,30}[ ](?:Straße|Str\.|Strasse|Weg|Platz|Allee|Ring|Damm|Ufer|Gasse|Chaussee)|[\p{Lu}][\p{L}]{1,20}[ ](?:de|van|der|den|het|'t|am|an|im)[ ][\p{Lu}][\p{L}]{0,30}(?:straat|gracht|laan|weg|plein|kade|straße|strasse|weg|platz|allee)|Lange[ ][\p{Lu}][\p{L}]{1,20}|Korte[ ][\p{Lu}][\p{L}]{1,20}|Am[ ][\p{Lu}][\p{L}]{1,20}|An[ ]der[ ][\p{Lu}][\p{L}]{1,20}))");
    const QString number = QStringLiteral(
        R"([0-9]{1,4}(?:[ ]?[a-zA-Z](?![\w]))?(?:-(?:I{1,3}|[0-9]{1,3}|hoog|bis))?(?:[ ](?:huis|hs|bis))?)");
    const QString tail =
        QStringLiteral(R"((?:,[ ](?:[0-9]{5}|[0-9]{4}[ ]?[A-Z]{2})[ ]%1)?)").arg(kCity);
    // A compound is followed by " <digit>" (the number): the look-ahead checks that first, in
    // one pass over the word, instead of backing off letter by letter to try every street
    // word at each capitalised word of the text. It changes no match.
    const QString compoundThenNumber =
        QStringLiteral(R"((?=[\p{Lu}][\p{L}-]{0,110}\.?[ ][0-9]))") + compound;
    return kLeft + QStringLiteral("(?:") + compoundThenNumber + QLatin1Char('|') + twoWords +
           QStringLiteral(R"()[ ])") + number + tail + kRight;
}

QString frenchAddress()
{
    const QString way = QStringLiteral(
        R"((?:rue|avenue|av\.|boulevard|bd|impasse|place|allée|allee|chemin|quai|cours|route|square|passage|voie|esplanade|faubourg|rond-point|sentier|villa|cité|Rue|Avenue|Boulevard|Impasse|Place|Allée|Chemin|Quai|Cours|Route))");
    const QString nameFr = QStringLiteral(
        R"((?:(?:de la|de l'|du|des|de|d'|la|le|les)[ ]?)?[\p{Lu}0-9][\p{L}0-9'’-]{0,30}(?:[ ](?:(?:de la|du|des|de|d'|la|le|les)[ ]?)?[\p{Lu}][\p{L}'’-]{0,30}){0,3})");
    const QString tail = QStringLiteral(R"((?:,[ ][0-9]{5}[ ]%1)?)").arg(kCity);
    return kLeft + QStringLiteral(R"([0-9]{1,4}(?:[ ]?(?:bis|ter|quater|[A-D](?![\w])))?,?[ ])") +
           way + QStringLiteral(R"([ ])") + nameFr + tail + kRight;
}

QString southernAddress()
{
    // Spanish, Catalan and Italian: the street word comes first, the number after the name.
    const QString way = QStringLiteral(
        R"((?:Calle|C/|Avenida|Avda\.|Av\.|Plaza|Pza\.|Paseo|Pº|Ronda|Rambla|Camino|Carrera|Travesía|Glorieta|Carretera|Avinguda|Carrer|Passeig|Plaça|Via|Viale|Corso|Piazza|Piazzale|Largo|Vicolo|Lungomare|Lungotevere|Strada|Contrada|Borgo|Salita))");
    const QString nameS = QStringLiteral(
        R"((?:(?:de la|de los|de las|del|de|dei|degli|delle|della|di|da)[ ])?[\p{Lu}0-9][\p{L}0-9'’.-]{0,30}(?:[ ](?:(?:de la|de los|de las|del|de|dei|degli|della|delle|di|da|y|e)[ ])?[\p{Lu}0-9][\p{L}'’.-]{0,30}){0,3})");
    const QString number = QStringLiteral(
        R"(,?[ ](?:n\.?[ ]?º?[ ]?)?[0-9]{1,4}(?:[ ]?[a-zA-Z](?![\w]))?(?:/[A-Za-z0-9]{1,3})?)");
    const QString floor = QStringLiteral(
        R"((?:,[ ][0-9]{1,2}[ ]?[º°ª][ ]?(?:[A-Z](?![\w]))?(?:[ ]?(?:izq|dcha)\.?)?)?)");
    const QString tail =
        QStringLiteral(R"((?:(?:,|[ ][-–])[ ][0-9]{5}[ ]%1(?:[ ]\([A-Z]{2}\))?)?)").arg(kCity);
    return kLeft + way + QStringLiteral(R"([ ])") + nameS + number + floor + tail + kRight;
}

} // namespace

AddressDetector::AddressDetector()
    : RegexDetector(QStringLiteral("address"), 1, QStringLiteral("ADDRESS"))
{
    const auto trimmed = [](QStringView text, qsizetype start, qsizetype end) {
        Q_UNUSED(text)
        return end - start >= 6;
    };
    addRule(englishAddress(), trimmed);
    addRule(germanOrDutchAddress(), trimmed);
    addRule(frenchAddress(), trimmed);
    addRule(southernAddress(), trimmed);
}

const QSet<QString> &LocationDetector::cities()
{
    static const QSet<QString> set = [] {
        // Larger cities of the seven countries, in local and English spelling. Names that are
        // also common words, given names or surnames (Nancy, Florence, Charlotte, Washington,
        // Reading, Essen) are left out.
        const char16_t *const names[] = {
            // US
            u"New York", u"New York City", u"Los Angeles", u"Chicago", u"Houston", u"Phoenix",
            u"Philadelphia", u"San Antonio", u"San Diego", u"Dallas", u"San Jose", u"Austin",
            u"Jacksonville", u"San Francisco", u"Fort Worth", u"Indianapolis", u"Seattle",
            u"Denver", u"Boston", u"El Paso", u"Nashville", u"Detroit", u"Oklahoma City",
            u"Portland", u"Las Vegas", u"Memphis", u"Louisville", u"Baltimore", u"Milwaukee",
            u"Albuquerque", u"Tucson", u"Fresno", u"Sacramento", u"Kansas City", u"Atlanta",
            u"Miami", u"Oakland", u"Minneapolis", u"Tulsa", u"Cleveland", u"New Orleans", u"Tampa",
            u"Honolulu", u"Pittsburgh", u"Cincinnati", u"St. Louis", u"Salt Lake City", u"Brooklyn",
            u"Manhattan", u"Newark", u"Buffalo", u"Raleigh", u"Anchorage",
            // UK
            u"London", u"Birmingham", u"Manchester", u"Liverpool", u"Leeds", u"Glasgow",
            u"Edinburgh", u"Bristol", u"Sheffield", u"Newcastle", u"Nottingham", u"Leicester",
            u"Cardiff", u"Belfast", u"Southampton", u"Brighton", u"Oxford", u"Cambridge",
            u"Aberdeen", u"Coventry", u"York", u"Plymouth", u"Dundee", u"Swansea",
            // DE
            u"Berlin", u"Hamburg", u"München", u"Munich", u"Köln", u"Cologne", u"Frankfurt",
            u"Frankfurt am Main", u"Stuttgart", u"Düsseldorf", u"Dortmund", u"Leipzig", u"Bremen",
            u"Dresden", u"Hannover", u"Nürnberg", u"Nuremberg", u"Duisburg", u"Bochum",
            u"Wuppertal", u"Bielefeld", u"Bonn", u"Münster", u"Karlsruhe", u"Mannheim", u"Augsburg",
            u"Wiesbaden", u"Mainz", u"Kiel", u"Freiburg", u"Heidelberg", u"Potsdam", u"Rostock",
            u"Regensburg",
            // FR
            u"Paris", u"Marseille", u"Lyon", u"Toulouse", u"Nice", u"Nantes", u"Strasbourg",
            u"Montpellier", u"Bordeaux", u"Lille", u"Rennes", u"Reims", u"Toulon", u"Grenoble",
            u"Dijon", u"Angers", u"Nîmes", u"Le Havre", u"Brest", u"Limoges", u"Clermont-Ferrand",
            u"Amiens", u"Metz", u"Besançon", u"Orléans", u"Rouen", u"Caen", u"Avignon",
            u"Marseilles", u"Lyons",
            // ES
            u"Madrid", u"Barcelona", u"Valencia", u"Sevilla", u"Seville", u"Zaragoza", u"Málaga",
            u"Malaga", u"Murcia", u"Palma", u"Palma de Mallorca", u"Bilbao", u"Alicante",
            u"Córdoba", u"Valladolid", u"Vigo", u"Gijón", u"A Coruña", u"La Coruña", u"Granada",
            u"Vitoria", u"Elche", u"Oviedo", u"Santander", u"Pamplona", u"San Sebastián",
            u"Donostia", u"Salamanca", u"Cádiz", u"Toledo", u"Las Palmas",
            u"Santa Cruz de Tenerife", u"Tarragona", u"Girona",
            // NL
            u"Amsterdam", u"Rotterdam", u"Den Haag", u"The Hague", u"Utrecht", u"Eindhoven",
            u"Groningen", u"Tilburg", u"Almere", u"Breda", u"Nijmegen", u"Apeldoorn", u"Haarlem",
            u"Arnhem", u"Enschede", u"Amersfoort", u"Zaanstad", u"Zwolle", u"'s-Hertogenbosch",
            u"Den Bosch", u"Leiden", u"Maastricht", u"Dordrecht", u"Delft", u"Alkmaar",
            u"Leeuwarden", u"Deventer", u"Schiedam",
            // IT
            u"Roma", u"Rome", u"Milano", u"Milan", u"Napoli", u"Naples", u"Torino", u"Turin",
            u"Palermo", u"Genova", u"Genoa", u"Bologna", u"Firenze", u"Bari", u"Catania",
            u"Venezia", u"Venice", u"Verona", u"Messina", u"Padova", u"Padua", u"Trieste",
            u"Brescia", u"Parma", u"Taranto", u"Prato", u"Modena", u"Reggio Calabria",
            u"Reggio Emilia", u"Perugia", u"Livorno", u"Cagliari", u"Bergamo", u"Pisa", u"Salerno",
            u"Trento", u"Ancona", u"Lecce"};
        QSet<QString> s;
        for (const char16_t *name : names) {
            s.insert(QString::fromUtf16(name));
        }
        return s;
    }();
    return set;
}

LocationDetector::LocationDetector()
{
    for (const QString &city : cities()) {
        m_maxWords = qMax(m_maxWords, static_cast<int>(city.count(QLatin1Char(' '))) + 1);
    }
}

QList<PiiSpan> LocationDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    const QSet<QString> &set = cities();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        const bool startsName = c.isUpper() || (c == QLatin1Char('\'') && i + 2 < size &&
                                                text[i + 1] == QLatin1Char('s'));
        if (!startsName ||
            (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == QLatin1Char('-') ||
                       text[i - 1] == QLatin1Char('@') || text[i - 1] == QLatin1Char('.')))) {
            ++i;
            continue;
        }
        // Word ends after letters, apostrophes, dots and hyphens.
        qsizetype bestEnd = -1;
        qsizetype end = i;
        for (int words = 0; words < m_maxWords; ++words) {
            qsizetype j = end;
            if (words > 0) {
                if (j >= size || text[j] != QLatin1Char(' ')) {
                    break;
                }
                ++j;
            }
            const qsizetype wordStart = j;
            while (j < size && (text[j].isLetter() || text[j] == QLatin1Char('\'') ||
                                text[j] == QLatin1Char('-') || text[j] == QLatin1Char('.'))) {
                ++j;
            }
            if (j == wordStart) {
                break;
            }
            end = j;
            qsizetype candidateEnd = end;
            while (candidateEnd > i && (text[candidateEnd - 1] == QLatin1Char('.') ||
                                        text[candidateEnd - 1] == QLatin1Char('-'))) {
                --candidateEnd; // "…in Paris." ends a sentence
            }
            // Looked up through a QString that borrows the text: no copy per candidate.
            if (set.contains(QString::fromRawData(text.data() + i, candidateEnd - i))) {
                bestEnd = candidateEnd;
            }
        }
        if (bestEnd < 0) {
            ++i;
            while (i < size && text[i].isLetter()) {
                ++i;
            }
            continue;
        }
        // Part of a product or organisation name: "the Paris Flex fare".
        const bool followedByName =
            bestEnd + 1 < size && text[bestEnd] == QLatin1Char(' ') && text[bestEnd + 1].isUpper();
        if (!followedByName && (bestEnd >= size || !text[bestEnd].isLetterOrNumber())) {
            spans.append(PiiSpan{i, bestEnd, QStringLiteral("LOCATION"), name()});
        }
        i = bestEnd;
    }
    return spans;
}

} // namespace promptdesk

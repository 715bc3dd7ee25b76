#include "person_name_detector.h"

#include "logging.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <vector>

namespace promptdesk {

namespace {

enum class Casing : quint8 { Lower, Cap, Upper, Other };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    quint16 flags = 0;
    Casing casing = Casing::Other;
    bool initial = false; // "K."
    qsizetype lineStart = 0;
};

constexpr quint16 kKnown = PersonNameDetector::Given | PersonNameDetector::Surname;

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Plain loops for the checks made at every word or candidate name: QStringView's contains()
// and startsWith() take Qt's general string-search path, a tenth of this detector's time.
bool containsChar(QStringView s, char16_t c)
{
    return std::find(s.utf16(), s.utf16() + s.size(), c) != s.utf16() + s.size();
}

bool startsWithPair(QStringView s, char16_t a, char16_t b)
{
    return s.size() >= 2 && s[0] == QChar(a) && s[1] == QChar(b);
}

bool endsWithPair(QStringView s, char16_t a, char16_t b)
{
    return s.size() >= 2 && s[s.size() - 2] == QChar(a) && s[s.size() - 1] == QChar(b);
}

// Reads the word at `pos` (a letter, or the particle "'t"): letters joined by single
// hyphens or apostrophes ("García-López", "O'Brien"). Returns its end.
qsizetype wordEnd(QStringView text, qsizetype pos)
{
    const qsizetype size = text.size();
    qsizetype i = pos;
    if (isApostrophe(text[i])) {
        ++i; // "'t"
    }
    while (i < size) {
        // Combining marks (U+0300 and above) are rare: QChar::isMark is not inlined.
        if (text[i].isLetter() || (text[i].unicode() >= 0x300 && text[i].isMark())) {
            ++i;
        } else if ((text[i] == QLatin1Char('-') || isApostrophe(text[i])) && i + 1 < size &&
                   text[i + 1].isLetter() && i > pos) {
            ++i;
        } else {
            break;
        }
    }
    return i;
}

Casing casingOf(QStringView word)
{
    bool anyUpper = false;
    bool anyLower = false;
    for (const QChar c : word) {
        anyUpper |= c.isUpper();
        anyLower |= c.isLower();
    }
    qsizetype first = 0;
    while (first < word.size() && !word[first].isLetter()) {
        ++first;
    }
    if (first >= word.size()) {
        return Casing::Other;
    }
    if (anyUpper && !anyLower && word.size() - first >= 2) {
        return Casing::Upper;
    }
    if (word[first].isUpper()) {
        return Casing::Cap;
    }
    return Casing::Lower;
}

QString fold(QStringView word)
{
    QString out = word.toString().toCaseFolded();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}

// fold(word) for a lookup. Every word of the text is looked up, so a word of the Basic
// Multilingual Plane (nearly all) is folded character by character into the object's own
// buffer (the same as QString::toCaseFolded, which folds each character on its own) and seen
// through a QString that borrows it: no allocation. Not copyable: that QString points into
// the buffer.
class FoldedWord final {
public:
    explicit FoldedWord(QStringView word)
    {
        bool simple = word.size() <= kCapacity;
        for (qsizetype i = 0; simple && i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            if (c < 0x80) {
                m_buffer[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
                m_hyphen |= c == u'-';
            } else if (c == 0x2019) {
                m_buffer[i] = u'\''; // as fold() does
            } else {
                simple = !QChar::isSurrogate(c);
                m_buffer[i] = char16_t(QChar::toCaseFolded(char32_t(c)));
            }
        }
        if (simple) {
            m_string = QString::fromRawData(reinterpret_cast<const QChar *>(m_buffer), word.size());
        } else {
            m_string = fold(word);
            m_hyphen = m_string.contains(QLatin1Char('-'));
        }
    }
    Q_DISABLE_COPY_MOVE(FoldedWord)

    const QString &str() const { return m_string; }
    bool hasHyphen() const { return m_hyphen; }

private:
    static constexpr qsizetype kCapacity = 48;
    char16_t m_buffer[kCapacity];
    QString m_string;
    bool m_hyphen = false;
};

void addWords(QHash<QString, quint16> &words, quint16 flag,
              std::initializer_list<const char16_t *> list)
{
    for (const char16_t *w : list) {
        words[fold(QString::fromUtf16(w))] |= flag;
    }
}

void loadList(QHash<QString, quint16> &words, const QString &path, quint16 flag)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRedaction) << "name list missing:" << path;
        return;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#'))) {
            words[fold(word)] |= flag;
        }
    }
}

} // namespace

PersonNameDetector::PersonNameDetector()
{
    static const char *const languages[] = {"en", "de", "fr", "es", "nl", "it"};
    for (const char *lang : languages) {
        const QString base = QStringLiteral(":/names/") + QLatin1String(lang);
        loadList(m_words, base + QStringLiteral("/given.txt"), Given);
        loadList(m_words, base + QStringLiteral("/surnames.txt"), Surname);
    }
    addWords(m_words, Particle, {u"van", u"de",  u"der", u"den", u"von", u"zu",  u"vom",   u"'t",
                                 u"ter", u"ten", u"te",  u"la",  u"le",  u"del", u"della", u"dello",
                                 u"di",  u"da",  u"dos", u"das", u"du",  u"des", u"y",     u"i",
                                 u"al",  u"el",  u"bin", u"ibn", u"mac", u"st",  u"af"});
    addWords(
        m_words, Ambiguous,
        {u"may",     u"will",      u"summer",   u"june",     u"april",    u"august",   u"grace",
         u"hope",    u"joy",       u"faith",    u"rose",     u"mark",     u"bill",     u"art",
         u"amber",   u"dawn",      u"iris",     u"ruby",     u"hunter",   u"chase",    u"lane",
         u"ray",     u"guy",       u"jack",     u"frank",    u"sunny",    u"river",    u"sky",
         u"storm",   u"ben",       u"jan",      u"mai",      u"juni",     u"juli",     u"rosa",
         u"ángel",   u"angel",     u"paris",    u"florence", u"nancy",    u"victoria", u"pierre",
         u"clément", u"constance", u"prudence", u"felicity", u"patience", u"don",      u"dean",
         u"drew",    u"sue",       u"pat",      u"bob",      u"rich",     u"max",      u"roger",
         u"marine",  u"claire",    u"marc",     u"marie",    u"olive",    u"violet",   u"bruno",
         u"brown",   u"white",     u"long",     u"young",    u"king",     u"green",    u"black",
         u"hill",    u"wood",      u"price",    u"bell",     u"cook",     u"baker",    u"parker",
         u"hall",    u"church",    u"park",     u"street",   u"martin",   u"thomas",   u"paul",
         u"simon",   u"lang",      u"klein",    u"winter",   u"sommer",   u"koch",     u"bauer",
         u"fuchs",   u"vogel",     u"wolf",     u"hahn",     u"berg",     u"stein",    u"horn",
         u"busch",   u"engel",     u"graf",     u"kraft",    u"jung",     u"lange",    u"marx",
         u"brand",   u"nagel",     u"bock",     u"otto",     u"ernst",    u"sala",     u"villa",
         u"conte",   u"costa",     u"serra",    u"gallo",    u"bianco",   u"leone",    u"fiore",
         u"pace",    u"testa",     u"guerra",   u"riva",     u"rocca",    u"bos",      u"vos",
         u"kok",     u"maas",      u"groen",    u"prins",    u"koning",   u"zwart",    u"brink",
         u"vink",    u"ros",       u"blanco",   u"mora",     u"vega",     u"campos",   u"cruz",
         u"flores",  u"león",      u"leon",     u"santiago", u"pastor",   u"franco",   u"sierra",
         u"montes",  u"marcos",    u"soler",    u"rey",      u"robin",    u"henry",    u"noël",
         u"denis",   u"roy",       u"baron",    u"charles",  u"germain",  u"breton",   u"jacob",
         u"gay",     u"julien",    u"antoine",  u"daniel",   u"louis",    u"colin",    u"adam",
         u"lucas",   u"olivier",   u"philippe", u"pierre",   u"jean",     u"long",     u"ford",
         u"ali",     u"li",        u"ma",       u"lin",      u"sun",      u"park",     u"kim",
         u"min",     u"fox",       u"dixon",    u"rice",     u"mills",    u"stone",    u"hunt",
         u"payne",   u"dunn",      u"ray",      u"mason",    u"crawford", u"webb",     u"berry",
         u"lucky"});
    addWords(m_words, Title,
             {u"mr",           u"mrs",     u"ms",        u"miss",    u"mx",       u"dr",
              u"prof",         u"sir",     u"dame",      u"herr",    u"frau",     u"hr",
              u"fr",           u"m",       u"mme",       u"mlle",    u"monsieur", u"madame",
              u"mademoiselle", u"sr",      u"sra",       u"srta",    u"señor",    u"señora",
              u"señorita",     u"don",     u"doña",      u"dhr",     u"mevr",     u"mw",
              u"meneer",       u"mevrouw", u"juffrouw",  u"sig",     u"sig.ra",   u"sigra",
              u"signor",       u"signora", u"signorina", u"dott",    u"dott.ssa", u"ing",
              u"avv",          u"geom",    u"rag",       u"prof.ssa"});
    addWords(m_words, Label,
             {u"name",
              u"names",
              u"driver",
              u"rider",
              u"passenger",
              u"customer",
              u"client",
              u"employee",
              u"staff",
              u"member",
              u"agent",
              u"contact",
              u"from",
              u"to",
              u"cc",
              u"attendees",
              u"participants",
              u"present",
              u"holder",
              u"owner",
              u"signed",
              u"requester",
              u"reporter",
              u"assignee",
              u"user",
              u"applicant",
              u"candidate",
              u"manager",
              u"supervisor",
              u"nom",
              u"prénom",
              u"conducteur",
              u"chauffeur",
              u"passager",
              u"passagère",
              u"employé",
              u"employée",
              u"participants",
              u"présents",
              u"présent(e)s",
              u"présentes",
              u"de",
              u"à",
              u"cliente",
              u"titulaire",
              u"fahrer",
              u"fahrerin",
              u"fahrgast",
              u"kunde",
              u"kundin",
              u"mitarbeiter",
              u"mitarbeiterin",
              u"anwesend",
              u"anwesende",
              u"teilnehmer",
              u"teilnehmende",
              u"teilnehmerin",
              u"von",
              u"an",
              u"inhaber",
              u"inhaberin",
              u"nombre",
              u"conductor",
              u"conductora",
              u"pasajero",
              u"pasajera",
              u"empleado",
              u"empleada",
              u"asistentes",
              u"participantes",
              u"para",
              u"titular",
              u"naam",
              u"bestuurder",
              u"klant",
              u"medewerker",
              u"medewerkster",
              u"aanwezig",
              u"aanwezigen",
              u"deelnemers",
              u"passagier",
              u"reiziger",
              u"aan",
              u"gebruiker",
              u"nome",
              u"cognome",
              u"autista",
              u"passeggero",
              u"passeggera",
              u"dipendente",
              u"presenti",
              u"partecipanti",
              u"invitati",
              u"utente",
              u"titolare",
              u"l'autista",
              u"il",
              u"la",
              u"el",
              u"le",
              u"der",
              u"die",
              u"het",
              u"by",
              u"door",
              u"par",
              u"por",
              u"da",
              u"with",
              u"mit",
              u"avec",
              u"con",
              u"met",
              u"call",
              u"called",
              u"ask",
              u"asked",
              u"thank",
              u"thanks",
              u"tell",
              u"told",
              u"cc'd",
              u"tenant",
              u"guest",
              u"hr",
              u"persona",
              u"person",
              u"personne",
              u"nutzer",
              u"utilisateur",
              u"usuario",
              u"ospite",
              u"vorname",
              u"nachname",
              u"apellido",
              u"apellidos",
              u"voornaam",
              u"achternaam",
              u"author",
              u"autor",
              u"auteur",
              u"autore",
              u"signature"});
    addWords(m_words, Greeting,
             {u"hi",         u"hello",     u"hey",        u"dear",        u"hallo",
              u"liebe",      u"lieber",    u"geehrte",    u"geehrter",    u"tag",
              u"moin",       u"servus",    u"bonjour",    u"bonsoir",     u"salut",
              u"cher",       u"chère",     u"hola",       u"buenas",      u"buenos",
              u"días",       u"tardes",    u"estimado",   u"estimada",    u"querido",
              u"querida",    u"beste",     u"hoi",        u"goedemorgen", u"goedemiddag",
              u"geachte",    u"ciao",      u"gentile",    u"caro",        u"cara",
              u"buongiorno", u"buonasera", u"salve",      u"morning",     u"afternoon",
              u"evening",    u"welcome",   u"willkommen", u"bienvenue",   u"bienvenido",
              u"bienvenida", u"welkom",    u"benvenuto",  u"benvenuta"});
    addWords(
        m_words, Role,
        {u"user",       u"rider",      u"driver",      u"agent",     u"support",    u"system",
         u"bot",        u"admin",      u"customer",    u"passenger", u"nutzer",     u"fahrgast",
         u"fahrer",     u"kunde",      u"utilisateur", u"chauffeur", u"passager",   u"client",
         u"usuario",    u"pasajero",   u"conductor",   u"cliente",   u"gebruiker",  u"passagier",
         u"bestuurder", u"klant",      u"reiziger",    u"utente",    u"passeggero", u"autista",
         u"operator",   u"dispatcher", u"note",        u"notes",     u"todo",       u"action",
         u"status",     u"update",     u"re",          u"fwd",       u"aw",         u"wg",
         u"tr",         u"rv",         u"sv",          u"subject",   u"betreff",    u"objet",
         u"asunto",     u"onderwerp",  u"oggetto"});
    addWords(m_words, Closing,
             {u"regards",     u"best",     u"thanks",   u"cheers",       u"sincerely",
              u"grüße",       u"grüßen",   u"gruß",     u"grüsse",       u"gruss",
              u"lg",          u"vg",       u"mfg",      u"cordialement", u"salutations",
              u"amicalement", u"vous",     u"saludos",  u"saludo",       u"atentamente",
              u"abrazo",      u"groet",    u"groeten",  u"mvg",          u"saluti",
              u"saluto",      u"cordiali", u"distinti", u"cordialmente", u"thank",
              u"you",         u"merci",    u"gracias",  u"danke",        u"bedankt",
              u"grazie",      u"wishes",   u"ciao"});
    addWords(m_words, Stop,
             {u"the",
              u"a",
              u"an",
              u"this",
              u"that",
              u"these",
              u"please",
              u"thanks",
              u"thank",
              u"hi",
              u"hello",
              u"dear",
              u"re",
              u"fwd",
              u"subject",
              u"team",
              u"support",
              u"specialist",
              u"operations",
              u"service",
              u"services",
              u"manager",
              u"department",
              u"street",
              u"road",
              u"avenue",
              u"lane",
              u"drive",
              u"way",
              u"place",
              u"square",
              u"monday",
              u"tuesday",
              u"wednesday",
              u"thursday",
              u"friday",
              u"saturday",
              u"sunday",
              u"january",
              u"february",
              u"march",
              u"july",
              u"september",
              u"october",
              u"november",
              u"december",
              u"montag",
              u"dienstag",
              u"mittwoch",
              u"donnerstag",
              u"freitag",
              u"samstag",
              u"sonntag",
              u"januar",
              u"februar",
              u"märz",
              u"oktober",
              u"dezember",
              u"lundi",
              u"mardi",
              u"mercredi",
              u"jeudi",
              u"vendredi",
              u"samedi",
              u"dimanche",
              u"lunes",
              u"martes",
              u"miércoles",
              u"jueves",
              u"viernes",
              u"sábado",
              u"domingo",
              u"maandag",
              u"dinsdag",
              u"woensdag",
              u"donderdag",
              u"vrijdag",
              u"zaterdag",
              u"zondag",
              u"lunedì",
              u"martedì",
              u"mercoledì",
              u"giovedì",
              u"venerdì",
              u"sabato",
              u"domenica",
              u"driver",
              u"rider",
              u"customer",
              u"user",
              u"agent",
              u"passenger",
              u"account",
              u"order",
              u"ticket",
              u"case",
              u"incident",
              u"report",
              u"refund",
              u"card",
              u"iban",
              u"email",
              u"phone",
              u"tel",
              u"mobile",
              u"address",
              u"city",
              u"plate",
              u"license",
              u"licence",
              u"passport",
              u"dob",
              u"ssn",
              u"nino",
              u"id",
              u"ride",
              u"trip",
              u"fare",
              u"app",
              u"build",
              u"version",
              u"promo",
              u"code",
              u"flex",
              u"hopride",
              u"gdpr",
              u"dsgvo",
              u"rgpd",
              u"avg",
              u"fahrer",
              u"fahrerin",
              u"fahrgast",
              u"kunde",
              u"kundin",
              u"kundenservice",
              u"fahrerbetreuung",
              u"mitarbeiter",
              u"chauffeur",
              u"passager",
              u"passagère",
              u"conducteur",
              u"conductor",
              u"pasajero",
              u"pasajera",
              u"cliente",
              u"autista",
              u"passeggero",
              u"passeggera",
              u"bestuurder",
              u"passagier",
              u"klant",
              u"soporte",
              u"atención",
              u"assistenza",
              u"klantenservice",
              u"service",
              u"name",
              u"nom",
              u"nombre",
              u"nome",
              u"naam",
              u"von",
              u"an",
              u"from",
              u"to",
              u"cc",
              u"date",
              u"datum",
              u"fecha",
              u"data",
              u"on",
              u"am",
              u"le",
              u"el",
              u"il",
              u"op",
              u"wrote",
              u"i",
              u"we",
              u"you",
              u"he",
              u"she",
              u"they",
              u"it",
              u"our",
              u"your",
              u"my",
              u"ich",
              u"wir",
              u"sie",
              u"er",
              u"es",
              u"je",
              u"nous",
              u"il",
              u"elle",
              u"yo",
              u"nosotros",
              u"ik",
              u"wij",
              u"io",
              u"noi",
              u"lei",
              u"lui",
              u"mr",
              u"mrs",
              u"ms",
              u"dr",
              u"herr",
              u"frau",
              u"mme",
              u"sra",
              u"sr",
              u"dhr",
              u"mevr",
              u"sig",
              u"new",
              u"old",
              u"north",
              u"south",
              u"east",
              u"west",
              u"san",
              u"los",
              u"las",
              u"no",
              u"yes",
              u"ok",
              u"okay",
              u"call",
              u"via",
              u"corso",
              u"piazza",
              u"calle",
              u"rue",
              u"plaza",
              u"paseo",
              u"avenida",
              u"viale",
              u"straße",
              u"straat",
              u"weg",
              u"attendees",
              u"participants",
              u"teilnehmer",
              u"aanwezig",
              u"partecipanti",
              u"asistentes",
              u"présents",
              u"action",
              u"items",
              u"next",
              u"steps",
              u"todo",
              u"note",
              u"notes",
              u"summary",
              u"minutes",
              u"agenda",
              u"meeting",
              u"sync",
              u"weekly",
              u"daily",
              u"ops",
              u"hr",
              u"it",
              u"qa",
              u"eu",
              u"us",
              u"uk",
              u"usa",
              u"verified",
              u"identity",
              u"scan",
              u"copy",
              u"kopie",
              u"copie",
              u"copia",
              u"also",
              u"and",
              u"und",
              u"et",
              u"y",
              u"en",
              u"e",
              u"or",
              u"oder",
              u"ou",
              u"o",
              u"of",
              u"for",
              u"in",
              u"at",
              u"by",
              u"with",
              u"is",
              u"was",
              u"has",
              u"had",
              u"tax",
              u"social",
              u"security",
              u"number",
              u"nummer",
              u"numéro",
              u"número",
              u"numero",
              u"reg",
              u"vehicle",
              u"fahrzeug",
              u"véhicule",
              u"vehículo",
              u"voertuig",
              u"veicolo",
              u"login",
              u"ip",
              u"bank",
              u"payout",
              u"card",
              u"karte",
              u"carte",
              u"tarjeta",
              u"kaart",
              u"carta",
              u"total",
              u"price",
              u"invoice",
              u"product",
              u"article",
              u"artikel",
              u"articolo",
              u"artículo",
              u"sku",
              u"status",
              u"priority",
              u"open",
              u"closed",
              u"high",
              u"low",
              u"medium",
              u"urgent",
              u"escalation",
              u"wg",
              u"aw",
              u"tr",
              u"rv",
              u"sv",
              u"betreff",
              u"objet",
              u"asunto",
              u"onderwerp",
              u"oggetto",
              u"gesendet",
              u"envoyé",
              u"enviado",
              u"verzonden",
              u"inviato",
              u"sent",
              u"forwarded",
              u"message",
              u"original",
              u"nachricht",
              u"mensaje",
              u"bericht",
              u"messaggio",
              u"hola",
              u"bonjour",
              u"hallo",
              u"ciao",
              u"hoi",
              u"gmail",
              u"yahoo",
              u"outlook",
              u"hotmail",
              u"icloud",
              u"proton",
              u"aol",
              u"office",
              u"airport",
              u"station",
              u"terminal",
              u"gate",
              u"hotel",
              u"centre",
              u"center",
              u"mall",
              u"hospital",
              u"university",
              u"school",
              u"bridge",
              u"park",
              u"road",
              u"i-9",
              u"w-9",
              u"list",
              u"document",
              u"documents",
              u"onboarding",
              u"checklist",
              u"background",
              u"check",
              u"training",
              u"policy",
              u"privacy"});
}

quint16 PersonNameDetector::flagsOf(QStringView word) const
{
    const FoldedWord foldedWord(word);
    const QString &folded = foldedWord.str();
    quint16 flags = m_words.value(folded);
    if ((flags & kKnown) == 0 && foldedWord.hasHyphen()) {
        // "García-López", "Meier-Hagen": a hyphenated word of listed names.
        const QStringList parts = folded.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            flags |= m_words.value(part) & kKnown;
        }
    }
    if ((flags & kKnown) == 0 && folded.size() > 2 && folded.back() == QLatin1Char('s') &&
        folded.at(folded.size() - 2) == QLatin1Char('\'')) {
        flags |= m_words.value(folded.chopped(2)) & kKnown; // "Miller's"
    }
    return flags;
}

namespace {

struct Chain {
    qsizetype first = 0; // token indices, inclusive
    qsizetype last = 0;
    Casing casing = Casing::Cap;
};

// The text of a token.
QStringView wordOf(QStringView text, const Token &token)
{
    return text.sliced(token.start, token.end - token.start);
}

// The text between two tokens.
QStringView gapBetween(QStringView text, const Token &a, const Token &b)
{
    return text.sliced(a.end, b.start - a.end);
}

bool isSpaceGap(QStringView gap)
{
    return gap.size() == 1 && (gap[0] == QLatin1Char(' ') || gap[0] == QChar(0x00A0));
}

} // namespace

QList<PiiSpan> PersonNameDetector::detect(QStringView text) const
{
    // 1. Words. Only words that could matter are classified; the rest keep flags 0.
    std::vector<Token> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 6 + 1));
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype lineStart = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            lineStart = i + 1;
        }
        const bool startsWord = c.isLetter() || (isApostrophe(c) && i + 2 <= size && i + 1 < size &&
                                                 text[i + 1] == QLatin1Char('t') &&
                                                 (i + 2 == size || !text[i + 2].isLetter()));
        if (!startsWord) {
            ++i;
            continue;
        }
        if (i > 0 && (text[i - 1].isDigit() || text[i - 1] == QLatin1Char('@') ||
                      text[i - 1] == QLatin1Char('_'))) {
            // Glued to digits or part of an address: skip the whole word.
            i = wordEnd(text, i);
            continue;
        }
        Token token;
        token.lineStart = lineStart;
        token.start = i;
        token.end = wordEnd(text, i);
        i = token.end;
        if (token.end < size && (text[token.end].isDigit() || text[token.end] == QLatin1Char('@') ||
                                 text[token.end] == QLatin1Char('_'))) {
            continue; // "abc123", "jane@": not a name word
        }
        const QStringView word = wordOf(text, token);
        token.casing = casingOf(word);
        if (word.size() == 1 && word[0].isUpper() && token.end < size &&
            text[token.end] == QLatin1Char('.')) {
            token.initial = true;
            token.end += 1;
        } else if (word.size() > 40) {
            continue;
        } else {
            token.flags = flagsOf(word);
        }
        tokens.push_back(token);
    }

    const auto nameLike = [&](const Token &t, Casing mode) {
        if (t.flags & (Stop | Title)) {
            return (t.flags & kKnown) != 0 && (t.flags & Ambiguous) == 0 && mode != Casing::Lower;
        }
        if (t.initial) {
            return mode != Casing::Lower;
        }
        if (mode == Casing::Lower) {
            return t.casing == Casing::Lower && (t.flags & kKnown) != 0;
        }
        if (mode == Casing::Upper) {
            return t.casing == Casing::Upper;
        }
        return t.casing == Casing::Cap;
    };

    // 2. Chains of name-like words joined by single spaces (particles inside).
    QList<PiiSpan> spans;
    std::vector<char> inName(tokens.size(), 0);
    const qsizetype n = static_cast<qsizetype>(tokens.size());
    bool lineHasLabel = false;
    qsizetype currentLine = -1;
    for (qsizetype t = 0; t < n; ++t) {
        const Token &tok = tokens[t];
        if (tok.lineStart != currentLine) {
            currentLine = tok.lineStart;
            // "Attendees: A, B and C": a label opening the line covers every name on it.
            lineHasLabel = (tok.flags & Label) && tok.end < size &&
                           text.sliced(tok.end).startsWith(QLatin1Char(':'));
            if (!lineHasLabel && t + 1 < n && (tok.flags & Label) &&
                (tokens[t + 1].flags & Label) &&
                text.sliced(tokens[t + 1].end).startsWith(QLatin1Char(':'))) {
                lineHasLabel = true; // "Full name:", "Staff member:"
            }
        }
        if (tok.initial || (tok.flags & (Particle))) {
            if (!(tok.flags & kKnown) || tok.casing == Casing::Lower) {
                continue;
            }
        }
        Casing mode = tok.casing;
        if (mode == Casing::Other || !nameLike(tok, mode)) {
            if (!(mode == Casing::Lower)) {
                continue;
            }
            // A lower-case word in no list is accepted below only after a label ("name:
            // daniel"); without one it is skipped here, before the work on context. (A listed
            // given name after it is then tried as the next word, as the restart below does.)
            if (!(tok.flags & kKnown) && !(t > 0 && (tokens[t - 1].flags & Label))) {
                continue;
            }
        }
        // Extend.
        qsizetype last = t;
        qsizetype j = t + 1;
        while (j < n && j - t < 6) {
            if (!isSpaceGap(gapBetween(text, tokens[j - 1], tokens[j]))) {
                break;
            }
            const Token &next = tokens[j];
            if (next.flags & Particle && !(next.flags & kKnown && next.casing != Casing::Lower)) {
                // A particle joins only when a name word follows it ("van den Broek").
                qsizetype k = j;
                while (k + 1 < n && (tokens[k].flags & Particle) &&
                       isSpaceGap(gapBetween(text, tokens[k], tokens[k + 1])) && k - j < 3) {
                    ++k;
                }
                if (k > j && nameLike(tokens[k], mode == Casing::Lower
                                                     ? Casing::Lower
                                                     : (mode == Casing::Upper ? Casing::Upper
                                                                              : Casing::Cap))) {
                    last = k;
                    j = k + 1;
                    continue;
                }
                break;
            }
            if (!nameLike(next, mode)) {
                break;
            }
            last = j;
            ++j;
        }
        // A capitalised word before a given name starts the sentence, not the name
        // ("Yesterday Sanne van den Broek phoned").
        qsizetype first = t;
        while (first < last && !(tokens[first].flags & kKnown) && !tokens[first].initial &&
               (tokens[first + 1].flags & Given) && !(tokens[first + 1].flags & Ambiguous)) {
            ++first;
        }
        if (first != t) {
            t = first - 1; // start again at the given name
            continue;
        }
        // Classify.
        int known = 0;
        int givenCount = 0;
        int surnameCount = 0;
        int unknown = 0;
        bool allListed = true;
        for (qsizetype k = t; k <= last; ++k) {
            const quint16 f = tokens[k].flags;
            if ((f & Particle) && !(f & kKnown)) {
                continue;
            }
            if (tokens[k].initial) {
                continue;
            }
            if ((f & kKnown) && !(f & Ambiguous)) {
                ++known;
            }
            givenCount += (f & Given) ? 1 : 0;
            surnameCount += (f & Surname) ? 1 : 0;
            if (!(f & kKnown)) {
                ++unknown;
                allListed = false;
            }
        }
        // Context before: title, label, greeting; after: "<mail>", "(EMP-…)", chat colon.
        bool context = false;
        bool strongLabel = false;
        if (t > 0) {
            const Token &prev = tokens[t - 1];
            const QStringView gap = gapBetween(text, prev, tok);
            const bool sameLine = !containsChar(gap, u'\n');
            if (sameLine) {
                if ((prev.flags & Title) &&
                    (gap == u" " || gap == u". " || gap == u"." || gap == u"\u00A0")) {
                    context = true;
                } else if ((prev.flags & Label) &&
                           (gap == u": " || gap == u":\t" || gap == u" : " || gap == u" " ||
                            gap == u":  ")) {
                    context = true;
                    strongLabel = gap.contains(QLatin1Char(':'));
                } else if ((prev.flags & Greeting) && (gap == u" " || gap == u", ")) {
                    context = true;
                }
            }
            if (!context && lineHasLabel && sameLine &&
                (gap == u", " || gap == u" and " || gap == u" und " || gap == u" et " ||
                 gap == u" y " || gap == u" en " || gap == u" e " || gap == u"; " ||
                 gap == u" & ")) {
                context = true;
            }
        }
        const Token &lastTok = tokens[last];
        const QStringView after = text.sliced(lastTok.end, qMin<qsizetype>(size - lastTok.end, 80));
        if (startsWithPair(after, u' ', u'<') && after.indexOf(QLatin1Char('@')) > 0) {
            context = true; // "Jordan MacDonald <jordan@example.com>"
        }
        if (startsWithPair(after, u' ', u'(') && after.size() > 3 &&
            (after[2].isUpper() || after[2].isDigit())) {
            context = true; // "Priya Nguyen (EMP-59641)"
        }
        const qsizetype tokLine = tok.lineStart;
        const QStringView before = text.sliced(tokLine, tok.start - tokLine);
        if (after.startsWith(QLatin1Char(':')) && !(tok.flags & Role) &&
            (before.isEmpty() || endsWithPair(before, u']', u' ') || before == u"- ")) {
            context = true; // chat speaker "[12:24] Théo: …"
        }
        if (!context && before.trimmed().isEmpty()) {
            // Signature: alone on a line, after a closing line ("Kind regards,").
            qsizetype lineEnd = lastTok.end;
            while (lineEnd < size && text[lineEnd] == QLatin1Char(' ')) {
                ++lineEnd;
            }
            if ((lineEnd >= size || text[lineEnd] == QLatin1Char('\n') ||
                 text[lineEnd] == QLatin1Char('\r')) &&
                tokLine > 0) {
                // previous non-empty line
                qsizetype p = tokLine - 1;
                while (p > 0 && text[p - 1] == QLatin1Char('\n')) {
                    --p;
                }
                qsizetype back = t - 1;
                while (back >= 0 && tokens[back].end > p) {
                    --back;
                }
                if (back >= 0 && (tokens[back].flags & Closing)) {
                    const QStringView tail = text.sliced(tokens[back].end, p - tokens[back].end);
                    if (tail.trimmed().size() <= 1) {
                        context = true;
                    }
                }
            }
        }

        bool accept = false;
        if (mode == Casing::Lower) {
            accept = (last > t && allListed && givenCount > 0 && surnameCount > 0 && known >= 2) ||
                     (strongLabel && last - t <= 3);
            if (strongLabel && !accept) {
                accept = false;
            }
        } else if (context) {
            accept = unknown <= 4;
        } else if (mode == Casing::Upper) {
            accept = known >= 1 && (last > t || (tok.flags & Given));
        } else {
            accept = known >= 1 && (last > t || ((tok.flags & Given) && !(tok.flags & Ambiguous)));
        }
        if (!accept) {
            // Lower-case runs may hold a shorter name further on; capitalised ones are skipped.
            continue;
        }
        // Trailing particles are not part of the name.
        while (last > t && (tokens[last].flags & Particle) && !(tokens[last].flags & kKnown)) {
            --last;
        }
        qsizetype end = tokens[last].end;
        if (tokens[last].initial) {
            end -= 1; // "Jordan K." at the end of a sentence: the dot is punctuation
            if (last == t) {
                continue;
            }
            end = tokens[last].end;
        }
        // "Miller, Daniel": a surname, a comma and a given name that ends the phrase.
        if (last + 1 < n && gapBetween(text, tokens[last], tokens[last + 1]) == u", " &&
            !(tok.flags & Given) && (tokens[last + 1].flags & Given) &&
            tokens[last + 1].casing == mode) {
            const qsizetype g = last + 1;
            const qsizetype gEnd = tokens[g].end;
            const bool endsPhrase = gEnd >= size || !(text[gEnd] == QLatin1Char(' ') && g + 1 < n &&
                                                      nameLike(tokens[g + 1], mode));
            if (endsPhrase) {
                last = g;
                end = gEnd;
            }
        }
        spans.append(PiiSpan{tok.start, end, QStringLiteral("PERSON"), name()});
        for (qsizetype k = t; k <= last; ++k) {
            inName[static_cast<size_t>(k)] = 1;
        }
        t = last;
    }

    // 3. Words of names found above, elsewhere in the same text ("... Williams said").
    if (!spans.isEmpty()) {
        QSet<QString> seen;
        for (qsizetype k = 0; k < n; ++k) {
            const Token &tok = tokens[static_cast<size_t>(k)];
            if (inName[static_cast<size_t>(k)] && !tok.initial &&
                !(tok.flags & (Particle | Stop)) && tok.end - tok.start >= 2) {
                seen.insert(fold(wordOf(text, tok)));
            }
        }
        const auto isSeen = [&](const Token &token) {
            return seen.contains(FoldedWord(wordOf(text, token)).str());
        };
        for (qsizetype k = 0; k < n; ++k) {
            const Token &tok = tokens[static_cast<size_t>(k)];
            if (inName[static_cast<size_t>(k)] || tok.initial || tok.casing == Casing::Other ||
                tok.casing == Casing::Lower) {
                continue;
            }
            if (!isSeen(tok)) {
                continue;
            }
            if (tok.flags & (Ambiguous | Stop)) {
                // "Will" the name or "Will" the verb: only next to another name word.
                const bool nextIsName = k + 1 < n && isSeen(tokens[k + 1]);
                const qsizetype ls = tok.lineStart;
                const bool speaker = text.sliced(tok.end).startsWith(QLatin1Char(':')) &&
                                     endsWithPair(text.sliced(ls, tok.start - ls), u']', u' ');
                if (!nextIsName && !speaker) {
                    continue;
                }
            }
            qsizetype last = k;
            while (last + 1 < n && isSpaceGap(gapBetween(text, tokens[last], tokens[last + 1])) &&
                   !inName[static_cast<size_t>(last + 1)] && isSeen(tokens[last + 1])) {
                ++last;
            }
            spans.append(PiiSpan{tok.start, tokens[last].end, QStringLiteral("PERSON"), name()});
            for (qsizetype m = k; m <= last; ++m) {
                inName[static_cast<size_t>(m)] = 1;
            }
            k = last;
        }
    }
    return spans;
}

} // namespace promptdesk

#include "redaction/table_detector.h"

#include <QHash>
#include <QStringList>

namespace promptdesk {

namespace {

struct Cell {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Splits one line at `delimiter`, honouring double quotes (CSV). Offsets are into `text`.
// Hand-written because QString::split knows nothing of quoting.
QList<Cell> splitCells(QStringView text, qsizetype lineStart, qsizetype lineEnd, QChar delimiter)
{
    QList<Cell> cells;
    qsizetype cellStart = lineStart;
    bool quoted = false;
    for (qsizetype i = lineStart; i < lineEnd; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == delimiter && !quoted) {
            cells.append(Cell{cellStart, i});
            cellStart = i + 1;
        }
    }
    cells.append(Cell{cellStart, lineEnd});
    return cells;
}

Cell trimCell(QStringView text, Cell cell)
{
    while (cell.start < cell.end &&
           (text[cell.start].isSpace() || text[cell.start] == QLatin1Char('"'))) {
        ++cell.start;
    }
    while (cell.end > cell.start &&
           (text[cell.end - 1].isSpace() || text[cell.end - 1] == QLatin1Char('"'))) {
        --cell.end;
    }
    return cell;
}

// The first of tab, ';', '|' and ',' the line holds, in that order of preference. One pass
// over the line: every line of every text is asked.
QChar delimiterOf(QStringView line)
{
    bool tab = false;
    bool semicolon = false;
    bool bar = false;
    bool comma = false;
    for (const QChar c : line) {
        tab |= c == QLatin1Char('\t');
        semicolon |= c == QLatin1Char(';');
        bar |= c == QLatin1Char('|');
        comma |= c == QLatin1Char(',');
    }
    if (tab) {
        return QLatin1Char('\t');
    }
    if (semicolon) {
        return QLatin1Char(';');
    }
    if (bar) {
        return QLatin1Char('|');
    }
    return comma ? QLatin1Char(',') : QChar();
}

const QHash<QString, QString> &headerWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const auto add = [&w](const QString &type, std::initializer_list<const char16_t *> list) {
            for (const char16_t *word : list) {
                w.insert(QString::fromUtf16(word), type);
            }
        };
        add(QStringLiteral("PERSON"),
            {u"name",      u"fullname",   u"names",      u"driver",      u"rider",
             u"customer",  u"employee",   u"contact",    u"passenger",   u"holder",
             u"owner",     u"agent",      u"person",     u"staff",       u"firstname",
             u"lastname",  u"first",      u"last",       u"surname",     u"given",
             u"forename",  u"naam",       u"voornaam",   u"achternaam",  u"bestuurder",
             u"chauffeur", u"klant",      u"medewerker", u"passagier",   u"nombre",
             u"apellido",  u"apellidos",  u"conductor",  u"cliente",     u"empleado",
             u"pasajero",  u"titular",    u"nom",        u"prénom",      u"prenom",
             u"client",    u"employé",    u"passager",   u"nome",        u"cognome",
             u"autista",   u"dipendente", u"passeggero", u"vorname",     u"nachname",
             u"fahrer",    u"fahrerin",   u"kunde",      u"mitarbeiter", u"fahrgast",
             u"inhaber"});
        add(QStringLiteral("LOCATION"),
            {u"city",     u"town",       u"stadt",     u"ort",       u"wohnort",
             u"ville",    u"ciudad",     u"localidad", u"municipio", u"stad",
             u"plaats",   u"woonplaats", u"città",     u"citta",     u"comune",
             u"località", u"localita",   u"location",  u"base",      u"region"});
        add(QStringLiteral("ADDRESS"),
            {u"address", u"addr", u"street", u"adresse", u"anschrift", u"straße", u"strasse",
             u"dirección", u"direccion", u"domicilio", u"calle", u"adres", u"straat", u"indirizzo",
             u"via", u"residence", u"residenza", u"woonadres", u"postal"});
        add(QStringLiteral("DATE_OF_BIRTH"),
            {u"dob", u"birth", u"birthdate", u"birthday", u"born", u"geburtsdatum", u"geboren",
             u"geb", u"naissance", u"ddn", u"nacimiento", u"nacido", u"geboortedatum", u"nascita",
             u"nato"});
        add(QStringLiteral("VEHICLE_PLATE"),
            {u"plate", u"plates", u"numberplate", u"licenseplate", u"kennzeichen",
             u"immatriculation", u"plaque", u"matrícula", u"matricula", u"kenteken", u"targa",
             u"vrm", u"tag"});
        return w;
    }();
    return words;
}

// Columns that only look like a person's ("driver_id", "customer email").
bool hasNonPersonWord(const QStringList &tokens)
{
    static const QStringList words = {
        QStringLiteral("id"),     QStringLiteral("nr"),     QStringLiteral("no"),
        QStringLiteral("number"), QStringLiteral("email"),  QStringLiteral("mail"),
        QStringLiteral("phone"),  QStringLiteral("tel"),    QStringLiteral("telefon"),
        QStringLiteral("count"),  QStringLiteral("code"),   QStringLiteral("type"),
        QStringLiteral("nummer"), QStringLiteral("numéro"), QStringLiteral("numero"),
        QStringLiteral("status"), QStringLiteral("rating"), QStringLiteral("score")};
    for (const QString &t : tokens) {
        if (words.contains(t)) {
            return true;
        }
    }
    return false;
}

} // namespace

QString TableColumnDetector::typeForHeader(QStringView header)
{
    QString normal = header.toString().toCaseFolded();
    for (QChar &c : normal) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char(' ');
        }
    }
    const QStringList tokens = normal.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > 4) {
        return {};
    }
    const QHash<QString, QString> &words = headerWords();
    const QString joined = tokens.join(QString());
    if (words.contains(joined) && !hasNonPersonWord(tokens)) {
        return words.value(joined);
    }
    // "date of birth", "fecha_nacimiento", "home address": a birth or address word decides.
    QString found;
    for (const QString &t : tokens) {
        const QString type = words.value(t);
        if (type == QStringLiteral("DATE_OF_BIRTH") || type == QStringLiteral("ADDRESS") ||
            type == QStringLiteral("VEHICLE_PLATE")) {
            return type;
        }
        if (!type.isEmpty() && found.isEmpty()) {
            found = type;
        }
    }
    if (found == QStringLiteral("PERSON") && hasNonPersonWord(tokens)) {
        return {};
    }
    if (found == QStringLiteral("LOCATION") && hasNonPersonWord(tokens)) {
        return {};
    }
    return found;
}

QList<PiiSpan> TableColumnDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    const qsizetype size = text.size();
    qsizetype lineStart = 0;
    QChar delimiter;
    QStringList columnTypes; // of the current table; empty outside a table
    while (lineStart < size) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0) {
            lineEnd = size;
        }
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        // Header: 2..40 short cells of words, at least one announcing a personal-data type.
        const QChar d = line.size() < 600 ? delimiterOf(line) : QChar();
        bool isHeader = false;
        if (!d.isNull()) {
            const QList<Cell> cells = splitCells(text, lineStart, lineEnd, d);
            const qsizetype minCells = d == QLatin1Char(',') ? 3 : 2;
            if (cells.size() >= minCells && cells.size() <= 40) {
                QStringList types;
                bool wordsOnly = true;
                int typed = 0;
                for (const Cell &raw : cells) {
                    const Cell cell = trimCell(text, raw);
                    const QStringView value = text.sliced(cell.start, cell.end - cell.start);
                    if (value.isEmpty() || value.size() > 32) {
                        wordsOnly = false;
                        break;
                    }
                    for (const QChar c : value) {
                        if (!c.isLetter() && c != QLatin1Char('_') && c != QLatin1Char(' ') &&
                            c != QLatin1Char('-') && c != QLatin1Char('.') &&
                            c != QLatin1Char('#')) {
                            wordsOnly = false;
                            break;
                        }
                    }
                    const QString type = typeForHeader(value);
                    typed += type.isEmpty() ? 0 : 1;
                    types.append(type);
                }
                if (wordsOnly && typed > 0) {
                    isHeader = true;
                    columnTypes = types;
                    delimiter = d;
                }
            }
        }
        if (!isHeader && !columnTypes.isEmpty()) {
            if (line.trimmed().isEmpty()) {
                columnTypes.clear(); // a blank line ends the table
            } else {
                const QList<Cell> cells = splitCells(text, lineStart, lineEnd, delimiter);
                if (cells.size() == columnTypes.size()) {
                    for (qsizetype c = 0; c < cells.size(); ++c) {
                        if (columnTypes[c].isEmpty()) {
                            continue;
                        }
                        const Cell cell = trimCell(text, cells[c]);
                        if (cell.end > cell.start) {
                            spans.append(PiiSpan{cell.start, cell.end, columnTypes[c], name()});
                        }
                    }
                }
            }
        }
        lineStart = lineEnd + 1;
    }
    return spans;
}

} // namespace promptdesk

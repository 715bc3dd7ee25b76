#include "providers/offline/sentence_splitter.h"

#include "providers/offline/month_names.h"

#include <QSet>

namespace promptdesk {

namespace {

// Abbreviations after which a period never ends a sentence (titles, "e.g.", "z.B."), stored
// lower case without their final period.
const QSet<QString> &neverFinalAbbreviations()
{
    static const QSet<QString> set = {
        // English
        QStringLiteral("mr"),
        QStringLiteral("mrs"),
        QStringLiteral("ms"),
        QStringLiteral("dr"),
        QStringLiteral("prof"),
        QStringLiteral("sr"),
        QStringLiteral("jr"),
        QStringLiteral("st"),
        QStringLiteral("vs"),
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("cf"),
        QStringLiteral("approx"),
        QStringLiteral("dept"),
        QStringLiteral("est"),
        QStringLiteral("mt"),
        QStringLiteral("gen"),
        QStringLiteral("rev"),
        QStringLiteral("hon"),
        // German
        QStringLiteral("z.b"),
        QStringLiteral("bzw"),
        QStringLiteral("ca"),
        QStringLiteral("d.h"),
        QStringLiteral("u.a"),
        QStringLiteral("ggf"),
        QStringLiteral("evtl"),
        QStringLiteral("vgl"),
        QStringLiteral("hr"),
        QStringLiteral("hrn"),
        QStringLiteral("fr"),
        QStringLiteral("sog"),
        QStringLiteral("inkl"),
        QStringLiteral("zzgl"),
        QStringLiteral("gem"),
        QStringLiteral("lt"),
        QStringLiteral("u.u"),
        QStringLiteral("o.ä"),
        QStringLiteral("str"),
        QStringLiteral("dipl"),
        QStringLiteral("ing"),
        QStringLiteral("z.t"),
        QStringLiteral("u.a.m"),
        // French
        QStringLiteral("m"),
        QStringLiteral("mme"),
        QStringLiteral("mlle"),
        QStringLiteral("mm"),
        QStringLiteral("p.ex"),
        QStringLiteral("env"),
        QStringLiteral("av"),
        QStringLiteral("bd"),
        QStringLiteral("c.-à-d"),
        QStringLiteral("c.à.d"),
        // Spanish
        QStringLiteral("sra"),
        QStringLiteral("srta"),
        QStringLiteral("ud"),
        QStringLiteral("uds"),
        QStringLiteral("p.ej"),
        QStringLiteral("dña"),
        QStringLiteral("dra"),
        QStringLiteral("lic"),
        QStringLiteral("aprox"),
        QStringLiteral("avda"),
        // Dutch
        QStringLiteral("dhr"),
        QStringLiteral("mevr"),
        QStringLiteral("bijv"),
        QStringLiteral("o.a"),
        QStringLiteral("m.b.t"),
        QStringLiteral("d.w.z"),
        QStringLiteral("mr"),
        QStringLiteral("ir"),
        // Italian
        QStringLiteral("sig"),
        QStringLiteral("sig.ra"),
        QStringLiteral("sigg"),
        QStringLiteral("dott"),
        QStringLiteral("avv"),
        QStringLiteral("geom"),
        QStringLiteral("egr"),
        QStringLiteral("gent"),
        QStringLiteral("ad.es"),
    };
    return set;
}

// Abbreviations that often close a list and may end a sentence: they do when the next word
// starts with a capital ("... pears, etc. Then ...").
const QSet<QString> &mayBeFinalAbbreviations()
{
    static const QSet<QString> set = {
        QStringLiteral("etc"), QStringLiteral("inc"),   QStringLiteral("ltd"),
        QStringLiteral("co"),  QStringLiteral("corp"),  QStringLiteral("llc"),
        QStringLiteral("usw"), QStringLiteral("u.s.w"), QStringLiteral("gmbh"),
        QStringLiteral("enz"), QStringLiteral("ecc"),   QStringLiteral("etc.etc"),
        QStringLiteral("a.m"), QStringLiteral("p.m"),   QStringLiteral("u.s"),
        QStringLiteral("e.v"), QStringLiteral("jr"),    QStringLiteral("ag"),
    };
    return set;
}

// Abbreviations that do not end a sentence when a number follows ("No. 5", "S. 12").
const QSet<QString> &beforeNumberAbbreviations()
{
    static const QSet<QString> set = {
        QStringLiteral("no"),  QStringLiteral("nr"),  QStringLiteral("nos"), QStringLiteral("p"),
        QStringLiteral("pp"),  QStringLiteral("art"), QStringLiteral("fig"), QStringLiteral("vol"),
        QStringLiteral("ch"),  QStringLiteral("sec"), QStringLiteral("s"),   QStringLiteral("n"),
        QStringLiteral("núm"), QStringLiteral("pág"), QStringLiteral("tel"), QStringLiteral("abs"),
        QStringLiteral("bd"),  QStringLiteral("kap"), QStringLiteral("blz"), QStringLiteral("pag"),
        QStringLiteral("op"),  QStringLiteral("ref"), QStringLiteral("tab"), QStringLiteral("par"),
    };
    return set;
}

bool isHorizontalSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0) ||
           c == QChar(0x202F) || c == QChar(0x2009);
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f') ||
           c == QChar(0x2028) || c == QChar(0x2029) || c == QLatin1Char('\v');
}

bool isTerminal(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x2026) || c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
}

bool isClosing(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') ||
           c == QLatin1Char(']') || c == QChar(0x201D) || c == QChar(0x2019) ||
           c == QChar(0x00BB) || c == QChar(0x201C);
}

bool isOpening(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('(') ||
           c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB) || c == QChar(0x2018) ||
           c == QChar(0x00BF) || c == QChar(0x00A1);
}

// How the word after a candidate boundary starts.
enum class NextStart { End, Lower, Upper, Digit, Other };

NextStart nextStart(QStringView text, qsizetype pos, qsizetype end)
{
    while (pos < end && text[pos].isSpace()) {
        ++pos;
    }
    if (pos >= end) {
        return NextStart::End;
    }
    if (SentenceSplitter::placeholderAt(text, pos)) {
        return NextStart::Upper;
    }
    while (pos < end && isOpening(text[pos])) {
        ++pos;
    }
    if (pos >= end) {
        return NextStart::Other;
    }
    const QChar c = text[pos];
    if (c.isLower()) {
        return NextStart::Lower;
    }
    if (c.isUpper() || c.isTitleCase()) {
        return NextStart::Upper;
    }
    if (c.isDigit()) {
        return NextStart::Digit;
    }
    return NextStart::Other;
}

QStringView nextWord(QStringView text, qsizetype pos, qsizetype end)
{
    while (pos < end && text[pos].isSpace()) {
        ++pos;
    }
    qsizetype stop = pos;
    while (stop < end && text[stop].isLetter()) {
        ++stop;
    }
    return text.mid(pos, stop - pos);
}

// Decides whether the single period at `dot` ends a sentence; `after` is the position after
// the period and any closing quotes.
bool periodEndsSentence(QStringView text, qsizetype blockStart, qsizetype dot, qsizetype after,
                        qsizetype end, bool trustCase)
{
    const NextStart next = nextStart(text, after, end);
    if (next == NextStart::End) {
        return true;
    }
    // The word before the period, with inner periods ("e.g", "z.B", "U.S").
    qsizetype wordStart = dot;
    while (wordStart > blockStart &&
           (text[wordStart - 1].isLetter() || text[wordStart - 1] == QLatin1Char('.') ||
            text[wordStart - 1] == QLatin1Char('-'))) {
        --wordStart;
    }
    const QStringView word = text.mid(wordStart, dot - wordStart);
    if (word.isEmpty()) {
        // "5. November" (German/Dutch ordinal date) stays together; "in 2024. Then" splits.
        const bool afterDigit = dot > blockStart && text[dot - 1].isDigit();
        if (afterDigit) {
            qsizetype digitsStart = dot;
            while (digitsStart > blockStart && text[digitsStart - 1].isDigit()) {
                --digitsStart;
            }
            if (dot - digitsStart <= 2 && isMonthName(nextWord(text, after, end))) {
                return false;
            }
        }
        return !trustCase || next != NextStart::Lower;
    }
    if (next == NextStart::Lower && trustCase) {
        return false; // "approx. five", "Acme Inc. announced"
    }
    const QString lower = word.toString().toLower();
    if (neverFinalAbbreviations().contains(lower)) {
        return false;
    }
    if (next == NextStart::Digit && beforeNumberAbbreviations().contains(lower)) {
        return false;
    }
    if (word.size() == 1 && word[0].isUpper()) {
        return false; // an initial: "J. Smith"
    }
    if (word.contains(QLatin1Char('.')) && next == NextStart::Lower) {
        return false; // an unlisted dotted abbreviation: "a.k.a. the"
    }
    if (mayBeFinalAbbreviations().contains(lower)) {
        return next == NextStart::Upper;
    }
    // Month abbreviation before a day: "Nov. 5".
    if (next == NextStart::Digit && word.size() <= 4 && isMonthName(word)) {
        return false;
    }
    return true;
}

struct Line {
    qsizetype start = 0;        // first non-space character
    qsizetype end = 0;          // after the last non-space character
    qsizetype indent = 0;       // leading horizontal whitespace
    qsizetype contentStart = 0; // after any list or heading marker
    bool blank = true;
    bool listItem = false;
    bool heading = false;
    bool preformatted = false;
};

QList<Line> scanLines(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos <= size) {
        qsizetype lineEnd = pos;
        while (lineEnd < size && !isLineBreak(text[lineEnd])) {
            ++lineEnd;
        }
        Line line;
        qsizetype s = pos;
        while (s < lineEnd && (isHorizontalSpace(text[s]) || text[s].isSpace())) {
            ++s;
        }
        qsizetype e = lineEnd;
        while (e > s && text[e - 1].isSpace()) {
            --e;
        }
        line.start = s;
        line.end = e;
        line.indent = s - pos;
        line.contentStart = s;
        line.blank = s >= e;
        if (!line.blank) {
            const QStringView content = text.mid(s, e - s);
            if (const qsizetype h = SentenceSplitter::headingMarkerLength(content); h > 0) {
                line.heading = true;
                line.contentStart = s + h;
            } else if (const qsizetype m = SentenceSplitter::listMarkerLength(content); m > 0) {
                line.listItem = true;
                line.contentStart = s + m;
            }
        }
        if (lineEnd < size && text[lineEnd] == QLatin1Char('\f')) {
            lines.append(line);
            line = Line{}; // a page break separates paragraphs like a blank line
            line.start = line.end = line.contentStart = lineEnd;
        }
        lines.append(line);
        if (lineEnd >= size) {
            break;
        }
        // "\r\n" is one break.
        pos = lineEnd + 1;
        if (text[lineEnd] == QLatin1Char('\r') && pos < size && text[pos] == QLatin1Char('\n')) {
            ++pos;
        }
    }
    // Fenced code (``` or ~~~ up to the closing fence) and table rows ("| a | b |") are
    // preformatted: one block per line, never split into sentences or joined.
    bool inFence = false;
    for (Line &line : lines) {
        if (line.blank) {
            continue;
        }
        const QStringView content = text.mid(line.start, line.end - line.start);
        const bool fence =
            content.startsWith(QLatin1String("```")) || content.startsWith(QLatin1String("~~~"));
        if (fence || inFence || content.startsWith(QLatin1Char('|'))) {
            line.preformatted = true;
            line.listItem = false;
            line.heading = false;
            line.contentStart = line.start;
        }
        if (fence) {
            inFence = !inFence;
        }
    }
    return lines;
}

bool looksLikeKeyValue(QStringView content)
{
    const qsizetype colon = content.indexOf(QLatin1Char(':'));
    return colon > 0 && colon <= 40 && colon + 1 < content.size() && content[colon + 1].isSpace();
}

// Whether `next` continues the block whose last line is `prev` (hard-wrapped text). Without
// trust in capitalisation (rough notes, where every line may start in lower case) only a long
// line continues.
bool continuesBlock(QStringView text, const Line &prev, const Line &next, bool trustCase)
{
    if (prev.heading || next.heading || next.listItem || next.blank || prev.blank ||
        prev.preformatted || next.preformatted) {
        return false;
    }
    const QChar last = text[prev.end - 1];
    if (isTerminal(last) || last == QLatin1Char(':') || last == QLatin1Char(';') ||
        (isClosing(last) && prev.end - 2 >= prev.start && isTerminal(text[prev.end - 2]))) {
        return false;
    }
    const QChar first = text[next.start];
    if (first.isLower() && trustCase) {
        return true;
    }
    if (prev.listItem) {
        return next.indent > prev.indent; // an indented continuation of the item
    }
    const QStringView prevContent = text.mid(prev.start, prev.end - prev.start);
    return prevContent.size() >= 60 && !looksLikeKeyValue(prevContent);
}

} // namespace

bool SentenceSplitter::placeholderAt(QStringView text, qsizetype pos, qsizetype *length)
{
    // [TYPE_N]: upper-case letters and underscores, then digits.
    if (pos >= text.size() || text[pos] != QLatin1Char('[')) {
        return false;
    }
    qsizetype i = pos + 1;
    const qsizetype limit = std::min(text.size(), pos + 48);
    if (i >= limit || !(text[i] >= QLatin1Char('A') && text[i] <= QLatin1Char('Z'))) {
        return false;
    }
    while (i < limit && ((text[i] >= QLatin1Char('A') && text[i] <= QLatin1Char('Z')) ||
                         text[i] == QLatin1Char('_'))) {
        ++i;
    }
    if (text[i - 1] != QLatin1Char('_')) {
        return false;
    }
    const qsizetype digitsStart = i;
    while (i < limit && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9')) {
        ++i;
    }
    if (i == digitsStart || i >= limit || text[i] != QLatin1Char(']')) {
        return false;
    }
    if (length) {
        *length = i + 1 - pos;
    }
    return true;
}

qsizetype SentenceSplitter::listMarkerLength(QStringView line)
{
    if (line.isEmpty()) {
        return 0;
    }
    auto withSpaces = [line](qsizetype markerEnd) -> qsizetype {
        if (markerEnd >= line.size() || !isHorizontalSpace(line[markerEnd])) {
            return 0;
        }
        qsizetype e = markerEnd;
        while (e < line.size() && isHorizontalSpace(line[e])) {
            ++e;
        }
        return e < line.size() ? e : 0; // a marker alone on a line is no item
    };
    const QChar c = line[0];
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+') ||
        c == QChar(0x2022) || c == QChar(0x2023) || c == QChar(0x25E6) || c == QChar(0x2013) ||
        c == QChar(0x00B7) || c == QChar(0x25AA) || c == QChar(0x25CF)) {
        return withSpaces(1);
    }
    // "1." "12)" "a)" "(3)"
    qsizetype i = 0;
    const bool paren = c == QLatin1Char('(');
    if (paren) {
        ++i;
    }
    const qsizetype digitsStart = i;
    while (i < line.size() && i - digitsStart < 3 && line[i].isDigit()) {
        ++i;
    }
    if (i == digitsStart && i < line.size() && line[i].isLower() &&
        (i + 1 < line.size() && line[i + 1] == QLatin1Char(')'))) {
        ++i; // "a)"
    }
    if (i == digitsStart || i >= line.size()) {
        return 0;
    }
    if (line[i] == QLatin1Char(')') || (!paren && line[i] == QLatin1Char('.'))) {
        // "5. November 2024" is a date, not an item.
        if (line[i] == QLatin1Char('.')) {
            const QStringView rest = line.mid(i + 1).trimmed();
            qsizetype w = 0;
            while (w < rest.size() && rest[w].isLetter()) {
                ++w;
            }
            if (w > 0 && isMonthName(rest.left(w))) {
                return 0;
            }
        }
        return withSpaces(i + 1);
    }
    return 0;
}

qsizetype SentenceSplitter::headingMarkerLength(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 6 && line[i] == QLatin1Char('#')) {
        ++i;
    }
    if (i == 0 || i >= line.size() || !isHorizontalSpace(line[i])) {
        return 0;
    }
    while (i < line.size() && isHorizontalSpace(line[i])) {
        ++i;
    }
    return i < line.size() ? i : 0;
}

QList<SentenceSpan> SentenceSplitter::split(QStringView text) const
{
    QList<SentenceSpan> result;
    const QList<Line> lines = scanLines(text);

    int blockIndex = -1;
    auto splitBlock = [&](const Line &first, qsizetype blockEnd, bool paragraphStart) {
        ++blockIndex;
        const qsizetype from = first.contentStart;
        bool firstInBlock = true;
        auto addSentence = [&](qsizetype s, qsizetype e) {
            while (s < e && text[s].isSpace()) {
                ++s;
            }
            while (e > s && text[e - 1].isSpace()) {
                --e;
            }
            if (s >= e) {
                return;
            }
            SentenceSpan span;
            span.start = s;
            span.length = e - s;
            span.block = blockIndex;
            span.blockStart = firstInBlock;
            span.listItem = first.listItem;
            span.heading = first.heading;
            span.preformatted = first.preformatted;
            span.paragraphStart = paragraphStart && firstInBlock;
            firstInBlock = false;
            result.append(span);
        };

        if (first.preformatted) {
            addSentence(from, blockEnd);
            return;
        }
        qsizetype sentenceStart = from;
        qsizetype i = from;
        while (i < blockEnd) {
            qsizetype placeholderLength = 0;
            if (placeholderAt(text, i, &placeholderLength)) {
                i += placeholderLength;
                continue;
            }
            const QChar c = text[i];
            if (!isTerminal(c)) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < blockEnd && isTerminal(text[j])) {
                ++j;
            }
            qsizetype after = j;
            while (after < blockEnd && isClosing(text[after])) {
                ++after;
            }
            if (after < blockEnd && !text[after].isSpace()) {
                i = j; // "3.5", "e.g.", "example.com", "?!x": not a boundary
                continue;
            }
            bool ends = true;
            if (j - i == 1 && c == QLatin1Char('.')) {
                ends =
                    periodEndsSentence(text, from, i, after, blockEnd, m_casing == Casing::Trust);
            } else if (c == QLatin1Char('.') || c == QChar(0x2026)) {
                // An ellipsis ends a sentence only before a new capitalised one.
                ends = nextStart(text, after, blockEnd) != NextStart::Lower;
            }
            if (ends) {
                addSentence(sentenceStart, after);
                sentenceStart = after;
            }
            i = after;
        }
        addSentence(sentenceStart, blockEnd);
    };

    qsizetype current = -1; // index of the first line of the open block
    qsizetype currentEnd = 0;
    bool currentParagraphStart = true;
    bool sawBlank = true;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line &line = lines[n];
        if (line.blank) {
            if (current >= 0) {
                splitBlock(lines[current], currentEnd, currentParagraphStart);
                current = -1;
            }
            sawBlank = true;
            continue;
        }
        if (current >= 0 && continuesBlock(text, lines[n - 1], line, m_casing == Casing::Trust)) {
            currentEnd = line.end;
            continue;
        }
        if (current >= 0) {
            splitBlock(lines[current], currentEnd, currentParagraphStart);
        }
        current = n;
        currentEnd = line.end;
        currentParagraphStart = sawBlank;
        sawBlank = false;
    }
    if (current >= 0) {
        splitBlock(lines[current], currentEnd, currentParagraphStart);
    }
    return result;
}

QStringList SentenceSplitter::sentences(QStringView text) const
{
    QStringList out;
    const QList<SentenceSpan> spans = split(text);
    out.reserve(spans.size());
    for (const SentenceSpan &span : spans) {
        out.append(text.mid(span.start, span.length).toString());
    }
    return out;
}

} // namespace promptdesk

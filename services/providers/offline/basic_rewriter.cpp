#include "providers/offline/basic_rewriter.h"

#include "providers/offline/sentence_splitter.h"
#include "providers/offline/stop_words.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace promptdesk {

namespace {

QString normaliseLineBreaks(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.replace(QChar(0x2028), QLatin1Char('\n'));
    out.replace(QChar(0x2029), QStringLiteral("\n\n"));
    return out;
}

bool isHorizontalSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0) ||
           c == QChar(0x202F) || c == QChar(0x2009) || c == QLatin1Char('\v');
}

QString collapseSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isHorizontalSpace(c) || c == QLatin1Char('\n')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

// Words after a period that make it part of a name rather than a sentence end:
// "example.com", "report.pdf".
bool isDomainOrFileSuffix(const QString &lowerWord)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("com"),  QStringLiteral("org"),  QStringLiteral("net"),
        QStringLiteral("edu"),  QStringLiteral("gov"),  QStringLiteral("io"),
        QStringLiteral("eu"),   QStringLiteral("de"),   QStringLiteral("fr"),
        QStringLiteral("es"),   QStringLiteral("nl"),   QStringLiteral("it"),
        QStringLiteral("uk"),   QStringLiteral("ch"),   QStringLiteral("at"),
        QStringLiteral("be"),   QStringLiteral("co"),   QStringLiteral("info"),
        QStringLiteral("biz"),  QStringLiteral("pdf"),  QStringLiteral("doc"),
        QStringLiteral("docx"), QStringLiteral("txt"),  QStringLiteral("xls"),
        QStringLiteral("xlsx"), QStringLiteral("csv"),  QStringLiteral("ppt"),
        QStringLiteral("pptx"), QStringLiteral("png"),  QStringLiteral("jpg"),
        QStringLiteral("zip"),  QStringLiteral("html"), QStringLiteral("md"),
        QStringLiteral("json"), QStringLiteral("xml"),  QStringLiteral("odt"),
        QStringLiteral("eml"),  QStringLiteral("msg"),  QStringLiteral("exe"),
    };
    return suffixes.contains(lowerWord);
}

// "approved.then" -> "approved. then", "end.Next" -> "end. Next": a period between two words
// of two or more letters gets its space back, unless the pair reads as a host or file name
// ("example.com", "notes.txt") or the word is part of a URL or an address.
QString addSpaceAfterStops(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    qsizetype tokenStart = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        out.append(c);
        if (c.isSpace()) {
            tokenStart = i + 1;
            continue;
        }
        const bool stop = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
        if (!stop || i < 2 || i + 2 >= line.size()) {
            continue;
        }
        if (!line[i - 1].isLower() || !line[i - 2].isLower() || !line[i + 1].isLetter() ||
            !line[i + 2].isLower()) {
            continue;
        }
        qsizetype wordEnd = i + 1;
        while (wordEnd < line.size() && line[wordEnd].isLetter()) {
            ++wordEnd;
        }
        const QString nextWord = line.mid(i + 1, wordEnd - i - 1);
        qsizetype tokenEnd = wordEnd;
        while (tokenEnd < line.size() && !line[tokenEnd].isSpace()) {
            ++tokenEnd;
        }
        const QStringView token = QStringView(line).mid(tokenStart, tokenEnd - tokenStart);
        const bool partOfName = token.contains(QLatin1Char('@')) ||
                                token.contains(QLatin1Char('/')) ||
                                token.startsWith(QLatin1String("www"), Qt::CaseInsensitive) ||
                                (wordEnd < line.size() && line[wordEnd] == QLatin1Char('.') &&
                                 wordEnd + 1 < line.size() && line[wordEnd + 1].isLetter()) ||
                                isDomainOrFileSuffix(nextWord.toLower());
        if (!partOfName) {
            out.append(QLatin1Char(' '));
        }
    }
    return out;
}

// Spacing around punctuation within one line's content (after any list marker).
QString fixPunctuationSpacing(const QString &content)
{
    // No space before , and . unless a digit follows (".5"), none before ; : ! ? ) at all.
    thread_local const QRegularExpression spaceBeforeComma(QStringLiteral(" +([,.])(?!\\d)"));
    thread_local const QRegularExpression spaceBefore(QStringLiteral(" +([;:!?)])"));
    thread_local const QRegularExpression spaceAfterParen(QStringLiteral("\\( +"));
    // One space after , and ; before a word or a placeholder ("a,b" -> "a, b"; "1,200" stays).
    thread_local const QRegularExpression noSpaceAfterComma(
        QStringLiteral("([,;])(?=[\\p{L}\\[])"));
    // "Key:value" -> "Key: value"; leaves "10:30", "https://" and "mailto:x" alone.
    thread_local const QRegularExpression noSpaceAfterColon(
        QStringLiteral("(?<=\\p{L})(?<!mailto)(?<!tel)(?<!urn)(?<!sip)(?<!news):(?=\\p{L})"));

    QString out = content;
    out.replace(spaceBeforeComma, QStringLiteral("\\1"));
    out.replace(spaceBefore, QStringLiteral("\\1"));
    out.replace(spaceAfterParen, QStringLiteral("("));
    out.replace(noSpaceAfterComma, QStringLiteral("\\1 "));
    out.replace(noSpaceAfterColon, QStringLiteral(": "));
    return addSpaceAfterStops(out);
}

// Upper-cases the first letter of the word at `pos` unless the word looks like something
// whose case matters: a URL, an e-mail address, a brand ("iPhone"), code or a placeholder.
void capitaliseWordAt(QString &text, qsizetype pos)
{
    if (pos >= text.size() || !text[pos].isLower()) {
        return;
    }
    qsizetype end = pos;
    while (end < text.size() && !text[end].isSpace()) {
        ++end;
    }
    const QStringView word = QStringView(text).mid(pos, end - pos);
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isUpper() || c.isDigit() || c == QLatin1Char('@') || c == QLatin1Char('/') ||
            c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            return;
        }
        if ((c == QLatin1Char('.') || c == QLatin1Char(':')) && i + 1 < word.size() &&
            word[i + 1].isLetter()) {
            return; // "example.com", "e.g.", "http:"
        }
    }
    text[pos] = text[pos].toUpper();
}

void capitaliseSentenceStarts(QString &text)
{
    const QList<SentenceSpan> spans =
        SentenceSplitter(SentenceSplitter::Casing::Ignore).split(text);
    for (const SentenceSpan &span : spans) {
        if (span.preformatted) {
            continue;
        }
        qsizetype pos = span.start;
        // Skip opening quotes and brackets: "(see below)" -> "(See below)".
        while (pos < span.end() && (text[pos] == QLatin1Char('"') ||
                                    text[pos] == QLatin1Char('(') || text[pos] == QChar(0x201C) ||
                                    text[pos] == QChar(0x201E) || text[pos] == QChar(0x00AB) ||
                                    text[pos] == QChar(0x00BF) || text[pos] == QChar(0x00A1))) {
            ++pos;
        }
        capitaliseWordAt(text, pos);
    }
}

struct LineParts {
    QString indent;
    QString marker; // list or heading marker including its trailing space, normalised
    QString content;
    bool listItem = false;
    bool heading = false;
};

LineParts splitLine(const QString &line)
{
    LineParts parts;
    qsizetype s = 0;
    while (s < line.size() && isHorizontalSpace(line[s])) {
        ++s;
    }
    parts.indent = line.left(s);
    const QStringView rest = QStringView(line).mid(s);
    if (const qsizetype h = SentenceSplitter::headingMarkerLength(rest); h > 0) {
        parts.heading = true;
        parts.marker = rest.left(h).trimmed().toString() + QLatin1Char(' ');
        parts.content = rest.mid(h).toString();
    } else if (const qsizetype m = SentenceSplitter::listMarkerLength(rest); m > 0) {
        parts.listItem = true;
        parts.marker = rest.left(m).trimmed().toString() + QLatin1Char(' ');
        parts.content = rest.mid(m).toString();
    } else {
        parts.content = rest.toString();
    }
    return parts;
}

bool endsWithTerminal(QStringView text)
{
    qsizetype i = text.size();
    while (i > 0 && (text[i - 1] == QLatin1Char('"') || text[i - 1] == QLatin1Char(')') ||
                     text[i - 1] == QChar(0x201D) || text[i - 1] == QChar(0x00BB) ||
                     text[i - 1] == QLatin1Char('\''))) {
        --i;
    }
    if (i == 0) {
        return false;
    }
    const QChar c = text[i - 1];
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x2026);
}

// Makes a fragment a sentence: capital first letter, final punctuation.
QString asSentence(const QString &fragment)
{
    QString s = fragment.trimmed();
    if (s.isEmpty()) {
        return s;
    }
    while (!s.isEmpty() && (s.endsWith(QLatin1Char(',')) || s.endsWith(QLatin1Char(';')) ||
                            s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char('-')))) {
        s.chop(1);
        s = s.trimmed();
    }
    if (s.isEmpty()) {
        return s;
    }
    capitaliseWordAt(s, 0);
    if (!endsWithTerminal(s)) {
        s.append(QLatin1Char('.'));
    }
    return s;
}

// Contractions and their formal expansion, keyed in lower case with a straight apostrophe.
const QHash<QString, QString> &contractions()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t = {
            {QStringLiteral("can't"), QStringLiteral("cannot")},
            {QStringLiteral("won't"), QStringLiteral("will not")},
            {QStringLiteral("shan't"), QStringLiteral("shall not")},
            {QStringLiteral("let's"), QStringLiteral("let us")},
            {QStringLiteral("i'm"), QStringLiteral("I am")},
            {QStringLiteral("ma'am"), QStringLiteral("madam")},
        };
        const QStringList negatable = {
            QStringLiteral("do"),    QStringLiteral("does"),  QStringLiteral("did"),
            QStringLiteral("is"),    QStringLiteral("are"),   QStringLiteral("was"),
            QStringLiteral("were"),  QStringLiteral("has"),   QStringLiteral("have"),
            QStringLiteral("had"),   QStringLiteral("would"), QStringLiteral("should"),
            QStringLiteral("could"), QStringLiteral("must"),  QStringLiteral("need"),
            QStringLiteral("might"), QStringLiteral("mustn"), QStringLiteral("dare"),
        };
        for (const QString &verb : negatable) {
            t.insert(verb + QStringLiteral("n't"), verb + QStringLiteral(" not"));
        }
        auto add = [&t](const QStringList &subjects, const QString &suffix, const QString &verb) {
            for (const QString &subject : subjects) {
                const QString expandedSubject =
                    subject == QLatin1String("i") ? QStringLiteral("I") : subject;
                t.insert(subject + QLatin1Char('\'') + suffix,
                         expandedSubject + QLatin1Char(' ') + verb);
            }
        };
        add({QStringLiteral("you"), QStringLiteral("we"), QStringLiteral("they"),
             QStringLiteral("who"), QStringLiteral("what"), QStringLiteral("there")},
            QStringLiteral("re"), QStringLiteral("are"));
        add({QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("we"),
             QStringLiteral("they"), QStringLiteral("who"), QStringLiteral("could"),
             QStringLiteral("should"), QStringLiteral("would"), QStringLiteral("might"),
             QStringLiteral("must")},
            QStringLiteral("ve"), QStringLiteral("have"));
        add({QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("we"),
             QStringLiteral("they"), QStringLiteral("he"), QStringLiteral("she"),
             QStringLiteral("it"), QStringLiteral("that"), QStringLiteral("there"),
             QStringLiteral("who"), QStringLiteral("what")},
            QStringLiteral("ll"), QStringLiteral("will"));
        add({QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("we"),
             QStringLiteral("they"), QStringLiteral("he"), QStringLiteral("she"),
             QStringLiteral("it"), QStringLiteral("that"), QStringLiteral("there"),
             QStringLiteral("who")},
            QStringLiteral("d"), QStringLiteral("would"));
        add({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("it"),
             QStringLiteral("that"), QStringLiteral("there"), QStringLiteral("what"),
             QStringLiteral("where"), QStringLiteral("who"), QStringLiteral("here"),
             QStringLiteral("how")},
            QStringLiteral("s"), QStringLiteral("is"));
        return t;
    }();
    return table;
}

QString applyCaseOf(const QString &original, const QString &replacement)
{
    bool hasLower = false;
    int letters = 0;
    for (const QChar c : original) {
        if (c.isLetter()) {
            ++letters;
            hasLower = hasLower || c.isLower();
        }
    }
    if (!hasLower && letters > 1) {
        return replacement.toUpper();
    }
    QString out = replacement;
    if (original.front().isUpper()) {
        out[0] = out[0].toUpper();
    }
    return out;
}

QString expandContractions(const QString &text)
{
    thread_local const QRegularExpression contraction(
        QStringLiteral("\\b(\\p{L}+)['\\x{2019}](\\p{L}+)\\b(\\s+been\\b)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    out.reserve(text.size() + text.size() / 20);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = contraction.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = (m.captured(1) + QLatin1Char('\'') + m.captured(2)).toLower();
        const auto found = contractions().constFind(key);
        if (found == contractions().constEnd()) {
            continue;
        }
        QString expansion = found.value();
        const bool beforeBeen = m.capturedLength(3) > 0;
        // "it's been" is "it has been", "we'd been" is "we had been".
        if (beforeBeen && key.endsWith(QLatin1String("'s"))) {
            expansion = expansion.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" has");
        } else if (beforeBeen && key.endsWith(QLatin1String("'d"))) {
            expansion = expansion.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" had");
        }
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(2);
        out += QStringView(text).mid(last, start - last);
        out += applyCaseOf(text.mid(start, end - start), expansion);
        last = end;
    }
    out += QStringView(text).mid(last);
    return out;
}

// --- sentence case -------------------------------------------------------------------------

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyäöüàâéèêëîïôûùáíóúý");
    return vowels.contains(c.toLower());
}

// Acronyms in an all-capitals line cannot be told apart from words by their case, so they
// are recognised by shape (no vowel: "HR", "CRM") or from a short list.
bool isKnownAcronym(const QString &upper)
{
    static const QSet<QString> known = {
        QStringLiteral("EU"),  QStringLiteral("UK"),   QStringLiteral("USA"),
        QStringLiteral("UN"),  QStringLiteral("CEO"),  QStringLiteral("CFO"),
        QStringLiteral("CTO"), QStringLiteral("COO"),  QStringLiteral("CIO"),
        QStringLiteral("FAQ"), QStringLiteral("API"),  QStringLiteral("KPI"),
        QStringLiteral("ROI"), QStringLiteral("GDPR"), QStringLiteral("VAT"),
        QStringLiteral("USD"), QStringLiteral("EUR"),  QStringLiteral("ASAP"),
        QStringLiteral("FYI"), QStringLiteral("ETA"),  QStringLiteral("AI"),
        QStringLiteral("ID"),  QStringLiteral("IBAN"), QStringLiteral("OKR"),
        QStringLiteral("QA"),  QStringLiteral("UI"),   QStringLiteral("UX"),
        QStringLiteral("URL"), QStringLiteral("ERP"),  QStringLiteral("AG"),
        QStringLiteral("IVA"), QStringLiteral("TVA"),  QStringLiteral("NATO"),
        QStringLiteral("AWS"), QStringLiteral("EOD"),  QStringLiteral("OOO"),
    };
    return known.contains(upper);
}

// English writes weekdays and most month names with a capital ("may", "march" and "august"
// are also ordinary words and stay lower case).
bool isEnglishProperCalendarWord(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("monday"),    QStringLiteral("tuesday"), QStringLiteral("wednesday"),
        QStringLiteral("thursday"),  QStringLiteral("friday"),  QStringLiteral("saturday"),
        QStringLiteral("sunday"),    QStringLiteral("january"), QStringLiteral("february"),
        QStringLiteral("april"),     QStringLiteral("june"),    QStringLiteral("july"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"),
        QStringLiteral("december"),
    };
    return words.contains(lower);
}

struct WordShape {
    int letters = 0;
    int upper = 0;
    int lower = 0;
    bool firstUpper = false;
    bool innerUpperAfterLower = false; // "iPhone", "McKinsey"
};

WordShape shapeOf(QStringView word)
{
    WordShape shape;
    bool seenLetter = false;
    bool seenLower = false;
    for (const QChar c : word) {
        if (!c.isLetter()) {
            continue;
        }
        ++shape.letters;
        if (c.isUpper()) {
            ++shape.upper;
            if (!seenLetter) {
                shape.firstUpper = true;
            } else if (seenLower) {
                shape.innerUpperAfterLower = true;
            }
        } else if (c.isLower()) {
            ++shape.lower;
            seenLower = true;
        }
        seenLetter = true;
    }
    return shape;
}

bool containsPlaceholder(QStringView word)
{
    for (qsizetype i = word.indexOf(QLatin1Char('[')); i >= 0;
         i = word.indexOf(QLatin1Char('['), i + 1)) {
        if (SentenceSplitter::placeholderAt(word, i)) {
            return true;
        }
    }
    return false;
}

QString sentenceCaseContent(const QString &content)
{
    // Words separated by whitespace; the whitespace itself is kept as it is.
    thread_local const QRegularExpression wordPattern(QStringLiteral("\\S+"));
    QList<QRegularExpressionMatch> words;
    int letterWords = 0;
    int capitalised = 0;
    int lowerLongWords = 0;
    int lowerLetters = 0;
    int upperLetters = 0;
    for (QRegularExpressionMatchIterator it = wordPattern.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append(m);
        if (containsPlaceholder(m.capturedView(0))) {
            continue;
        }
        const WordShape shape = shapeOf(m.capturedView(0));
        if (shape.letters == 0) {
            continue;
        }
        ++letterWords;
        lowerLetters += shape.lower;
        upperLetters += shape.upper;
        if (shape.firstUpper) {
            ++capitalised;
        } else if (shape.letters >= 4) {
            ++lowerLongWords;
        }
    }
    const bool allCaps = lowerLetters == 0 && upperLetters >= 2;
    const bool titleCase =
        !allCaps && letterWords >= 2 && lowerLongWords == 0 && capitalised * 10 >= letterWords * 6;
    if (!allCaps && !titleCase) {
        return content;
    }

    QString out;
    out.reserve(content.size());
    qsizetype last = 0;
    bool sentenceStart = true;
    for (const QRegularExpressionMatch &m : std::as_const(words)) {
        const QStringView word = m.capturedView(0);
        const qsizetype start = m.capturedStart(0);
        out += QStringView(content).mid(last, start - last);
        last = m.capturedEnd(0);
        const bool startsSentence = sentenceStart;
        const QChar lastChar = word.back();
        sentenceStart = lastChar == QLatin1Char('.') || lastChar == QLatin1Char('!') ||
                        lastChar == QLatin1Char('?') || lastChar == QLatin1Char(':');
        const WordShape shape = shapeOf(word);
        if (containsPlaceholder(word) || shape.letters == 0) {
            out += word;
            continue;
        }
        QString letters;
        for (const QChar c : word) {
            if (c.isLetter()) {
                letters.append(c);
            }
        }
        bool keep = false;
        if (letters == QLatin1String("I") || word.startsWith(QLatin1String("I'")) ||
            word.startsWith(QStringView(u"I\u2019"))) {
            keep = true; // the English pronoun
        } else if (shape.lower == 0 && shape.letters >= 2 && shape.letters <= 4) {
            if (titleCase) {
                keep = true; // an all-capitals word in a mixed line is an acronym
            } else {
                const bool noVowel = std::none_of(letters.cbegin(), letters.cend(), isVowel);
                keep = !isStopWord(letters.toLower()) && (noVowel || isKnownAcronym(letters));
            }
        } else if (shape.innerUpperAfterLower) {
            keep = true; // "iPhone", "McKinsey"
        }
        QString converted = keep ? word.toString() : word.toString().toLower();
        const bool capitalise =
            startsSentence || (!keep && isEnglishProperCalendarWord(letters.toLower()));
        if (capitalise) {
            for (qsizetype i = 0; i < converted.size(); ++i) {
                if (converted[i].isLetter()) {
                    converted[i] = converted[i].toUpper();
                    break;
                }
            }
        }
        out += converted;
    }
    out += QStringView(content).mid(last);
    return out;
}

} // namespace

std::optional<RewriteStyle> rewriteStyleFromString(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("clean-up") || v == QLatin1String("cleanup")) {
        return RewriteStyle::CleanUp;
    }
    if (v == QLatin1String("formal")) {
        return RewriteStyle::Formal;
    }
    if (v == QLatin1String("bullets")) {
        return RewriteStyle::Bullets;
    }
    if (v == QLatin1String("prose")) {
        return RewriteStyle::Prose;
    }
    if (v == QLatin1String("sentence-case")) {
        return RewriteStyle::SentenceCase;
    }
    return std::nullopt;
}

QString BasicRewriter::rewrite(const QString &text, RewriteStyle style) const
{
    switch (style) {
    case RewriteStyle::CleanUp:
        return cleanUp(text);
    case RewriteStyle::Formal:
        return formal(text);
    case RewriteStyle::Bullets:
        return bullets(text);
    case RewriteStyle::Prose:
        return prose(text);
    case RewriteStyle::SentenceCase:
        return sentenceCase(text);
    }
    return cleanUp(text);
}

QString BasicRewriter::cleanUp(const QString &text) const
{
    const QStringList lines = normaliseLineBreaks(text).split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    bool previousBlank = true; // also drops leading blank lines
    bool inFence = false;
    for (const QString &line : lines) {
        // Fenced code and table rows are kept exactly as they are.
        const QString trimmed = line.trimmed();
        const bool fence =
            trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
        if (fence || inFence || trimmed.startsWith(QLatin1Char('|'))) {
            if (fence) {
                inFence = !inFence;
            }
            out.append(line);
            previousBlank = false;
            continue;
        }
        const LineParts parts = splitLine(line);
        const QString content = fixPunctuationSpacing(collapseSpaces(parts.content));
        if (content.isEmpty() && parts.marker.isEmpty()) {
            if (!previousBlank) {
                out.append(QString());
            }
            previousBlank = true;
            continue;
        }
        // Indentation matters for nested list items only.
        const QString indent = parts.listItem ? parts.indent : QString();
        out.append(indent + parts.marker + content);
        previousBlank = false;
    }
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    QString result = out.join(QLatin1Char('\n'));
    capitaliseSentenceStarts(result);
    return result;
}

QString BasicRewriter::formal(const QString &text) const
{
    return expandContractions(cleanUp(text));
}

QString BasicRewriter::bullets(const QString &text) const
{
    const QString cleaned = cleanUp(text);
    const QList<SentenceSpan> spans =
        SentenceSplitter(SentenceSplitter::Casing::Ignore).split(cleaned);
    QStringList out;
    for (const SentenceSpan &span : spans) {
        if (span.preformatted) {
            out.append(cleaned.mid(span.start, span.length)); // code and tables stay as they are
            continue;
        }
        const QString sentence = collapseSpaces(QStringView(cleaned).mid(span.start, span.length));
        if (span.heading) {
            const qsizetype lineStart = cleaned.lastIndexOf(QLatin1Char('\n'), span.start) + 1;
            if (!out.isEmpty()) {
                out.append(QString());
            }
            out.append(cleaned.mid(lineStart, span.start - lineStart).trimmed() + QLatin1Char(' ') +
                       sentence);
            out.append(QString());
            continue;
        }
        out.append(QStringLiteral("- ") + sentence);
    }
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out.join(QLatin1Char('\n'));
}

QString BasicRewriter::prose(const QString &text) const
{
    const QString cleaned = cleanUp(text);
    const QList<SentenceSpan> spans =
        SentenceSplitter(SentenceSplitter::Casing::Ignore).split(cleaned);
    QStringList paragraphs;
    QString paragraph;
    bool paragraphIsPreformatted = false;
    auto flush = [&]() {
        if (!paragraph.isEmpty()) {
            paragraphs.append(paragraph);
            paragraph.clear();
        }
        paragraphIsPreformatted = false;
    };
    for (qsizetype i = 0; i < spans.size();) {
        // One block: a list item, a heading or a (possibly wrapped) line of prose.
        const SentenceSpan &first = spans[i];
        qsizetype j = i;
        while (j + 1 < spans.size() && spans[j + 1].block == first.block) {
            ++j;
        }
        const qsizetype blockEnd = spans[j].end();
        const QString block =
            collapseSpaces(QStringView(cleaned).mid(first.start, blockEnd - first.start));
        i = j + 1;
        if (first.preformatted) {
            // Consecutive code or table lines stay together, line by line, as one paragraph.
            const bool continuing =
                !paragraph.isEmpty() && paragraphIsPreformatted && !first.paragraphStart;
            if (!continuing) {
                flush();
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(QLatin1Char('\n'));
            }
            paragraph.append(cleaned.mid(first.start, first.length));
            paragraphIsPreformatted = true;
            continue;
        }
        if (paragraphIsPreformatted) {
            flush();
        }
        paragraphIsPreformatted = false;
        if (first.heading) {
            flush();
            const qsizetype lineStart = cleaned.lastIndexOf(QLatin1Char('\n'), first.start) + 1;
            paragraphs.append(cleaned.mid(lineStart, first.start - lineStart).trimmed() +
                              QLatin1Char(' ') + block);
            continue;
        }
        if (first.paragraphStart) {
            flush();
        }
        // An introduction ("We agreed:") keeps its colon when something follows in the
        // paragraph; everything else becomes a full sentence.
        const bool nextInParagraph =
            i < spans.size() && !spans[i].paragraphStart && !spans[i].heading;
        const QString sentence =
            block.endsWith(QLatin1Char(':')) && nextInParagraph ? block : asSentence(block);
        if (sentence.isEmpty()) {
            continue;
        }
        if (!paragraph.isEmpty()) {
            paragraph.append(QLatin1Char(' '));
        }
        paragraph.append(sentence);
    }
    flush();
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString BasicRewriter::sentenceCase(const QString &text) const
{
    QStringList lines = normaliseLineBreaks(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const LineParts parts = splitLine(line);
        if (parts.content.trimmed().isEmpty()) {
            continue;
        }
        const QString converted = sentenceCaseContent(parts.content);
        if (converted != parts.content) {
            line = parts.indent + parts.marker + converted;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace promptdesk

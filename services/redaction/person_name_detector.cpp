#include "redaction/person_name_detector.h"

#include "core/logging.h"

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
    // The context word lists (resources/lexicon, see its README), one file per role a word plays.
    static const struct {
        const char *file;
        Flag flag;
    } lexicon[] = {
        {"person-particles.txt", Particle}, {"person-ambiguous.txt", Ambiguous},
        {"person-titles.txt", Title},       {"person-labels.txt", Label},
        {"person-greetings.txt", Greeting}, {"person-roles.txt", Role},
        {"person-closings.txt", Closing},   {"person-not-names.txt", Stop},
    };
    for (const auto &list : lexicon) {
        loadList(m_words, QStringLiteral(":/lexicon/") + QLatin1String(list.file), list.flag);
    }
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

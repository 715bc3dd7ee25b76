#include "redaction/streaming_restorer.h"

#include "core/logging.h"

namespace promptdesk {

namespace {

// Longest text held back after a '[': longer than any placeholder a model writes
// ("[US_DRIVER_LICENSE_123]", "[ Credit Card 12 ]"), short enough that a stray '[' in the
// output delays it only briefly.
constexpr qsizetype kMaxPlaceholderLength = 40;

// "[Email 1]", "[email_1]", "[EMAIL1]", "[ EMAIL_1 ]" -> "[EMAIL_1]". Empty when the
// bracketed text is not shaped like a placeholder (letters, then a number).
QString canonicalPlaceholder(QStringView inner)
{
    QString canon;
    canon.reserve(inner.size() + 3);
    canon += QLatin1Char('[');
    bool pendingGap = false;
    bool seenLetter = false;
    bool inDigits = false;
    for (const QChar c : inner.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            if (inDigits) {
                return {};
            }
            pendingGap = seenLetter;
            continue;
        }
        if (c.unicode() < 128 && c.isLetter()) {
            if (inDigits) {
                return {};
            }
            if (pendingGap) {
                canon += QLatin1Char('_');
            }
            canon += c.toUpper();
            seenLetter = true;
        } else if (c.unicode() >= u'0' && c.unicode() <= u'9' && seenLetter) {
            if (!inDigits) {
                canon += QLatin1Char('_');
            }
            inDigits = true;
        } else {
            return {};
        }
        if (inDigits) {
            canon += c;
        }
        pendingGap = false;
    }
    if (!inDigits) {
        return {};
    }
    canon += QLatin1Char(']');
    return canon;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// "EMAIL" from "[EMAIL_1]".
QStringView typeOf(QStringView placeholder)
{
    const qsizetype underscore = placeholder.lastIndexOf(QLatin1Char('_'));
    return placeholder.sliced(1, qMax<qsizetype>(0, underscore - 1));
}

} // namespace

StreamingRestorer::StreamingRestorer(PlaceholderVault vault)
    : m_vault(std::move(vault))
{
}

QString StreamingRestorer::feed(QStringView delta)
{
    m_pending += delta;
    // Hold back from the last '[' that is not closed yet, unless it is already too far back
    // to start a placeholder.
    qsizetype holdFrom = m_pending.size();
    const qsizetype open = m_pending.lastIndexOf(QLatin1Char('['));
    if (open >= 0 && m_pending.indexOf(QLatin1Char(']'), open) < 0 &&
        m_pending.size() - open < kMaxPlaceholderLength) {
        holdFrom = open;
    }
    // A bare placeholder ("PERSON_1", no brackets) may still be growing: hold back a trailing
    // upper-case word that could become one of this job's placeholders.
    qsizetype word = holdFrom;
    while (word > 0 && holdFrom - word < kMaxPlaceholderLength &&
           (m_pending[word - 1].isUpper() || m_pending[word - 1].isDigit() ||
            m_pending[word - 1] == QLatin1Char('_'))) {
        --word;
    }
    const bool wordStarts =
        word == 0 ? !isWordCharacter(m_lastShown) : !isWordCharacter(m_pending[word - 1]);
    if (word < holdFrom && wordStarts &&
        couldBeBarePlaceholder(QStringView(m_pending).sliced(word, holdFrom - word))) {
        holdFrom = word;
    }
    const QString ready = restoreComplete(QStringView(m_pending).first(holdFrom));
    if (holdFrom > 0) {
        m_lastShown = m_pending[holdFrom - 1]; // what the next text follows, as written
    }
    m_pending.remove(0, holdFrom);
    return ready;
}

QString StreamingRestorer::finish()
{
    const QString rest = restoreComplete(m_pending);
    if (!m_pending.isEmpty()) {
        m_lastShown = m_pending.back();
    }
    m_pending.clear();
    return rest;
}

QString StreamingRestorer::restoreComplete(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('['), i);
        // Only the first piece can follow a word character: later ones follow '[' or ']'.
        const bool afterWord = i == 0 && isWordCharacter(m_lastShown);
        if (open < 0) {
            out += restoreBare(text.sliced(i), afterWord);
            break;
        }
        out += restoreBare(text.sliced(i, open - i), afterWord);
        const qsizetype limit = qMin(text.size(), open + kMaxPlaceholderLength);
        qsizetype close = -1;
        for (qsizetype j = open + 1; j < limit; ++j) {
            if (text[j] == QLatin1Char(']')) {
                close = j;
                break;
            }
            if (text[j] == QLatin1Char('[')) {
                break; // "[[EMAIL_1]]": the inner bracket starts the candidate
            }
        }
        if (close < 0) {
            out += QLatin1Char('[');
            i = open + 1;
            continue;
        }
        const QStringView written = text.sliced(open, close + 1 - open);
        const QString canon = canonicalPlaceholder(written.sliced(1, written.size() - 2));
        if (!canon.isEmpty() && m_vault.contains(canon)) {
            out += m_vault.originalFor(canon);
        } else {
            out += written;
            // Only flag what is clearly meant as a placeholder: written exactly in our form,
            // or naming a type this job redacted. "[Page 3]" or "[1]" are left alone.
            const bool exactForm = !canon.isEmpty() && canon == written;
            bool knownType = false;
            if (!canon.isEmpty()) {
                const QMap<QString, int> counts = m_vault.countsByType();
                knownType = counts.contains(typeOf(canon).toString());
            }
            if ((exactForm || knownType) && !m_unknown.contains(written)) {
                m_unknown.append(written.toString());
                qCInfo(lcRedaction) << "unknown placeholder in output";
            }
        }
        i = close + 1;
    }
    return out;
}

bool StreamingRestorer::couldBeBarePlaceholder(QStringView word) const
{
    const QMap<QString, int> types = m_vault.countsByType();
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const QString &type = it.key();
        if (type.startsWith(word)) {
            return true; // "PERS" of PERSON
        }
        if (word.startsWith(type) && word.size() > type.size() &&
            word[type.size()] == QLatin1Char('_')) {
            bool digits = true;
            for (const QChar c : word.sliced(type.size() + 1)) {
                digits = digits && c.isDigit();
            }
            if (digits) {
                return true; // "PERSON_", "PERSON_1" (may become PERSON_12)
            }
        }
    }
    return false;
}

QString StreamingRestorer::restoreBare(QStringView text, bool afterWordCharacter)
{
    // "PERSON_1", "EMAIL_2": an upper-case type this job redacted, '_', a number, standing
    // alone. Hand-scanned (one pass) because it runs on every delta.
    if (m_vault.isEmpty() || !text.contains(QLatin1Char('_'))) {
        return text.toString();
    }
    const QMap<QString, int> types = m_vault.countsByType();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const bool atWordStart = i == 0 ? !afterWordCharacter : !isWordCharacter(text[i - 1]);
        if (!atWordStart || !text[i].isUpper()) {
            out += text[i];
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_'))) {
            ++j;
        }
        const QStringView word = text.sliced(i, j - i);
        const qsizetype underscore = word.lastIndexOf(QLatin1Char('_'));
        bool replaced = false;
        if (underscore > 0 && underscore + 1 < word.size()) {
            const QStringView type = word.first(underscore);
            const QStringView number = word.sliced(underscore + 1);
            bool digits = true;
            for (const QChar c : number) {
                digits = digits && c.unicode() >= u'0' && c.unicode() <= u'9';
            }
            if (digits && types.contains(type.toString())) {
                const QString canon = QLatin1Char('[') + word.toString() + QLatin1Char(']');
                if (m_vault.contains(canon)) {
                    out += m_vault.originalFor(canon);
                    replaced = true;
                } else if (!m_unknown.contains(word.toString())) {
                    m_unknown.append(word.toString());
                    qCInfo(lcRedaction) << "unknown placeholder in output";
                }
            }
        }
        if (!replaced) {
            out += word;
        }
        i = j;
    }
    return out;
}

} // namespace promptdesk

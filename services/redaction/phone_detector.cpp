#include "redaction/phone_detector.h"

#include "redaction/detector_names.h"
#include "redaction/digit_run.h"
#include "redaction/number_context.h"
#include "redaction/phone_validator.h"

#include <QStringList>

#include <algorithm>

namespace promptdesk {

namespace {

// Space, no-break space, narrow no-break space and the usual punctuation people write in
// phone numbers.
constexpr char16_t kSeparators[] = u" \u00A0\u202F-./";

DigitRunOptions phoneRunOptions()
{
    DigitRunOptions options;
    options.separators = QStringView(kSeparators);
    options.parentheses = true;
    options.leadingPlus = true;
    options.maxDigits = 20; // E.164 allows 15; room for a trunk "(0)" and a stray group
    options.maxGroups = 8;
    return options;
}

constexpr int kMinDigits = 8;  // "030 12345": shortest national numbers served
constexpr int kMaxDigits = 15; // E.164

// Words after which a phone-shaped number is a reference, not a phone: "Order #863-619-9566",
// "La commande 0634 835 151". Lower case, in the languages served.
const QStringList &referenceWords()
{
    static const QStringList words = {
        QStringLiteral("order"),
        QStringLiteral("orders"),
        QStringLiteral("invoice"),
        QStringLiteral("inv"),
        QStringLiteral("commande"),
        QStringLiteral("facture"),
        QStringLiteral("bestellung"),
        QStringLiteral("auftrag"),
        QStringLiteral("rechnung"),
        QStringLiteral("bestelling"),
        QStringLiteral("factuur"),
        QStringLiteral("ordine"),
        QStringLiteral("fattura"),
        QStringLiteral("pedido"),
        QStringLiteral("factura"),
        QStringLiteral("ref"),
        QStringLiteral("reference"),
        QStringLiteral("referenz"),
        QStringLiteral("référence"),
        QStringLiteral("referencia"),
        QStringLiteral("riferimento"),
        QStringLiteral("referentie"),
        QStringLiteral("ticket"),
        QStringLiteral("tracking"),
        QStringLiteral("sku"),
        QStringLiteral("build"),
        QStringLiteral("version"),
        QStringLiteral("iban"),
        QStringLiteral("card"),
        QStringLiteral("karte"),
        // Identity documents: their numbers have phone-like digit counts.
        QStringLiteral("passport"),
        QStringLiteral("pasaporte"),
        QStringLiteral("passeport"),
        QStringLiteral("reisepass"),
        QStringLiteral("paspoort"),
        QStringLiteral("passaporto"),
        QStringLiteral("license"),
        QStringLiteral("licence"),
        QStringLiteral("ssn"),
        QStringLiteral("security"),
        QStringLiteral("bsn"),
        QStringLiteral("burgerservicenummer"),
        QStringLiteral("idnr"),
        QStringLiteral("steuer"),
        QStringLiteral("steuernummer"),
        QStringLiteral("nir"),
        QStringLiteral("dni"),
        QStringLiteral("nie"),
        QStringLiteral("sécu"),
        QStringLiteral("sociale"),
        QStringLiteral("social"),
        QStringLiteral("dl"),
    };
    return words;
}

// Filler between such a word and the number: "Order no. 123", "Pedido nº 123", "INV-123".
bool isNumberWord(QStringView word)
{
    static const QStringList fillers = {
        QStringLiteral("no"),     QStringLiteral("nr"),     QStringLiteral("n"),
        QStringLiteral("num"),    QStringLiteral("number"), QStringLiteral("nummer"),
        QStringLiteral("numero"), QStringLiteral("número"), QStringLiteral("numéro"),
        QStringLiteral("nº"),     QStringLiteral("id"),
    };
    for (const QString &filler : fillers) {
        if (word.compare(filler, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// Reads the word that ends just before `pos`, skipping punctuation; returns its start.
qsizetype previousWord(QStringView text, qsizetype pos, QStringView *word)
{
    qsizetype end = pos;
    // Only a short stretch of "#", ":", "°", spaces etc. may separate word and number.
    const qsizetype limit = qMax<qsizetype>(0, pos - 4);
    while (end > limit && !text[end - 1].isLetterOrNumber() && text[end - 1] != QLatin1Char('\n')) {
        --end;
    }
    qsizetype start = end;
    while (start > 0 && end - start < 20 && text[start - 1].isLetter()) {
        --start;
    }
    *word = text.sliced(start, end - start);
    return start;
}

bool followsReferenceWord(QStringView text, qsizetype pos)
{
    QStringView word;
    qsizetype start = previousWord(text, pos, &word);
    if (!word.isEmpty() && isNumberWord(word)) {
        start = previousWord(text, start, &word);
    }
    if (word.isEmpty()) {
        return false;
    }
    const QString lower = word.toString().toLower();
    return referenceWords().contains(lower);
}

// Characters that make the digits before or after them part of something else: "$59.87",
// "INV-555", "v1.2", "12:30", "#595841".
bool gluedBefore(QStringView text, qsizetype start)
{
    if (start == 0) {
        return false;
    }
    const QChar p = text[start - 1];
    if (isWordChar(p) || p == QLatin1Char('#') || p == QLatin1Char('$') || p == QChar(0x20AC) ||
        p == QChar(0xA3) || p == QLatin1Char('+')) {
        return true;
    }
    const bool ppWord = start >= 2 && isWordChar(text[start - 2]);
    const bool ppDigit = start >= 2 && isAsciiDigit(text[start - 2]);
    if ((p == QLatin1Char('-') || p == QLatin1Char('/') || p == QLatin1Char('.')) && ppWord) {
        return true;
    }
    if (p == QLatin1Char(':')) {
        return ppDigit; // "12:30"
    }
    if (p == QLatin1Char(',') && ppDigit) {
        // "1,234,567" glues; a CSV field ending in a digit ("...e56d4477,0723...") does not.
        qsizetype begin = start - 1;
        while (begin > 0 && start - 1 - begin < 4 && isWordChar(text[begin - 1])) {
            --begin;
        }
        const QStringView before = text.sliced(begin, start - 1 - begin);
        const bool shortNumber = before.size() <= 3 &&
                                 (begin == 0 || !isWordChar(text[begin - 1])) &&
                                 std::all_of(before.begin(), before.end(), isAsciiDigit);
        return shortNumber;
    }
    return false;
}

bool gluedAfter(QStringView text, qsizetype end)
{
    if (end >= text.size()) {
        return false;
    }
    const QChar n = text[end];
    if (isWordChar(n) || n == QLatin1Char('%') || n == QChar(0x20AC) || n == QLatin1Char('$')) {
        return true;
    }
    // "03441253-a2eb-...": the first block of a UUID.
    if (n == QLatin1Char('-') && end + 1 < text.size() && text[end + 1].isLetter()) {
        return true;
    }
    const bool nnDigit = end + 1 < text.size() && isAsciiDigit(text[end + 1]);
    // "12:30", "1.234", "2024-01-11T..": the number continues in another shape. A comma is
    // left out: in CSV the next field often starts with a digit.
    return nnDigit && (n == QLatin1Char(':') || n == QLatin1Char('.') || n == QLatin1Char('-') ||
                       n == QLatin1Char('/'));
}

QChar joinerBetween(QStringView text, const DigitGroup &a, const DigitGroup &b)
{
    return b.start - a.end == 1 ? text[a.end] : QChar();
}

// "2024-11-03", "10.09.1999", "3/9/24", "2024-11-17 08:11" - dates are never phones.
bool startsWithDate(QStringView text, const DigitRun &run)
{
    if (run.plus || run.openParen || run.groups.size() < 3) {
        return false;
    }
    const DigitGroup &g0 = run.groups[0];
    const DigitGroup &g1 = run.groups[1];
    const DigitGroup &g2 = run.groups[2];
    const QChar sep = joinerBetween(text, g0, g1);
    if (sep.isNull() || sep == QLatin1Char(' ') || sep != joinerBetween(text, g1, g2)) {
        return false;
    }
    const qsizetype l0 = g0.end - g0.start;
    const qsizetype l1 = g1.end - g1.start;
    const qsizetype l2 = g2.end - g2.start;
    // "01.20.97.33.80" is a French phone: a date has no fourth group joined the same way.
    if (run.groups.size() > 3 && joinerBetween(text, g2, run.groups[3]) == sep) {
        return false;
    }
    const auto value = [&text](const DigitGroup &g) {
        return text.sliced(g.start, g.end - g.start).toInt();
    };
    const bool yearFirst = l0 == 4 && l1 <= 2 && l2 <= 2 && value(g1) <= 12 && value(g2) <= 31;
    const bool yearLast = l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) && value(g0) <= 31 &&
                          value(g1) <= 31 && qMin(value(g0), value(g1)) <= 12;
    return yearFirst || yearLast;
}

// Shapes of other identifiers: "192.168.1.254" (IPv4), "123-45-6789" (US SSN).
bool hasOtherIdShape(QStringView text, const DigitRun &run)
{
    const qsizetype n = run.groups.size();
    if (run.plus || run.openParen) {
        return false;
    }
    if (n == 4) {
        bool ipv4 = true;
        for (qsizetype g = 0; g < n; ++g) {
            const DigitGroup &group = run.groups[g];
            ipv4 = ipv4 && group.end - group.start <= 3 &&
                   text.sliced(group.start, group.end - group.start).toInt() <= 255 &&
                   (g == 0 || joinerBetween(text, run.groups[g - 1], group) == QLatin1Char('.'));
        }
        if (ipv4) {
            return true;
        }
    }
    if (n == 3) {
        const auto length = [&run](qsizetype g) {
            return run.groups[g].end - run.groups[g].start;
        };
        if (length(0) == 3 && length(1) == 2 && length(2) == 4) {
            return true;
        }
    }
    return false;
}

// Group counts to try, longest first: the whole run, then without a short trailing group
// ("0170 1234567 2"). Leading groups are never dropped: the tail of an IBAN or a tax ID is
// phone-shaped far more often than a phone follows a stray number.
QList<qsizetype> candidateLengths(const DigitRun &run)
{
    const qsizetype n = run.groups.size();
    QList<qsizetype> out{n};
    if (n > 1 && run.groups[n - 1].end - run.groups[n - 1].start <= 4) {
        out.append(n - 1);
    }
    return out;
}

} // namespace

QList<PiiSpan> PhoneDetector::detect(QStringView text) const
{
    static const DigitRunOptions options = phoneRunOptions();
    QList<PiiSpan> spans;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        if (!DigitRunScanner::canStart(text, i, options) || gluedBefore(text, i)) {
            ++i;
            continue;
        }
        const DigitRun run = DigitRunScanner::scan(text, i, options);
        i = run.end;
        if (run.tooLong || run.digitCount() < kMinDigits || startsWithDate(text, run) ||
            hasOtherIdShape(text, run) || continuesIban(text, run.start)) {
            continue;
        }
        // "+44 ..." is a phone whatever the word before it ("Security desk: +44 20 ...").
        if (!run.plus && followsReferenceWord(text, run.start)) {
            continue;
        }
        if (gluedAfter(text, run.groups.last().end)) {
            continue;
        }
        for (const qsizetype groups : candidateLengths(run)) {
            const qsizetype end = run.groups[groups - 1].end;
            const int digits = run.digitCount(0, groups);
            if (digits < kMinDigits || digits > kMaxDigits) {
                continue;
            }
            if (isPlausiblePhoneNumber(text.sliced(run.start, end - run.start).toString())) {
                spans.append(PiiSpan{run.start, end, pii::phoneType(), name()});
                break;
            }
        }
    }
    return spans;
}

} // namespace promptdesk

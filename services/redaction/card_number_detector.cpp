#include "redaction/card_number_detector.h"

#include "redaction/detector_names.h"
#include "redaction/digit_run.h"
#include "redaction/number_context.h"

namespace promptdesk {

namespace {

constexpr char16_t kSeparators[] = u" -";
constexpr int kMinDigits = 13;
constexpr int kMaxDigits = 19;

DigitRunOptions cardRunOptions()
{
    DigitRunOptions options;
    options.separators = QStringView(kSeparators);
    // Room for an expiry or CVV written right after the number ("... 1111 12 26"), which the
    // candidate loop trims off again.
    options.maxDigits = kMaxDigits + 8;
    options.maxGroups = 8;
    return options;
}

int prefixValue(QStringView digits, qsizetype length)
{
    return digits.first(length).toInt();
}

bool inRange(QStringView digits, qsizetype length, int low, int high)
{
    if (digits.size() < length) {
        return false;
    }
    const int value = prefixValue(digits, length);
    return value >= low && value <= high;
}

bool gluedBefore(QStringView text, qsizetype start)
{
    if (start == 0) {
        return false;
    }
    const QChar p = text[start - 1];
    if (isWordChar(p)) {
        return true;
    }
    const bool ppWord = start >= 2 && isWordChar(text[start - 2]);
    return ppWord && (p == QLatin1Char('-') || p == QLatin1Char('.') || p == QLatin1Char('/'));
}

bool gluedAfter(QStringView text, qsizetype end)
{
    if (end >= text.size()) {
        return false;
    }
    const QChar n = text[end];
    if (isWordChar(n)) {
        return true;
    }
    const bool nnDigit = end + 1 < text.size() && isAsciiDigit(text[end + 1]);
    return nnDigit && (n == QLatin1Char('.') || n == QLatin1Char(',') || n == QLatin1Char('-'));
}

// Card numbers are printed compact or in groups of 4 (4-6-5 for Amex, 4-6-4 for Diners) with
// one separator used throughout.
bool groupingLooksLikeCard(QStringView text, const DigitRun &run, qsizetype first, qsizetype last)
{
    if (last - first == 1) {
        return true;
    }
    if (run.groups[first].end - run.groups[first].start != 4) {
        return false;
    }
    const QChar separator = text[run.groups[first].end];
    for (qsizetype g = first; g < last; ++g) {
        const qsizetype length = run.groups[g].end - run.groups[g].start;
        if (length < 3 || length > 6) {
            return false;
        }
        if (g + 1 < last && (run.groups[g + 1].start - run.groups[g].end != 1 ||
                             text[run.groups[g].end] != separator)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool CardNumberDetector::passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool CardNumberDetector::hasKnownIssuerPrefix(QStringView digits)
{
    const qsizetype n = digits.size();
    if (n < 2) {
        return false;
    }
    const QChar first = digits[0];
    if (first == QLatin1Char('4')) {
        return n == 13 || n == 16 || n == 19; // Visa
    }
    if (inRange(digits, 2, 51, 55) || inRange(digits, 4, 2221, 2720)) {
        return n == 16; // Mastercard
    }
    if (inRange(digits, 2, 34, 34) || inRange(digits, 2, 37, 37)) {
        return n == 15; // American Express
    }
    if (inRange(digits, 4, 6011, 6011) || inRange(digits, 3, 644, 649) ||
        inRange(digits, 2, 65, 65)) {
        return n >= 16 && n <= 19; // Discover
    }
    if (inRange(digits, 4, 3528, 3589)) {
        return n >= 16 && n <= 19; // JCB
    }
    if (inRange(digits, 3, 300, 305) || inRange(digits, 2, 36, 36) || inRange(digits, 2, 38, 39) ||
        inRange(digits, 4, 3095, 3095)) {
        return n >= 14 && n <= 19; // Diners Club
    }
    if (inRange(digits, 2, 62, 62)) {
        return n >= 16 && n <= 19; // UnionPay
    }
    if (inRange(digits, 2, 50, 50) || inRange(digits, 2, 56, 69)) {
        return n >= 12 && n <= 19; // Maestro
    }
    return false;
}

QList<PiiSpan> CardNumberDetector::detect(QStringView text) const
{
    static const DigitRunOptions options = cardRunOptions();
    QList<PiiSpan> spans;
    qsizetype i = 0;
    const qsizetype size = text.size();
    QString digits;
    while (i < size) {
        if (!isAsciiDigit(text[i]) || gluedBefore(text, i)) {
            ++i;
            continue;
        }
        const DigitRun run = DigitRunScanner::scan(text, i, options);
        i = run.end;
        if (run.tooLong || run.digitCount() < kMinDigits || continuesIban(text, run.start)) {
            continue;
        }
        // The whole run, or a compact number followed by an expiry or CVV ("... 12 26").
        // Trimming groups off a grouped number is not tried: one time in ten the rest passes
        // Luhn by chance ("4942 2656 6565 2709 259").
        const qsizetype groups = run.groups.size();
        const qsizetype tries[] = {groups, 1};
        for (const qsizetype last : tries) {
            const int count = run.digitCount(0, last);
            if (count < kMinDigits || count > kMaxDigits) {
                continue;
            }
            const qsizetype end = run.groups[last - 1].end;
            if ((last == groups && gluedAfter(text, end)) ||
                !groupingLooksLikeCard(text, run, 0, last)) {
                continue;
            }
            digits.clear();
            for (qsizetype g = 0; g < last; ++g) {
                digits += text.sliced(run.groups[g].start, run.groups[g].end - run.groups[g].start);
            }
            if (passesLuhn(digits) && hasKnownIssuerPrefix(digits)) {
                spans.append(PiiSpan{run.start, end, pii::creditCardType(), name()});
                break;
            }
            if (groups == 1) {
                break; // the whole run was the compact number
            }
        }
    }
    return spans;
}

} // namespace promptdesk

#include "redaction/validators.h"

#include <QString>

namespace promptdesk::validators {

namespace {

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return false;
        }
    }
    return !s.isEmpty();
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

} // namespace

QString compact(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toUpper();
        }
    }
    return out;
}

bool luhn(QStringView digits)
{
    if (!allDigits(digits)) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool ibanMod97(QStringView value)
{
    const QString iban = compact(value);
    if (iban.size() < 15 || iban.size() > 34 || !isAsciiUpper(iban[0]) || !isAsciiUpper(iban[1]) ||
        !iban[2].isDigit() || !iban[3].isDigit()) {
        return false;
    }
    // Move the first four characters to the end, letters become 10..35, then mod 97 piecewise.
    const QString rearranged = iban.mid(4) + iban.first(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else if (isAsciiUpper(c)) {
            const int v = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool usSsn(QStringView value)
{
    const QString d = compact(value);
    if (d.size() != 9 || !allDigits(d)) {
        return false;
    }
    const int area = QStringView(d).first(3).toInt();
    const int group = QStringView(d).sliced(3, 2).toInt();
    const int serial = QStringView(d).sliced(5).toInt();
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool ukNino(QStringView value)
{
    const QString n = compact(value);
    if (n.size() != 9 || !isAsciiUpper(n[0]) || !isAsciiUpper(n[1]) ||
        !allDigits(QStringView(n).sliced(2, 6))) {
        return false;
    }
    const QStringView firstBad = u"DFIQUV";
    const QStringView secondBad = u"DFIOQUV";
    if (firstBad.contains(n[0]) || secondBad.contains(n[1])) {
        return false;
    }
    static const QStringView badPrefixes[] = {u"BG", u"GB", u"KN", u"NK", u"NT", u"TN", u"ZZ"};
    const QStringView prefix = QStringView(n).first(2);
    for (const QStringView bad : badPrefixes) {
        if (prefix == bad) {
            return false;
        }
    }
    const QChar suffix = n[8];
    return suffix.unicode() >= u'A' && suffix.unicode() <= u'D';
}

bool spanishDniOrNie(QStringView value)
{
    static const QStringView letters = u"TRWAGMYFPDXBNJZSQVHLCKE";
    QString n = compact(value);
    if (n.size() != 9) {
        return false;
    }
    const QChar first = n[0];
    if (first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z')) {
        n[0] = QChar(u'0' + (first.unicode() - u'X'));
    }
    const QStringView digits = QStringView(n).first(8);
    if (!allDigits(digits) || !isAsciiUpper(n[8])) {
        return false;
    }
    return letters[digits.toInt() % 23] == n[8];
}

bool italianCodiceFiscale(QStringView value)
{
    const QString cf = compact(value);
    if (cf.size() != 16) {
        return false;
    }
    // Shape: 6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, check letter.
    // Omocodia (digits replaced by letters LMNPQRSTUV) keeps positions alphanumeric.
    static const int oddValues[] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    for (int i = 0; i < 6; ++i) {
        if (!isAsciiUpper(cf[i])) {
            return false;
        }
    }
    if (!isAsciiUpper(cf[8]) || !QStringView(u"ABCDEHLMPRST").contains(cf[8]) ||
        !isAsciiUpper(cf[11]) || !isAsciiUpper(cf[15])) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = cf[i];
        int index = 0;
        if (c.isDigit()) {
            index = c.unicode() - u'0';
        } else if (isAsciiUpper(c)) {
            index = c.unicode() - u'A';
        } else {
            return false;
        }
        sum += (i % 2 == 0) ? oddValues[index] : index; // positions are 1-based: i=0 is odd
    }
    return cf[15].unicode() == u'A' + sum % 26;
}

bool frenchNir(QStringView value)
{
    QString n = compact(value);
    if (n.size() != 15) {
        return false;
    }
    if (n[0] != QLatin1Char('1') && n[0] != QLatin1Char('2')) {
        return false;
    }
    // Corsica: department 2A/2B counts as 19/18 with the department digits read as numbers.
    qint64 adjust = 0;
    if (n[6] == QLatin1Char('A') || n[6] == QLatin1Char('B')) {
        if (n[5] != QLatin1Char('2')) {
            return false;
        }
        adjust = n[6] == QLatin1Char('A') ? 1000000 : 2000000;
        n[6] = QLatin1Char('0');
    }
    if (!allDigits(n)) {
        return false;
    }
    const int month = QStringView(n).sliced(3, 2).toInt();
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) ||
          (month >= 50 && month <= 99))) {
        return false;
    }
    const qint64 body = QStringView(n).first(13).toLongLong() - adjust;
    const int key = QStringView(n).sliced(13).toInt();
    return key == 97 - static_cast<int>(body % 97);
}

bool dutchBsn(QStringView value)
{
    const QString d = compact(value);
    if (d.size() != 9 || !allDigits(d)) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        sum += (9 - i) * digitAt(d, i);
    }
    sum -= digitAt(d, 8);
    return sum % 11 == 0 && sum != 0;
}

bool germanTaxId(QStringView value)
{
    const QString d = compact(value);
    if (d.size() != 11 || !allDigits(d) || d[0] == QLatin1Char('0')) {
        return false;
    }
    // In the first ten digits exactly one digit repeats (twice or three times).
    int counts[10] = {};
    for (int i = 0; i < 10; ++i) {
        ++counts[digitAt(d, i)];
    }
    int repeated = 0;
    for (const int c : counts) {
        if (c > 3) {
            return false;
        }
        if (c >= 2) {
            ++repeated;
        }
    }
    if (repeated != 1) {
        return false;
    }
    int product = 10;
    for (int i = 0; i < 10; ++i) {
        int sum = (digitAt(d, i) + product) % 10;
        if (sum == 0) {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
        check = 0;
    }
    return check == digitAt(d, 10);
}

} // namespace promptdesk::validators

#include "redaction/number_context.h"

#include "redaction/digit_run.h"

namespace promptdesk {

// "DE88 8878 4010 6618 7399 83", "NL73 SNSB 0290 5895 04": digits that continue an IBAN,
// recognised by a country code and check digits ("DE88") a few short tokens back.
bool continuesIban(QStringView text, qsizetype start)
{
    qsizetype pos = start;
    for (int token = 0; token < 6 && pos >= 2 && text[pos - 1] == QLatin1Char(' '); ++token) {
        const qsizetype end = pos - 1;
        qsizetype begin = end;
        while (begin > 0 && end - begin < 4 &&
               (text[begin - 1].isUpper() || isAsciiDigit(text[begin - 1]))) {
            --begin;
        }
        if (begin == end || (begin > 0 && isWordChar(text[begin - 1]))) {
            return false;
        }
        const QStringView word = text.sliced(begin, end - begin);
        if (word.size() == 4 && word[0].isUpper() && word[1].isUpper() && isAsciiDigit(word[2]) &&
            isAsciiDigit(word[3])) {
            return true;
        }
        pos = begin;
    }
    return false;
}

} // namespace promptdesk

#include "redaction/phone_validator.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace promptdesk {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// "Possible" (a length that numbering plan uses) rather than "valid" (an assigned range):
// valid rejects numbers from ranges opened after the metadata was built, and missing a real
// phone costs more than redacting a number that only looks like one. The shape rules in
// isPlausiblePhoneNumber() and the detector's context rules keep precision up.
bool possibleIn(const std::string &number, const char *region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(number, region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return false;
    }
    // Parse() honours an explicit country code; the number must belong to `region` itself.
    std::string parsedRegion;
    util->GetRegionCodeForCountryCode(parsed.country_code(), &parsedRegion);
    return parsedRegion == region && util->IsPossibleNumber(parsed);
}

bool possibleInternational(const std::string &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(number, "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return false; // includes country codes that do not exist
    }
    return util->IsPossibleNumber(parsed);
}

} // namespace

bool isPlausiblePhoneNumber(const QString &candidate)
{
    QString digits;
    for (const QChar c : candidate) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    const QString trimmed = candidate.trimmed();
    if (trimmed.startsWith(QLatin1Char('+'))) {
        return possibleInternational(trimmed.toStdString());
    }
    if (digits.startsWith(QStringLiteral("00"))) {
        // 00 is the international call prefix in all the European regions served.
        return possibleInternational("+" + digits.sliced(2).toStdString());
    }
    const std::string number = trimmed.toStdString();
    if (digits.startsWith(QLatin1Char('0'))) {
        for (const char *region : {"GB", "DE", "FR", "NL", "IT"}) {
            if (possibleIn(number, region)) {
                return true;
            }
        }
        return false;
    }
    const qsizetype n = digits.size();
    const QChar first = digits.isEmpty() ? QChar() : digits[0];
    if ((n == 10 && first >= QLatin1Char('2')) || (n == 11 && first == QLatin1Char('1'))) {
        if (possibleIn(number, "US")) {
            return true;
        }
    }
    if (n == 9 && first >= QLatin1Char('6') && possibleIn(number, "ES")) {
        return true;
    }
    // Italian mobiles (3xx) are written without a trunk prefix.
    if ((n == 9 || n == 10) && first == QLatin1Char('3') && possibleIn(number, "IT")) {
        return true;
    }
    return false;
}

} // namespace promptdesk

#include "redaction/structured_detectors.h"

#include "redaction/text_context.h"
#include "redaction/validators.h"

#include <QDate>
#include <QHostAddress>

namespace promptdesk {

namespace {

using context::cueBefore;
using context::standsAlone;

QStringList cues(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *cue : list) {
        out.append(QString::fromUtf16(cue));
    }
    return out;
}

int countDigits(QStringView s)
{
    int n = 0;
    for (const QChar c : s) {
        n += (c.unicode() >= u'0' && c.unicode() <= u'9') ? 1 : 0;
    }
    return n;
}

} // namespace

IbanDetector::IbanDetector()
    : RegexDetector(QStringLiteral("iban"), 1, QStringLiteral("IBAN"), 48)
{
    // Longest match: an IBAN is at most 34 characters, 42 with its spaces.
    addRule(QStringLiteral(
                R"((?<![\w-])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-]))"),
            [](QStringView text, qsizetype start, qsizetype end) {
                return validators::ibanMod97(text.sliced(start, end - start));
            });
}

UsSsnDetector::UsSsnDetector()
    : RegexDetector(QStringLiteral("us-ssn"), 1, QStringLiteral("US_SSN"), 16)
{
    // Longest match: "123-45-6789".
    const auto valid = [](QStringView text, qsizetype start, qsizetype end) {
        return validators::usSsn(text.sliced(start, end - start));
    };
    addRule(QStringLiteral(R"((?<![\w-])[0-9]{3}([- ])[0-9]{2}\1[0-9]{4}(?![\w-]|[.,][0-9]))"),
            valid);
    static const QStringList ssnCues = cues({u"ssn", u"social security", u"w-9", u"w9", u"tax id",
                                             u"itin", u"onboarding was", u"sozialversicherung"});
    addRule(QStringLiteral(R"((?<![\w-])[0-9]{9}(?![\w-]|[.,][0-9]))"),
            [valid](QStringView text, qsizetype start, qsizetype end) {
                return valid(text, start, end) && cueBefore(text, start, ssnCues, 80);
            });
}

UkNinoDetector::UkNinoDetector()
    : RegexDetector(QStringLiteral("uk-nino"), 1, QStringLiteral("UK_NINO"), 16)
{
    // Longest match: "AB 12 34 56 C".
    addRule(
        QStringLiteral(R"((?<![\w-])[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![\w-]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            return validators::ukNino(text.sliced(start, end - start));
        });
}

NationalIdDetector::NationalIdDetector()
    : RegexDetector(QStringLiteral("national-id"), 1, QStringLiteral("NATIONAL_ID"), 24)
{
    // Longest match: the longest, a French NIR with spaces, is 21.
    const auto dni = [](QStringView text, qsizetype start, qsizetype end) {
        return validators::spanishDniOrNie(text.sliced(start, end - start));
    };
    // ES DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter).
    addRule(QStringLiteral(R"((?<![\w-])[0-9]{8}[- ]?[A-Z](?![\w-]))"), dni);
    addRule(QStringLiteral(R"((?<![\w-])[XYZ][- ]?[0-9]{7}[- ]?[A-Z](?![\w-]))"), dni);
    // IT codice fiscale, with omocodia letters in digit positions.
    addRule(
        QStringLiteral(
            R"((?<![\w-])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\w-]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            return validators::italianCodiceFiscale(text.sliced(start, end - start));
        },
        0, QRegularExpression::CaseInsensitiveOption);
    // FR NIR: sex, year, month, department (2A/2B), commune, order, key.
    addRule(
        QStringLiteral(
            R"((?<![\w-])[12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}(?![\w-]|[.,][0-9]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            return validators::frenchNir(text.sliced(start, end - start));
        });
    // NL BSN: nine digits pass the 11-test by chance one time in eleven, so a cue is needed.
    static const QStringList bsnCues = cues(
        {u"bsn", u"burgerservicenummer", u"sofinummer", u"sofi-nummer", u"citizen service number"});
    addRule(
        QStringLiteral(
            R"((?<![\w-])(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3} [0-9]{3} [0-9]{3})(?![\w-]|[.,][0-9]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            return validators::dutchBsn(text.sliced(start, end - start)) &&
                   cueBefore(text, start, bsnCues, 60);
        });
    // DE Steuer-ID: 11 digits, check digit and digit-repetition rule.
    static const QStringList taxCues = cues({u"steuer", u"idnr", u"id-nr", u"identifikationsnummer",
                                             u"tin", u"tax id", u"steuerliche"});
    addRule(
        QStringLiteral(
            R"((?<![\w+-])(?:[0-9]{11}|[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3})(?![\w-]|[.,][0-9]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            if (!validators::germanTaxId(text.sliced(start, end - start))) {
                return false;
            }
            // A compact number with a valid check digit is a tax id; a spaced one could be
            // a phone number and needs a cue.
            return end - start == 11 || cueBefore(text, start, taxCues, 60);
        });
}

IpAddressDetector::IpAddressDetector()
    : RegexDetector(QStringLiteral("ip"), 1, QStringLiteral("IP_ADDRESS"), 56)
{
    // Longest match: an IPv6 address with a zone is at most 55.
    addRule(QStringLiteral(
        R"((?<![\w.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?!\w|\.[0-9]))"));
    // A valid IPv6 address has its first colon within five characters (groups are at most four
    // hex digits): the look-ahead saves trying every hex-looking word ("bead", "cafe", "12").
    addRule(
        QStringLiteral(
            R"((?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:%[0-9A-Za-z]{1,15})?(?![\w:]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            const QStringView candidate = text.sliced(start, end - start);
            if (candidate.count(QLatin1Char(':')) < 2) {
                return false;
            }
            const bool compressed = candidate.contains(QStringLiteral("::"));
            if (!compressed && candidate.count(QLatin1Char(':')) != 7) {
                return false;
            }
            QHostAddress address;
            return address.setAddress(candidate.toString()) &&
                   address.protocol() == QAbstractSocket::IPv6Protocol;
        });
}

PassportDetector::PassportDetector()
    : RegexDetector(QStringLiteral("passport"), 1, QStringLiteral("PASSPORT"))
{
    // The default reach, though a match is nine characters: a German passport number may
    // hold no digit, and is then found only near other digits (a date, an id) of the record.
    static const QStringList passportCues =
        cues({u"passport", u"passeport", u"pasaporte", u"paspoort", u"passaporto", u"reisepass",
              u"passes", u"pass", u"passnummer", u"reisepassnummer"});
    addRule(
        QStringLiteral(R"((?<![\w-])[A-Z0-9]{8,9}(?![\w-]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            const QStringView token = text.sliced(start, end - start);
            // German passports use digits and the consonants CFGHJKLMNPRTVWXYZ only, and
            // may hold no digit at all.
            bool german = token.size() == 9;
            for (const QChar c : token) {
                german = german && (c.isDigit() || QStringView(u"CFGHJKLMNPRTVWXYZ").contains(c));
            }
            return (countDigits(token) >= 2 || german) && cueBefore(text, start, passportCues, 40);
        });
}

UsDriverLicenseDetector::UsDriverLicenseDetector()
    : RegexDetector(QStringLiteral("us-driver-license"), 1, QStringLiteral("US_DRIVER_LICENSE"), 24)
{
    // Longest match: at most 19 characters.
    static const QStringList licenseCues =
        cues({u"license", u"licence", u"dl", u"driver's license", u"drivers license",
              u"license no.", u"dl#", u"dl no."});
    static const QStringList notLicense = cues({u"plate", u"reg.", u"registration"});
    addRule(
        QStringLiteral(
            R"((?<![\w-])(?:[0-9]{3} [0-9]{3} [0-9]{3}|[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){6,18})(?![\w-]))"),
        [](QStringView text, qsizetype start, qsizetype end) {
            const QStringView token = text.sliced(start, end - start);
            // WA: "WDL" and nine letters or digits.
            if (countDigits(token) < 4 && !token.startsWith(u"WDL")) {
                return false;
            }
            return cueBefore(text, start, licenseCues, 32) &&
                   !cueBefore(text, start, notLicense, 32);
        });
}

VehiclePlateDetector::VehiclePlateDetector()
    : RegexDetector(QStringLiteral("vehicle-plate"), 1, QStringLiteral("VEHICLE_PLATE"), 16)
{
    // Longest match: at most 12 characters.
    // Codes that share a plate's shape but are ours (ids, tickets, products).
    static const QStringList reserved =
        cues({u"emp", u"drv", u"rdr", u"rid", u"inc", u"tkt", u"sku", u"inv", u"ord", u"ref",
              u"cust", u"cs", u"hr", u"id", u"no", u"nr", u"tel", u"fax"});
    const auto notReserved = [](QStringView text, qsizetype start, qsizetype end) {
        qsizetype i = start;
        while (i < end && text[i].isLetter()) {
            ++i;
        }
        return !reserved.contains(text.sliced(start, i - start).toString().toCaseFolded());
    };
    const QString l = QStringLiteral("(?<![\\w-])");
    const QString r = QStringLiteral("(?![\\w-]|[.,/]\\w)");
    // FR (AB-123-CD), IT (AB 123 CD / AB123CD).
    addRule(l + QStringLiteral(R"([A-Z]{2}([- ]?)[0-9]{3}\1[A-Z]{2})") + r, notReserved);
    // UK (AB12 CDE).
    addRule(l + QStringLiteral(R"([A-Z]{2}[0-9]{2} ?[A-Z]{3})") + r, notReserved);
    // ES (1234 BCD), consonants only.
    addRule(l + QStringLiteral(R"([0-9]{4}[- ]?[BCDFGHJKLMNPRSTVWXYZ]{3})") + r);
    // US: CA (8ABC123), NY/TX/IL/... (ABC-1234, ABC 1234, ABC1234).
    addRule(l + QStringLiteral(R"([0-9][A-Z]{3}[0-9]{3})") + r);
    addRule(l + QStringLiteral(R"([A-Z]{3}[- ]?[0-9]{4})") + r, notReserved);
    addRule(
        l +
            QStringLiteral(
                R"([A-Z]{2}[0-9][- ]?[A-Z][0-9]{3}|[0-9]{3}[- ][A-Z]{3}|[A-Z]{3}[- ]?[A-Z][0-9]{2})") +
            r,
        notReserved);
    // DE (M-AB 1234, B AB 123E): district, letters, digits.
    addRule(l + QStringLiteral(R"([A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [0-9]{1,4}[EH]?)") + r, notReserved);
    // NL side codes: three groups, six letters and digits in all.
    addRule(l + QStringLiteral(R"([A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3})") + r,
            [notReserved](QStringView text, qsizetype start, qsizetype end) {
                const QStringView plate = text.sliced(start, end - start);
                const int digits = countDigits(plate);
                const int alnum = static_cast<int>(plate.size()) - 2;
                return alnum == 6 && digits >= 1 && digits <= 4 && notReserved(text, start, end);
            });
}

namespace {

QString monthAlternatives()
{
    // English, German, French, Spanish, Dutch and Italian month names and abbreviations.
    return QStringLiteral(
        "jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch)?|m[äa]rz|"
        "maart|mars|apr(?:il)?|avr(?:il)?|may|mai|mei|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|"
        "aug(?:ust|ustus)?|ao[uû]t|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|"
        "nov(?:ember|embre)?|dec(?:ember|embre)?|d[ée]c(?:embre)?|dez(?:ember)?|"
        "janvier|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
        "octubre|noviembre|diciembre|januari|februari|juni|juli|augustus|oktober|"
        "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
        "januar|februar|juni|juli|oktober|dezember|gen|giu|lug|ago|set|ott|dic|ene|abr|dic");
}

int yearOf(QStringView date)
{
    // The last four-digit group in the date.
    for (qsizetype i = date.size() - 4; i >= 0; --i) {
        if (countDigits(date.sliced(i, 4)) == 4 && (i == 0 || !date[i - 1].isDigit()) &&
            (i + 4 == date.size() || !date[i + 4].isDigit())) {
            return date.sliced(i, 4).toInt();
        }
    }
    return 0;
}

} // namespace

DateOfBirthDetector::DateOfBirthDetector()
    : RegexDetector(QStringLiteral("date-of-birth"), 1, QStringLiteral("DATE_OF_BIRTH"), 32)
{
    // Longest match: 27 characters ("14. de septiembre de 1985", months of up to 10 letters).
    static const QStringList birthCues =
        cues({u"dob",          u"d.o.b",     u"birth",      u"born",         u"geboren",
              u"geburtsdatum", u"geb.",      u"geb.-datum", u"né",           u"née",
              u"né(e)",        u"naissance", u"ddn",        u"nacimiento",   u"nacido",
              u"nacida",       u"nacido/a",  u"f. nac",     u"fecha de nac", u"geboortedatum",
              u"nato",         u"nata",      u"nato/a",     u"nascita",      u"data di nascita",
              u"in our system"});
    const auto accept = [](QStringView text, qsizetype start, qsizetype end) {
        const int year = yearOf(text.sliced(start, end - start));
        const int thisYear = QDate::currentDate().year();
        if (year < 1900 || year > thisYear) {
            return false;
        }
        if (cueBefore(text, start, birthCues, 60)) {
            return true;
        }
        // Without a cue: a date at least 18 years back is most likely someone's birth date in
        // business text, whose other dates are recent events.
        return year >= 1920 && year <= thisYear - 18;
    };
    const QString l = QStringLiteral("(?<![\\w./-])");
    const QString r = QStringLiteral("(?![\\w/-]|[.:][0-9])");
    addRule(l + QStringLiteral(R"([0-9]{1,2}([./-])[0-9]{1,2}\1(?:19|20)[0-9]{2})") + r, accept);
    addRule(l + QStringLiteral(R"((?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})") + r, accept);
    const QString months = monthAlternatives();
    addRule(l + QStringLiteral(R"([0-9]{1,2}\.?[ ](?:de[ ])?(?:)") + months +
                QStringLiteral(R"()\.?,?[ ](?:de[ ])?(?:19|20)[0-9]{2})") + r,
            accept, 0, QRegularExpression::CaseInsensitiveOption);
    addRule(l + QStringLiteral(R"((?:)") + months +
                QStringLiteral(R"()\.?[ ][0-9]{1,2}(?:st|nd|rd|th)?,?[ ](?:19|20)[0-9]{2})") + r,
            accept, 0, QRegularExpression::CaseInsensitiveOption);
}

} // namespace promptdesk

#include "redaction/output_check.h"
#include "redaction/pattern_redactor.h"
#include "redaction/streaming_restorer.h"

#include <QTest>

using namespace promptdesk;

namespace {

// The type found for `value` inside `text`, or "" when no span covers it exactly.
QString typeOf(const Redactor &redactor, const QString &text, const QString &value)
{
    const qsizetype at = text.indexOf(value);
    if (at < 0) {
        return QStringLiteral("<value not in text>");
    }
    for (const PiiSpan &span : redactor.detect(text)) {
        if (span.start == at && span.end == at + value.size()) {
            return span.type;
        }
    }
    return {};
}

} // namespace

class TestTypedDetectors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsEveryType_data();
    void findsEveryType();
    void leavesHardNegativesAlone_data();
    void leavesHardNegativesAlone();
    void configuredIdsTermsAndAllowList();
    void detectorVersionNamesEveryDetector();
    void restoresBarePlaceholders();
    void outputCheckFlagsInventedValues();
    void offsetsStayConsistentOnBadInput();
};

void TestTypedDetectors::findsEveryType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    const auto row = [](const char *name, const char16_t *text, const char16_t *value,
                        const char *type) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(value)
                            << QString::fromLatin1(type);
    };
    row("iban grouped", u"Refund to IBAN GB82 WEST 1234 5698 7654 32 please.",
        u"GB82 WEST 1234 5698 7654 32", "IBAN");
    row("iban compact", u"IBAN: DE89370400440532013000", u"DE89370400440532013000", "IBAN");
    row("ssn dashed", u"SSN 123-45-6789, thanks", u"123-45-6789", "US_SSN");
    row("ssn compact with cue", u"Social Security Number: 123456789", u"123456789", "US_SSN");
    row("nino", u"NI number: AB 12 34 56 C", u"AB 12 34 56 C", "UK_NINO");
    row("dni", u"DNI: 12345678Z", u"12345678Z", "NATIONAL_ID");
    row("nie", u"NIE/DNI X-1234567-L verificado", u"X-1234567-L", "NATIONAL_ID");
    row("codice fiscale", u"CF RSSMRA85T10A562S verificato", u"RSSMRA85T10A562S", "NATIONAL_ID");
    row("nir", u"NIR 1 55 08 43 574 706 24 vérifié", u"1 55 08 43 574 706 24", "NATIONAL_ID");
    row("bsn", u"BSN: 111222333", u"111222333", "NATIONAL_ID");
    row("steuer-id", u"Steuer-ID: 86095742719", u"86095742719", "NATIONAL_ID");
    row("ipv4", u"Login IP: 192.0.2.44.", u"192.0.2.44", "IP_ADDRESS");
    row("ipv6 compressed", u"from 2001:db8::8a2e:370:7334 again", u"2001:db8::8a2e:370:7334",
        "IP_ADDRESS");
    row("ipv6 link-local", u"IP de connexion: fe80::547b:8ee:d272:bfca",
        u"fe80::547b:8ee:d272:bfca", "IP_ADDRESS");
    row("passport us", u"Passport number: 940960092", u"940960092", "PASSPORT");
    row("passport fr", u"Copie du passeport 99GP68265 au dossier.", u"99GP68265", "PASSPORT");
    row("licence fl", u"License no.: W763-976-62-379-9", u"W763-976-62-379-9", "US_DRIVER_LICENSE");
    row("plate fr", u"Le véhicule immatriculé AB-123-CD a été signalé.", u"AB-123-CD",
        "VEHICLE_PLATE");
    row("plate uk", u"The vehicle with plate FI02 UGM was seen.", u"FI02 UGM", "VEHICLE_PLATE");
    row("plate de", u"Kennzeichen: M-LG 1560", u"M-LG 1560", "VEHICLE_PLATE");
    row("plate es", u"Matrícula 6686 TRC", u"6686 TRC", "VEHICLE_PLATE");
    row("plate nl", u"Kenteken 4-FHK-11 gezien", u"4-FHK-11", "VEHICLE_PLATE");
    row("plate ca", u"Plate: 8VHJ576", u"8VHJ576", "VEHICLE_PLATE");
    row("dob en", u"Date of Birth: March 14, 1985", u"March 14, 1985", "DATE_OF_BIRTH");
    row("dob de", u"Jürgen, geboren am 10.04.1979, hat", u"10.04.1979", "DATE_OF_BIRTH");
    row("dob es", u"nacido/a el 28 de octubre de 1956", u"28 de octubre de 1956", "DATE_OF_BIRTH");
    row("address us", u"Moved to 62 Maple Ave, New York, NY 10030.",
        u"62 Maple Ave, New York, NY 10030", "ADDRESS");
    row("address uk", u"Waiting at Flat 12, 162 Baker Street, Leeds LS5 6UQ now",
        u"Flat 12, 162 Baker Street, Leeds LS5 6UQ", "ADDRESS");
    row("address de", u"neue Adresse Hauptstraße 58, 40610 Düsseldorf.",
        u"Hauptstraße 58, 40610 Düsseldorf", "ADDRESS");
    row("address fr", u"Départ : 14 impasse des Lilas, arrivée", u"14 impasse des Lilas",
        "ADDRESS");
    row("address es", u"Dirección: Calle de Alcalá 30, 50005 Zaragoza",
        u"Calle de Alcalá 30, 50005 Zaragoza", "ADDRESS");
    row("address nl", u"Adres: Javastraat 142, 1035 TN Amsterdam",
        u"Javastraat 142, 1035 TN Amsterdam", "ADDRESS");
    row("address it", u"Domicilio: Via Roma, 70 - 20149 Milano (MI)",
        u"Via Roma, 70 - 20149 Milano (MI)", "ADDRESS");
    row("city", u"She moves from Düsseldorf to Hamburg.", u"Düsseldorf", "LOCATION");
    row("employee id", u"Staff member (EMP-59641) handled it", u"EMP-59641", "EMPLOYEE_ID");
    row("customer id", u"Account RID-64421692 was closed", u"RID-64421692", "CUSTOMER_ID");
    row("person label", u"Name: Zephyrine Quillfeather\n", u"Zephyrine Quillfeather", "PERSON");
    row("person title", u"Ms. Miller called back.", u"Miller", "PERSON");
    row("person listed", u"Yesterday Sanne van den Broek phoned.", u"Sanne van den Broek",
        "PERSON");
    row("person lower", u"registered to aaliyah miller at", u"aaliyah miller", "PERSON");
    row("person caps", u"Contact DAVID HERNANDEZ today", u"DAVID HERNANDEZ", "PERSON");
    row("person signature", u"Thanks.\n\nKind regards,\nOrsolya Vantongeren\nSupport",
        u"Orsolya Vantongeren", "PERSON");
    row("person last first", u"Customer: Miller, Daniel\n", u"Miller, Daniel", "PERSON");
    row("person table", u"ride_id;name;city\nabc;Zoltan Brzeczyszczykiewicz;Leeds\n",
        u"Zoltan Brzeczyszczykiewicz", "PERSON");
}

void TestTypedDetectors::findsEveryType()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, type);
    const auto redactor = PatternRedactor::withDefaultDetectors();
    QCOMPARE(typeOf(*redactor, text, value), type);
}

void TestTypedDetectors::leavesHardNegativesAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("luhn-invalid card") << QStringLiteral("Card-like reference 4111 1111 1111 1112");
    QTest::newRow("bad iban") << QStringLiteral("The test IBAN DE88 3704 0044 0532 0130 00");
    QTest::newRow("uuid") << QStringLiteral("ride 428b5ba6-8936-41fc-bac1-9d3d6ad0269d ended");
    QTest::newRow("version") << QStringLiteral("Build v4.21.8 (build 28595)");
    QTest::newRow("recent date") << QStringLiteral("Incident INC-2024-83306 — 12 July 2025");
    QTest::newRow("timestamp") << QStringLiteral("refunded at 2024-05-25 13:03:38");
    QTest::newRow("price") << QStringLiteral("The fare costs €14,40 per trip.");
    QTest::newRow("may as a word") << QStringLiteral("We may call later. Will you confirm?");
    QTest::newRow("product name") << QStringLiteral("The Paris Flex fare is cheaper.");
}

void TestTypedDetectors::leavesHardNegativesAlone()
{
    QFETCH(QString, text);
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QList<PiiSpan> spans = redactor->detect(text);
    for (const PiiSpan &span : spans) {
        qWarning("unexpected %s span", qPrintable(span.type));
    }
    QVERIFY(spans.isEmpty());
}

void TestTypedDetectors::configuredIdsTermsAndAllowList()
{
    RedactionConfig config;
    config.employeeIdPatterns = {QStringLiteral("STAFF/[0-9]{4}"), QStringLiteral("([")};
    config.customerIdPatterns = {QStringLiteral("ACC[0-9]{6}")};
    config.customTerms = {QStringLiteral("Project Bluebird")};
    config.allowList = {QStringLiteral("Leeds")};
    const auto redactor = PatternRedactor::withConfig(config);
    const QString text = QStringLiteral(
        "STAFF/1234 moved ACC123456 to project  bluebird in Leeds; EMP-12345 unchanged.");
    QStringList found;
    for (const PiiSpan &span : redactor->detect(text)) {
        found.append(span.type + QLatin1Char('=') + text.sliced(span.start, span.length()));
    }
    QCOMPARE(found, QStringList({QStringLiteral("EMPLOYEE_ID=STAFF/1234"),
                                 QStringLiteral("CUSTOMER_ID=ACC123456"),
                                 QStringLiteral("CUSTOM=project  bluebird")}));
}

void TestTypedDetectors::detectorVersionNamesEveryDetector()
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QString version = redactor->detectorVersion();
    for (const char *name :
         {"email/", "phone/", "card/", "iban/", "us-ssn/", "uk-nino/", "national-id/", "ip/",
          "passport/", "us-driver-license/", "vehicle-plate/", "date-of-birth/", "address/",
          "location/", "person/", "employee-id/", "customer-id/", "table-columns/"}) {
        QVERIFY2(version.contains(QLatin1String(name)), name);
    }
    const RedactedText redacted = redactor->redact(QStringLiteral("Mail jo@example.com"));
    QCOMPARE(redacted.detectorVersion, version);
}

void TestTypedDetectors::restoresBarePlaceholders()
{
    PlaceholderVault vault;
    vault.placeholderFor(QStringLiteral("PERSON"), QStringLiteral("Daniel Williams"));
    vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("dw@example.com"));
    StreamingRestorer restorer(vault);
    QString shown;
    for (const QString &chunk : {QStringLiteral("Ask PERS"), QStringLiteral("ON_1 to write to "),
                                 QStringLiteral("[Email 1] or PERSON_7.")}) {
        shown += restorer.feed(chunk);
    }
    shown += restorer.finish();
    QCOMPARE(shown, QStringLiteral("Ask Daniel Williams to write to dw@example.com or PERSON_7."));
    QCOMPARE(restorer.unknownPlaceholders(), QStringList{QStringLiteral("PERSON_7")});
}

void TestTypedDetectors::outputCheckFlagsInventedValues()
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const RedactedText redacted =
        redactor->redact(QStringLiteral("Name: Daniel Williams\nMail daniel@example.com"));
    const QString output = QStringLiteral(
        "Daniel Williams (daniel@example.com) should also copy support-lead@example.org and call "
        "+44 20 7946 0958. Williams agreed.");
    const QList<OutputFinding> findings =
        OutputCheck::unexpectedPii(*redactor, output, redacted.vault);
    QStringList values;
    for (const OutputFinding &f : findings) {
        values.append(f.span.type + QLatin1Char('=') + f.value);
    }
    QCOMPARE(values, QStringList({QStringLiteral("EMAIL=support-lead@example.org"),
                                  QStringLiteral("PHONE=+44 20 7946 0958")}));
    QCOMPARE(OutputCheck::countsByType(findings).value(QStringLiteral("EMAIL")), 1);
}

void TestTypedDetectors::offsetsStayConsistentOnBadInput()
{
    // Invalid UTF-8 becomes U+FFFD; spans still point at the right characters.
    const QByteArray bytes = QByteArrayLiteral("Mail \xff\xfe jo@example.com \xc3 SSN 123-45-6789");
    const QString text = QString::fromUtf8(bytes);
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QList<PiiSpan> spans = redactor->detect(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.sliced(spans[0].start, spans[0].length()), QStringLiteral("jo@example.com"));
    QCOMPARE(text.sliced(spans[1].start, spans[1].length()), QStringLiteral("123-45-6789"));
    // Long runs of digits and separators, one 1 MB line: a result, quickly.
    QString digits;
    for (int i = 0; i < 100000; ++i) {
        digits += QStringLiteral("12-3 45.");
    }
    QElapsedTimer timer;
    timer.start();
    redactor->detect(digits);
    QVERIFY2(timer.elapsed() < 20000, "digits took too long");
}

QTEST_GUILESS_MAIN(TestTypedDetectors)
#include "test_typed_detectors.moc"

#include "redaction/validators.h"

#include <QTest>

using namespace promptdesk;

class TestValidators final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
};

void TestValidators::checks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    // Published example and test values only.
    QTest::newRow("luhn visa test") << "luhn"
                                    << "4111111111111111" << true;
    QTest::newRow("luhn off by one") << "luhn"
                                     << "4111111111111112" << false;
    QTest::newRow("iban de example") << "iban"
                                     << "DE89 3704 0044 0532 0130 00" << true;
    QTest::newRow("iban gb example") << "iban"
                                     << "GB82WEST12345698765432" << true;
    QTest::newRow("iban bad check") << "iban"
                                    << "DE88 3704 0044 0532 0130 00" << false;
    QTest::newRow("ssn ok") << "ssn"
                            << "123-45-6789" << true;
    QTest::newRow("ssn area 000") << "ssn"
                                  << "000-45-6789" << false;
    QTest::newRow("ssn area 666") << "ssn"
                                  << "666-45-6789" << false;
    QTest::newRow("ssn area 9xx") << "ssn"
                                  << "912-45-6789" << false;
    QTest::newRow("ssn group 00") << "ssn"
                                  << "123-00-6789" << false;
    QTest::newRow("ssn serial 0000") << "ssn"
                                     << "123-45-0000" << false;
    QTest::newRow("nino ok") << "nino"
                             << "AB 12 34 56 C" << true;
    QTest::newRow("nino bad prefix") << "nino"
                                     << "GB123456A" << false;
    QTest::newRow("nino bad first letter") << "nino"
                                           << "DA123456A" << false;
    QTest::newRow("nino bad suffix") << "nino"
                                     << "AB123456E" << false;
    QTest::newRow("dni ok") << "dni"
                            << "12345678Z" << true;
    QTest::newRow("dni bad letter") << "dni"
                                    << "12345678A" << false;
    QTest::newRow("nie ok") << "dni"
                            << "X-1234567-L" << true;
    QTest::newRow("cf ok") << "cf"
                           << "RSSMRA85T10A562S" << true;
    QTest::newRow("cf bad check") << "cf"
                                  << "RSSMRA85T10A562T" << false;
    QTest::newRow("nir ok") << "nir"
                            << "1 55 08 43 574 706 24" << true;
    QTest::newRow("nir bad key") << "nir"
                                 << "1 55 08 43 574 706 25" << false;
    QTest::newRow("nir corsica") << "nir"
                                 << "2 69 05 2A 004 001 39" << true;
    QTest::newRow("bsn ok") << "bsn"
                            << "111222333" << true;
    QTest::newRow("bsn bad") << "bsn"
                             << "111222334" << false;
    QTest::newRow("steuer-id ok") << "taxid"
                                  << "86095742719" << true;
    QTest::newRow("steuer-id bad check") << "taxid"
                                         << "86095742718" << false;
    QTest::newRow("steuer-id all distinct") << "taxid"
                                            << "12345678903" << false;
}

void TestValidators::checks()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    bool result = false;
    if (kind == QStringLiteral("luhn")) {
        result = validators::luhn(value);
    } else if (kind == QStringLiteral("iban")) {
        result = validators::ibanMod97(value);
    } else if (kind == QStringLiteral("ssn")) {
        result = validators::usSsn(value);
    } else if (kind == QStringLiteral("nino")) {
        result = validators::ukNino(value);
    } else if (kind == QStringLiteral("dni")) {
        result = validators::spanishDniOrNie(value);
    } else if (kind == QStringLiteral("cf")) {
        result = validators::italianCodiceFiscale(value);
    } else if (kind == QStringLiteral("nir")) {
        result = validators::frenchNir(value);
    } else if (kind == QStringLiteral("bsn")) {
        result = validators::dutchBsn(value);
    } else if (kind == QStringLiteral("taxid")) {
        result = validators::germanTaxId(value);
    }
    QCOMPARE(result, valid);
}

QTEST_GUILESS_MAIN(TestValidators)
#include "test_validators.moc"

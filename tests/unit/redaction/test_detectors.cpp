#include "redaction/card_number_detector.h"
#include "redaction/email_detector.h"
#include "redaction/phone_detector.h"

#include <QElapsedTimer>
#include <QTest>

using namespace promptdesk;

namespace {

// The texts a detector found, in order.
QStringList found(const Detector &detector, const QString &text)
{
    QStringList out;
    for (const PiiSpan &span : detector.detect(text)) {
        out.append(text.mid(span.start, span.length()));
    }
    return out;
}

} // namespace

class TestDetectors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsEmails_data();
    void findsEmails();
    void findsPhones_data();
    void findsPhones();
    void ignoresPhoneLookalikes_data();
    void ignoresPhoneLookalikes();
    void findsCards_data();
    void findsCards();
    void ignoresCardLookalikes_data();
    void ignoresCardLookalikes();
    void staysLinearOnHostileInput_data();
    void staysLinearOnHostileInput();
};

void TestDetectors::findsEmails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("Mail jane.doe@example.com today")
                           << QStringList{QStringLiteral("jane.doe@example.com")};
    QTest::newRow("plus tag") << QStringLiteral("to: <zoe.smith+work@proton.me>")
                              << QStringList{QStringLiteral("zoe.smith+work@proton.me")};
    QTest::newRow("trailing full stop") << QStringLiteral("Write to hernandez89@hotmail.co.uk.")
                                        << QStringList{QStringLiteral("hernandez89@hotmail.co.uk")};
    QTest::newRow("quotes and comma")
        << QStringLiteral("'a@b.de', (c_d@x-y.org); e@f.fr!")
        << QStringList{QStringLiteral("a@b.de"), QStringLiteral("c_d@x-y.org"),
                       QStringLiteral("e@f.fr")};
    QTest::newRow("accented") << QStringLiteral("raúl@correo.es")
                              << QStringList{QStringLiteral("raúl@correo.es")};
    QTest::newRow("no tld") << QStringLiteral("user@localhost and @handle and a@b.c")
                            << QStringList{};
}

void TestDetectors::findsEmails()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(EmailDetector(), text), expected);
}

void TestDetectors::findsPhones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("us parens") << QStringLiteral("call (415) 390-0954.")
                               << QStringLiteral("(415) 390-0954");
    QTest::newRow("us dots") << QStringLiteral("at 303.253.2222 now")
                             << QStringLiteral("303.253.2222");
    QTest::newRow("us intl") << QStringLiteral("Number is +1 404-312-8213.")
                             << QStringLiteral("+1 404-312-8213");
    QTest::newRow("uk mobile") << QStringLiteral("on 07932 689301 before")
                               << QStringLiteral("07932 689301");
    QTest::newRow("uk intl compact")
        << QStringLiteral("on +447460183231") << QStringLiteral("+447460183231");
    QTest::newRow("de slash") << QStringLiteral("Tel 069/49774452\n")
                              << QStringLiteral("069/49774452");
    QTest::newRow("de 0049") << QStringLiteral("Rückruf: 0049 151 2736534.")
                             << QStringLiteral("0049 151 2736534");
    QTest::newRow("de parens") << QStringLiteral("+49 (30) 680796,HH")
                               << QStringLiteral("+49 (30) 680796");
    QTest::newRow("fr pairs") << QStringLiteral("au +33 6 12 83 08 74\t")
                              << QStringLiteral("+33 6 12 83 08 74");
    QTest::newRow("fr compact") << QStringLiteral("au 0606116075.") << QStringLiteral("0606116075");
    QTest::newRow("es") << QStringLiteral("conductores\n645 92 14 00")
                        << QStringLiteral("645 92 14 00");
    QTest::newRow("nl trunk in parens")
        << QStringLiteral("op +31 (0)6 81917143.") << QStringLiteral("+31 (0)6 81917143");
    QTest::newRow("it mobile") << QStringLiteral("it,353 658 3555,Fire")
                               << QStringLiteral("353 658 3555");
    QTest::newRow("international after a keyword")
        << QStringLiteral("Security desk: +44 20 7946 0958") << QStringLiteral("+44 20 7946 0958");
    QTest::newRow("csv after uuid") << QStringLiteral("a-9f90-bdf2fb26bc03,07 23 23 22 93,1982")
                                    << QStringLiteral("07 23 23 22 93");
    QTest::newRow("fr dotted") << QStringLiteral("au 01.20.97.33.80.")
                               << QStringLiteral("01.20.97.33.80");
    QTest::newRow("tel colon") << QStringLiteral("Tel:+390254712984")
                               << QStringLiteral("+390254712984");
}

void TestDetectors::findsPhones()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(found(PhoneDetector(), text), QStringList{expected});
}

void TestDetectors::ignoresPhoneLookalikes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("order number") << QStringLiteral("Order #863-619-9566 shipped");
    QTest::newRow("commande") << QStringLiteral("La commande 0634 835 151, merci");
    QTest::newRow("invoice") << QStringLiteral("Invoice INV-555-727-1162 to pay");
    QTest::newRow("iso date") << QStringLiteral("on 2024-11-03 we met");
    QTest::newRow("date time") << QStringLiteral("at 2024-11-17 08:11:04.");
    QTest::newRow("dotted date") << QStringLiteral("born 10.09.1999 in Rome");
    QTest::newRow("timestamp iso") << QStringLiteral("at 2024-01-11T15:46:00Z;");
    QTest::newRow("epoch-like") << QStringLiteral("refunded at 20241227032957.");
    QTest::newRow("price") << QStringLiteral("totals $1234567.89 and €52,89");
    QTest::newRow("version") << QStringLiteral("Build 4.21.8 (build 28595)");
    QTest::newRow("uuid") << QStringLiteral("1168bfce-6d9e-4999-9b6e-53f83b18e03b");
    QTest::newRow("uuid digits first") << QStringLiteral("30561234-0170-4999-9123-531234567890");
    QTest::newRow("ticket") << QStringLiteral("Caso CS-9299022 | #595841");
    QTest::newRow("card") << QStringLiteral("4111 1111 1111 1111");
    QTest::newRow("passport") << QStringLiteral("US passport 357963583, held");
    QTest::newRow("ssn") << QStringLiteral("SSN 696-60-6366 and 744-25-6245");
    QTest::newRow("licence no") << QStringLiteral("License no.: 031 541 980");
    QTest::newRow("iban tail") << QStringLiteral("IBAN NL73 SNSB 0290 5895 04.");
    QTest::newRow("ipv4") << QStringLiteral("accessed from 81.246.50.192, then");
}

void TestDetectors::ignoresPhoneLookalikes()
{
    QFETCH(QString, text);
    QCOMPARE(found(PhoneDetector(), text), QStringList{});
}

void TestDetectors::findsCards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("visa compact") << QStringLiteral("card 4111111111111111.")
                                  << QStringLiteral("4111111111111111");
    QTest::newRow("visa spaced") << QStringLiteral("4692 0606 9776 5674 exp")
                                 << QStringLiteral("4692 0606 9776 5674");
    QTest::newRow("mastercard dashed")
        << QStringLiteral("MC 5271-8930-0486-3535,") << QStringLiteral("5271-8930-0486-3535");
    QTest::newRow("mastercard 2-series")
        << QStringLiteral("2221 0000 0000 0009") << QStringLiteral("2221 0000 0000 0009");
    QTest::newRow("amex 4-6-5") << QStringLiteral("Amex 3782 822463 10005")
                                << QStringLiteral("3782 822463 10005");
    QTest::newRow("visa 19") << QStringLiteral("4822 7323 9787 1486 062")
                             << QStringLiteral("4822 7323 9787 1486 062");
    QTest::newRow("discover with expiry")
        << QStringLiteral("6011111111111117 12 26") << QStringLiteral("6011111111111117");
}

void TestDetectors::findsCards()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(found(CardNumberDetector(), text), QStringList{expected});
}

void TestDetectors::ignoresCardLookalikes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("luhn invalid") << QStringLiteral("reference 4513-3369-3634-9360 below");
    QTest::newRow("luhn invalid 19") << QStringLiteral("Referenz 4578-4316-5158-3843-291");
    QTest::newRow("unknown issuer") << QStringLiteral("0000 0000 0000 0000"); // Luhn-valid
    QTest::newRow("too short") << QStringLiteral("4111 1111 1111");
    QTest::newRow("inside a longer number") << QStringLiteral("94111111111111111119");
    QTest::newRow("glued to letters") << QStringLiteral("ID4111111111111111");
    QTest::newRow("mixed separators") << QStringLiteral("4111-1111 1111-1111");
    QTest::newRow("luhn-valid prefix of a longer reference")
        << QStringLiteral("Card-like reference 4942 2656 6565 2709 259 below");
    QTest::newRow("iban tail") << QStringLiteral("FR94 5749 4151 0696 4518 0605");
}

void TestDetectors::ignoresCardLookalikes()
{
    QFETCH(QString, text);
    QCOMPARE(found(CardNumberDetector(), text), QStringList{});
}

void TestDetectors::staysLinearOnHostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("10 MB single line")
        << QStringLiteral("lorem ipsum-dolor.sit_amet a@b 12 ").repeated(10 * 1024 * 1024 / 34);
    QTest::newRow("1 MB of digits") << QString(1024 * 1024, QLatin1Char('7'));
    QTest::newRow("1 MB of spaced digits") << QStringLiteral("4111 ").repeated(200 * 1024);
    QTest::newRow("1 MB of at signs") << QString(1024 * 1024, QLatin1Char('@'));
    QTest::newRow("1 MB of local parts")
        << QStringLiteral("a.b+c").repeated(200 * 1024) + QStringLiteral("@x");
}

void TestDetectors::staysLinearOnHostileInput()
{
    QFETCH(QString, text);
    const EmailDetector email;
    const PhoneDetector phone;
    const CardNumberDetector card;
    QElapsedTimer timer;
    timer.start();
    const qsizetype hits =
        email.detect(text).size() + phone.detect(text).size() + card.detect(text).size();
    // Quadratic behaviour would take minutes here; linear takes well under a second.
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(hits, 0);
}

QTEST_GUILESS_MAIN(TestDetectors)
#include "test_detectors.moc"

#include "redaction/placeholder_vault.h"

#include <QTest>

using namespace promptdesk;

class TestPlaceholderVault final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void numbersPerTypeFromOne();
    void sameValueGetsSamePlaceholder_data();
    void sameValueGetsSamePlaceholder();
    void keepsFirstOriginal();
};

void TestPlaceholderVault::numbersPerTypeFromOne()
{
    PlaceholderVault vault;
    QCOMPARE(vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("a@x.org")),
             QStringLiteral("[EMAIL_1]"));
    QCOMPARE(vault.placeholderFor(QStringLiteral("PHONE"), QStringLiteral("030 123456")),
             QStringLiteral("[PHONE_1]"));
    QCOMPARE(vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("b@x.org")),
             QStringLiteral("[EMAIL_2]"));
    QCOMPARE(vault.size(), 3);
    QCOMPARE(vault.countsByType().value(QStringLiteral("EMAIL")), 2);
    QCOMPARE(vault.countsByType().value(QStringLiteral("PHONE")), 1);
    QCOMPARE(vault.originalFor(QStringLiteral("[EMAIL_2]")), QStringLiteral("b@x.org"));
    QVERIFY(vault.originalFor(QStringLiteral("[EMAIL_3]")).isEmpty());
    QVERIFY(!vault.contains(QStringLiteral("[EMAIL_3]")));
}

void TestPlaceholderVault::sameValueGetsSamePlaceholder_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("email case") << QStringLiteral("EMAIL") << QStringLiteral("Jane@Example.com")
                                << QStringLiteral("jane@example.COM") << true;
    QTest::newRow("phone punctuation")
        << QStringLiteral("PHONE") << QStringLiteral("(415) 390-0954")
        << QStringLiteral("415.390.0954") << true;
    QTest::newRow("phone + and 00") << QStringLiteral("PHONE") << QStringLiteral("+49 30 680796")
                                    << QStringLiteral("0049 30 680796") << true;
    QTest::newRow("card spacing") << QStringLiteral("CREDIT_CARD")
                                  << QStringLiteral("4111 1111 1111 1111")
                                  << QStringLiteral("4111-1111-1111-1111") << true;
    QTest::newRow("person whitespace") << QStringLiteral("PERSON") << QStringLiteral("Anna  Maria")
                                       << QStringLiteral("Anna\nMaria") << true;
    QTest::newRow("different emails") << QStringLiteral("EMAIL") << QStringLiteral("a@x.org")
                                      << QStringLiteral("b@x.org") << false;
    QTest::newRow("same text, other type")
        << QStringLiteral("PERSON") << QStringLiteral("May") << QStringLiteral("May") << true;
}

void TestPlaceholderVault::sameValueGetsSamePlaceholder()
{
    QFETCH(QString, type);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    PlaceholderVault vault;
    const QString a = vault.placeholderFor(type, first);
    const QString b = vault.placeholderFor(type, second);
    QCOMPARE(a == b, same);
    QCOMPARE(vault.size(), same ? 1 : 2);
    // A different type never shares a placeholder, even for the same text.
    QVERIFY(vault.placeholderFor(QStringLiteral("LOCATION"), first) != a);
}

void TestPlaceholderVault::keepsFirstOriginal()
{
    PlaceholderVault vault;
    vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("Jane@Example.com"));
    vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("jane@example.com"));
    QCOMPARE(vault.originalFor(QStringLiteral("[EMAIL_1]")), QStringLiteral("Jane@Example.com"));
}

QTEST_GUILESS_MAIN(TestPlaceholderVault)
#include "test_placeholder_vault.moc"

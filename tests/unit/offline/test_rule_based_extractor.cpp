#include "providers/offline/rule_based_extractor.h"

#include <QTest>

using namespace promptdesk;

namespace {

QStringList valuesOf(const QList<ExtractedItem> &items, ExtractedKind kind)
{
    QStringList values;
    for (const ExtractedItem &item : items) {
        if (item.kind == kind) {
            values.append(item.value);
        }
    }
    return values;
}

} // namespace

class TestRuleBasedExtractor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldNames();
    void dates_data();
    void dates();
    void amounts_data();
    void amounts();
    void contactsIncludePlaceholders();
    void datesAndAmountsAreNotPhoneNumbers();
    void keyValueLines();
    void markdownTableEscapesPipes();
    void fieldsOptionFilters();
    void emptyResultSaysSo();
};

void TestRuleBasedExtractor::fieldNames()
{
    QCOMPARE(extractFieldsFromString(QStringLiteral("dates")), ExtractFields::Dates);
    QCOMPARE(extractFieldsFromString(QStringLiteral("amounts")), ExtractFields::Amounts);
    QCOMPARE(extractFieldsFromString(QStringLiteral("contacts")), ExtractFields::Contacts);
    QCOMPARE(extractFieldsFromString(QStringLiteral("key-values")), ExtractFields::KeyValues);
    QCOMPARE(extractFieldsFromString(QStringLiteral("all")), ExtractFields::All);
    QCOMPARE(extractFieldsFromString(QStringLiteral("nonsense")), ExtractFields::All);
}

void TestRuleBasedExtractor::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("iso") << QStringLiteral("Due 2024-11-05, not 2024-13-45.")
                         << QStringList{QStringLiteral("2024-11-05")};
    QTest::newRow("slashes and dots")
        << QStringLiteral("Signed 05/11/2024 and paid 11.05.2024.")
        << QStringList{QStringLiteral("05/11/2024"), QStringLiteral("11.05.2024")};
    QTest::newRow("english day month year")
        << QStringLiteral("Meeting on 5 November 2024 and on 21st March 2025.")
        << QStringList{QStringLiteral("5 November 2024"), QStringLiteral("21st March 2025")};
    QTest::newRow("english month day year")
        << QStringLiteral("Since Nov 5, 2024 and until January 15 2025.")
        << QStringList{QStringLiteral("Nov 5, 2024"), QStringLiteral("January 15 2025")};
    QTest::newRow("german") << QStringLiteral("Am 5. März 2024 und am 1. Dezember 2024.")
                            << QStringList{QStringLiteral("5. März 2024"),
                                           QStringLiteral("1. Dezember 2024")};
    QTest::newRow("french") << QStringLiteral("Le 1er janvier 2025 ou le 14 juillet 2024.")
                            << QStringList{QStringLiteral("1er janvier 2025"),
                                           QStringLiteral("14 juillet 2024")};
    QTest::newRow("spanish") << QStringLiteral("El 5 de noviembre de 2024.")
                             << QStringList{QStringLiteral("5 de noviembre de 2024")};
    QTest::newRow("no dates") << QStringLiteral("Version 1.2.3 costs 3.50 and you may 5 go.")
                              << QStringList{};
}

void TestRuleBasedExtractor::dates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<ExtractedItem> items = RuleBasedExtractor().extract(text, ExtractFields::Dates);
    QCOMPARE(valuesOf(items, ExtractedKind::Date), expected);
    for (const ExtractedItem &item : items) {
        QCOMPARE(item.field, QStringLiteral("Date"));
    }
}

void TestRuleBasedExtractor::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("symbol before")
        << QStringLiteral("Lunch €12.50, hotel $1,200.00 and a coffee £3.")
        << QStringList{QStringLiteral("€12.50"), QStringLiteral("$1,200.00"), QStringLiteral("£3")};
    QTest::newRow("code after") << QStringLiteral("Total 12,50 EUR plus 1.234,56 €.")
                                << QStringList{QStringLiteral("12,50 EUR"),
                                               QStringLiteral("1.234,56 €")};
    QTest::newRow("code before") << QStringLiteral("Fee: USD 40 or CHF 35.90")
                                 << QStringList{QStringLiteral("USD 40"),
                                                QStringLiteral("CHF 35.90")};
    QTest::newRow("words") << QStringLiteral("It cost 20 euros.")
                           << QStringList{QStringLiteral("20 euros")};
    QTest::newRow("numbers without currency")
        << QStringLiteral("Room 12, 3.5 percent, 2024.") << QStringList{};
}

void TestRuleBasedExtractor::amounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<ExtractedItem> items = RuleBasedExtractor().extract(text, ExtractFields::Amounts);
    QCOMPARE(valuesOf(items, ExtractedKind::Amount), expected);
}

void TestRuleBasedExtractor::contactsIncludePlaceholders()
{
    const QString text = QStringLiteral(
        "Write to [EMAIL_1] or support@example.com. Call [PHONE_2], +49 30 1234567 or "
        "(555) 123-4567. Ask [PERSON_1].");
    const QList<ExtractedItem> items = RuleBasedExtractor().extract(text, ExtractFields::Contacts);
    QCOMPARE(valuesOf(items, ExtractedKind::Email),
             QStringList({QStringLiteral("[EMAIL_1]"), QStringLiteral("support@example.com")}));
    QCOMPARE(valuesOf(items, ExtractedKind::Phone),
             QStringList({QStringLiteral("[PHONE_2]"), QStringLiteral("+49 30 1234567"),
                          QStringLiteral("(555) 123-4567")}));
    for (const ExtractedItem &item : items) {
        QVERIFY(item.field == QLatin1String("E-mail") || item.field == QLatin1String("Phone"));
        QVERIFY(!item.value.contains(QLatin1String("PERSON")));
    }
}

void TestRuleBasedExtractor::datesAndAmountsAreNotPhoneNumbers()
{
    const QString text = QStringLiteral("On 05.11.2024 we paid 0,50 EUR; ref 2024-11-05.");
    const QList<ExtractedItem> items = RuleBasedExtractor().extract(text, ExtractFields::All);
    QVERIFY(valuesOf(items, ExtractedKind::Phone).isEmpty());
    QCOMPARE(valuesOf(items, ExtractedKind::Date).size(), 2);
    QCOMPARE(valuesOf(items, ExtractedKind::Amount), QStringList{QStringLiteral("0,50 EUR")});
}

void TestRuleBasedExtractor::keyValueLines()
{
    const QString text = QStringLiteral("Invoice number: INV-2024-001\n"
                                        "  Customer:   [PERSON_1]\n"
                                        "- Due date: 5 November 2024\n"
                                        "This line has a colon in the middle of a very long "
                                        "sentence that is no key: no\n"
                                        "See https://example.com/x\n"
                                        "10:30 meeting\n"
                                        "Empty:\n");
    const QList<ExtractedItem> items = RuleBasedExtractor().extract(text, ExtractFields::KeyValues);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].field, QStringLiteral("Invoice number"));
    QCOMPARE(items[0].value, QStringLiteral("INV-2024-001"));
    QCOMPARE(items[1].field, QStringLiteral("Customer"));
    QCOMPARE(items[1].value, QStringLiteral("[PERSON_1]"));
    QCOMPARE(items[2].field, QStringLiteral("Due date"));
    QCOMPARE(items[2].value, QStringLiteral("5 November 2024"));
}

void TestRuleBasedExtractor::markdownTableEscapesPipes()
{
    const QString text = QStringLiteral("Route: A | B | C\nContact: [EMAIL_3]\n");
    const QString table = RuleBasedExtractor().extractAsMarkdown(text, ExtractFields::All);
    const QStringList lines = table.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("| Field | Value |"));
    QCOMPARE(lines.value(1), QStringLiteral("| --- | --- |"));
    QVERIFY(lines.contains(QStringLiteral("| Route | A \\| B \\| C |")));
    QVERIFY(lines.contains(QStringLiteral("| Contact | [EMAIL_3] |")));
    QVERIFY(lines.contains(QStringLiteral("| E-mail | [EMAIL_3] |")));
    for (const QString &line : lines) {
        // Every row has exactly three unescaped pipes: the table stays two columns wide.
        QString unescaped = line;
        unescaped.remove(QStringLiteral("\\|"));
        QCOMPARE(unescaped.count(QLatin1Char('|')), 3);
    }
}

void TestRuleBasedExtractor::fieldsOptionFilters()
{
    const QString text =
        QStringLiteral("Date: 2024-11-05\nTotal: €99.00\nMail: [EMAIL_1]\nPhone: [PHONE_1]\n");
    const RuleBasedExtractor extractor;
    const QList<ExtractedItem> all = extractor.extract(text, ExtractFields::All);
    QCOMPARE(valuesOf(all, ExtractedKind::KeyValue).size(), 4);
    QCOMPARE(valuesOf(all, ExtractedKind::Amount), QStringList{QStringLiteral("€99.00")});
    QCOMPARE(valuesOf(all, ExtractedKind::Email), QStringList{QStringLiteral("[EMAIL_1]")});
    // "Date: 2024-11-05" and "Phone: [PHONE_1]" are one row each, not two: same field, same
    // value as the typed item.
    QCOMPARE(valuesOf(all, ExtractedKind::Date), QStringList{});
    QCOMPARE(valuesOf(all, ExtractedKind::Phone), QStringList{});

    const QList<ExtractedItem> dates = extractor.extract(text, ExtractFields::Dates);
    QCOMPARE(dates.size(), 1);
    QCOMPARE(dates[0].kind, ExtractedKind::Date);
    const QList<ExtractedItem> contacts = extractor.extract(text, ExtractFields::Contacts);
    QCOMPARE(contacts.size(), 2);
    const QList<ExtractedItem> amounts = extractor.extract(text, ExtractFields::Amounts);
    QCOMPARE(amounts.size(), 1);
}

void TestRuleBasedExtractor::emptyResultSaysSo()
{
    const RuleBasedExtractor extractor;
    const QString text = QStringLiteral("Nothing to see here, just words.");
    QCOMPARE(extractor.extractAsMarkdown(text, ExtractFields::Dates),
             QStringLiteral("No dates found."));
    QCOMPARE(extractor.extractAsMarkdown(text, ExtractFields::Amounts),
             QStringLiteral("No amounts found."));
    QCOMPARE(extractor.extractAsMarkdown(text, ExtractFields::Contacts),
             QStringLiteral("No contact details found."));
    QCOMPARE(extractor.extractAsMarkdown(text, ExtractFields::KeyValues),
             QStringLiteral("No labelled fields found."));
    QVERIFY(extractor.extractAsMarkdown(text, ExtractFields::All).startsWith(QLatin1String("No ")));
}

QTEST_GUILESS_MAIN(TestRuleBasedExtractor)
#include "test_rule_based_extractor.moc"

#include "redaction/streaming_restorer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace promptdesk;

namespace {

PlaceholderVault sampleVault()
{
    PlaceholderVault vault;
    vault.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("jane@example.com"));
    vault.placeholderFor(QStringLiteral("PHONE"), QStringLiteral("+44 20 7946 0958"));
    vault.placeholderFor(QStringLiteral("CREDIT_CARD"), QStringLiteral("4111 1111 1111 1111"));
    return vault;
}

QString runChunks(StreamingRestorer &restorer, const QStringList &chunks)
{
    QString out;
    for (const QString &chunk : chunks) {
        out += restorer.feed(chunk);
    }
    return out + restorer.finish();
}

} // namespace

class TestStreamingRestorer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restoresPlaceholderSplitAnywhere();
    void restoresWithRandomChunkSizes();
    void holdsBackOnlyPossiblePlaceholders();
    void flagsUnknownPlaceholders();
    void strayBracketDoesNotStall();
    void acceptsModelVariants_data();
    void acceptsModelVariants();
    void bareWordInsideAnotherWordStaysAsWrittenAcrossChunks();
};

void TestStreamingRestorer::restoresPlaceholderSplitAnywhere()
{
    const QString output = QStringLiteral("Write to [EMAIL_1] or call [PHONE_1].");
    const QString expected = QStringLiteral("Write to jane@example.com or call +44 20 7946 0958.");
    for (qsizetype cut = 0; cut <= output.size(); ++cut) {
        for (qsizetype cut2 = cut; cut2 <= output.size(); cut2 += 5) {
            StreamingRestorer restorer(sampleVault());
            const QString shown = runChunks(
                restorer, {output.left(cut), output.mid(cut, cut2 - cut), output.mid(cut2)});
            QCOMPARE(shown, expected);
            QVERIFY(restorer.unknownPlaceholders().isEmpty());
        }
    }
}

void TestStreamingRestorer::restoresWithRandomChunkSizes()
{
    const QString output = QStringLiteral(
        "[CREDIT_CARD_1] is on file; [EMAIL_1][PHONE_1] [[EMAIL_1]] [x] [ a [EMAIL_1]");
    const QString expected = QStringLiteral(
        "4111 1111 1111 1111 is on file; jane@example.com+44 20 7946 0958 [jane@example.com] [x] [ "
        "a jane@example.com");
    QRandomGenerator rng(42);
    for (int round = 0; round < 500; ++round) {
        StreamingRestorer restorer(sampleVault());
        QStringList chunks;
        for (qsizetype i = 0; i < output.size();) {
            const qsizetype n = 1 + rng.bounded(8);
            chunks.append(output.mid(i, n));
            i += n;
        }
        QCOMPARE(runChunks(restorer, chunks), expected);
    }
}

void TestStreamingRestorer::holdsBackOnlyPossiblePlaceholders()
{
    StreamingRestorer restorer(sampleVault());
    QCOMPARE(restorer.feed(u"Hello [EMA"), QStringLiteral("Hello "));
    QCOMPARE(restorer.feed(u"IL_1] and"), QStringLiteral("jane@example.com and"));
    QCOMPARE(restorer.feed(u" more"), QStringLiteral(" more"));
    QCOMPARE(restorer.finish(), QString());
}

void TestStreamingRestorer::flagsUnknownPlaceholders()
{
    StreamingRestorer restorer(sampleVault());
    const QString shown = runChunks(restorer, {QStringLiteral("Ask [PERSON_4] and [EMAIL_9"),
                                               QStringLiteral("], see [1] and [Page 3].")});
    // Unknown placeholders stay visible so the user sees something is missing.
    QCOMPARE(shown, QStringLiteral("Ask [PERSON_4] and [EMAIL_9], see [1] and [Page 3]."));
    QCOMPARE(restorer.unknownPlaceholders(),
             (QStringList{QStringLiteral("[PERSON_4]"), QStringLiteral("[EMAIL_9]")}));
}

void TestStreamingRestorer::strayBracketDoesNotStall()
{
    StreamingRestorer restorer(sampleVault());
    QString shown = restorer.feed(u"array[");
    QCOMPARE(shown, QStringLiteral("array"));
    // Once the text after '[' is longer than any placeholder, it is released.
    for (int i = 0; i < 10; ++i) {
        shown += restorer.feed(u"index ");
    }
    QVERIFY2(shown.size() >= 5 + 60 - 40, qPrintable(shown));
    QVERIFY(shown.startsWith(QStringLiteral("array[index")));
    shown += restorer.finish();
    QCOMPARE(shown, QStringLiteral("array[") + QStringLiteral("index ").repeated(10));
}

void TestStreamingRestorer::acceptsModelVariants_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title case") << QStringLiteral("[Email_1]")
                                << QStringLiteral("jane@example.com");
    QTest::newRow("lower with space")
        << QStringLiteral("[email 1]") << QStringLiteral("jane@example.com");
    QTest::newRow("no separator") << QStringLiteral("[EMAIL1]")
                                  << QStringLiteral("jane@example.com");
    QTest::newRow("padded") << QStringLiteral("[ PHONE_1 ]") << QStringLiteral("+44 20 7946 0958");
    QTest::newRow("spaced type") << QStringLiteral("[Credit Card 1]")
                                 << QStringLiteral("4111 1111 1111 1111");
    QTest::newRow("hyphen") << QStringLiteral("[credit-card-1]")
                            << QStringLiteral("4111 1111 1111 1111");
}

void TestStreamingRestorer::acceptsModelVariants()
{
    QFETCH(QString, written);
    QFETCH(QString, expected);
    for (qsizetype cut = 0; cut <= written.size(); ++cut) {
        StreamingRestorer restorer(sampleVault());
        QCOMPARE(runChunks(restorer, {QStringLiteral("<") + written.left(cut),
                                      written.mid(cut) + QStringLiteral(">")}),
                 QStringLiteral("<") + expected + QStringLiteral(">"));
        QVERIFY(restorer.unknownPlaceholders().isEmpty());
    }
}

void TestStreamingRestorer::bareWordInsideAnotherWordStaysAsWrittenAcrossChunks()
{
    // "ZPHONE_1" is not the placeholder PHONE_1, whether the "Z" came in the same delta or an
    // earlier one (found by libFuzzer: split at every point, the output must not change).
    const QString output = QStringLiteral("Ref ZPHONE_1 and PHONE_1.");
    const QString expected = QStringLiteral("Ref ZPHONE_1 and +44 20 7946 0958.");
    for (qsizetype cut = 0; cut <= output.size(); ++cut) {
        StreamingRestorer restorer(sampleVault());
        QCOMPARE(runChunks(restorer, {output.left(cut), output.mid(cut)}), expected);
    }
    StreamingRestorer oneByOne(sampleVault());
    QStringList characters;
    for (const QChar c : output) {
        characters.append(QString(c));
    }
    QCOMPARE(runChunks(oneByOne, characters), expected);
}

QTEST_GUILESS_MAIN(TestStreamingRestorer)
#include "test_streaming_restorer.moc"

#include "providers/offline/sentence_splitter.h"

#include <QTest>

using namespace promptdesk;

class TestSentenceSplitter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void abbreviationsDoNotSplit_data();
    void abbreviationsDoNotSplit();
    void decimalsAndNumericDatesDoNotSplit();
    void germanAbbreviationsAndOrdinalDates();
    void otherLanguages_data();
    void otherLanguages();
    void initialsDoNotSplit();
    void lineBreaksBulletsAndHeadingsAreBoundaries();
    void hardWrappedLinesAreJoined();
    void placeholdersAreNeverSplit();
    void codeAndTablesArePreformatted();
    void spansPointIntoTheText();

private:
    static void addRow(const char *name, const QString &text, const QStringList &expected)
    {
        QTest::newRow(name) << text << expected;
    }
};

void TestSentenceSplitter::abbreviationsDoNotSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    addRow("Mr. and Dr.", QStringLiteral("Mr. Smith met Dr. Jones today. They talked."),
           {QStringLiteral("Mr. Smith met Dr. Jones today."), QStringLiteral("They talked.")});
    addRow("e.g. and i.e.",
           QStringLiteral("Bring fruit, e.g. apples. Use the form, i.e. the blue one. Done."),
           {QStringLiteral("Bring fruit, e.g. apples."),
            QStringLiteral("Use the form, i.e. the blue one."), QStringLiteral("Done.")});
    addRow("No. before number", QStringLiteral("See item No. 5 in the list. Thanks."),
           {QStringLiteral("See item No. 5 in the list."), QStringLiteral("Thanks.")});
    addRow("Inc. mid-sentence", QStringLiteral("Acme Inc. announced results. Shares rose."),
           {QStringLiteral("Acme Inc. announced results."), QStringLiteral("Shares rose.")});
    addRow("etc. at the end", QStringLiteral("We bought apples, pears, etc. Then we went home."),
           {QStringLiteral("We bought apples, pears, etc."), QStringLiteral("Then we went home.")});
    addRow("question and exclamation", QStringLiteral("Is it ready? Yes! Ship it."),
           {QStringLiteral("Is it ready?"), QStringLiteral("Yes!"), QStringLiteral("Ship it.")});
    addRow("closing quote stays", QStringLiteral("She said \"stop.\" Then she left."),
           {QStringLiteral("She said \"stop.\""), QStringLiteral("Then she left.")});
}

void TestSentenceSplitter::abbreviationsDoNotSplit()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SentenceSplitter().sentences(text), expected);
}

void TestSentenceSplitter::decimalsAndNumericDatesDoNotSplit()
{
    const QString text = QStringLiteral(
        "The rate rose to 3.5 percent on 11.05.2024. Revenue was $1,200.50 in total. "
        "Visit example.com for details.");
    QCOMPARE(SentenceSplitter().sentences(text),
             QStringList({QStringLiteral("The rate rose to 3.5 percent on 11.05.2024."),
                          QStringLiteral("Revenue was $1,200.50 in total."),
                          QStringLiteral("Visit example.com for details.")}));
}

void TestSentenceSplitter::germanAbbreviationsAndOrdinalDates()
{
    const QString text = QStringLiteral(
        "Wir treffen uns am 5. November im Büro. Bitte bringen Sie Unterlagen mit, z.B. den "
        "Vertrag, die Rechnung usw. und den Ausweis. Herr Dr. Weber leitet die Sitzung, d.h. "
        "er moderiert. Danke!");
    QCOMPARE(SentenceSplitter().sentences(text),
             QStringList({QStringLiteral("Wir treffen uns am 5. November im Büro."),
                          QStringLiteral("Bitte bringen Sie Unterlagen mit, z.B. den Vertrag, "
                                         "die Rechnung usw. und den Ausweis."),
                          QStringLiteral("Herr Dr. Weber leitet die Sitzung, d.h. er moderiert."),
                          QStringLiteral("Danke!")}));
}

void TestSentenceSplitter::otherLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    addRow("fr",
           QStringLiteral("M. Dupont arrive demain. Il apporte des documents, p.ex. le "
                          "contrat. Mme Martin confirme."),
           {QStringLiteral("M. Dupont arrive demain."),
            QStringLiteral("Il apporte des documents, p.ex. le contrat."),
            QStringLiteral("Mme Martin confirme.")});
    addRow("es",
           QStringLiteral("El Sr. García llega hoy. ¿Tiene el informe? Sí, p.ej. el "
                          "anexo."),
           {QStringLiteral("El Sr. García llega hoy."), QStringLiteral("¿Tiene el informe?"),
            QStringLiteral("Sí, p.ej. el anexo.")});
    addRow("nl",
           QStringLiteral("Dhr. Jansen belt morgen. Stuur de stukken, bijv. het "
                          "contract. Bedankt."),
           {QStringLiteral("Dhr. Jansen belt morgen."),
            QStringLiteral("Stuur de stukken, bijv. het contract."), QStringLiteral("Bedankt.")});
    addRow("it",
           QStringLiteral("Il Sig. Rossi arriva domani. Porta i documenti, fatture ecc. "
                          "Grazie."),
           {QStringLiteral("Il Sig. Rossi arriva domani."),
            QStringLiteral("Porta i documenti, fatture ecc."), QStringLiteral("Grazie.")});
}

void TestSentenceSplitter::otherLanguages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SentenceSplitter().sentences(text), expected);
}

void TestSentenceSplitter::initialsDoNotSplit()
{
    const QString text =
        QStringLiteral("The memo from J. K. Rowling arrived. John F. Kennedy was quoted.");
    QCOMPARE(SentenceSplitter().sentences(text),
             QStringList({QStringLiteral("The memo from J. K. Rowling arrived."),
                          QStringLiteral("John F. Kennedy was quoted.")}));
}

void TestSentenceSplitter::lineBreaksBulletsAndHeadingsAreBoundaries()
{
    const QString text = QStringLiteral("# Weekly update\n"
                                        "Subject: Budget review\n"
                                        "Hello team\n"
                                        "\n"
                                        "- first point without a period\n"
                                        "* second point\n"
                                        "1. numbered item\n"
                                        "\n"
                                        "Closing words.");
    const QList<SentenceSpan> spans = SentenceSplitter().split(text);
    QStringList sentences;
    for (const SentenceSpan &span : spans) {
        sentences.append(text.mid(span.start, span.length));
    }
    QCOMPARE(
        sentences,
        QStringList({QStringLiteral("Weekly update"), QStringLiteral("Subject: Budget review"),
                     QStringLiteral("Hello team"), QStringLiteral("first point without a period"),
                     QStringLiteral("second point"), QStringLiteral("numbered item"),
                     QStringLiteral("Closing words.")}));
    QVERIFY(spans[0].heading);
    QVERIFY(!spans[1].heading && !spans[1].listItem);
    QVERIFY(spans[3].listItem && spans[4].listItem && spans[5].listItem);
    QVERIFY(spans[3].paragraphStart);
    QVERIFY(!spans[4].paragraphStart);
    QVERIFY(spans[6].paragraphStart);
}

void TestSentenceSplitter::hardWrappedLinesAreJoined()
{
    const QString text = QStringLiteral("The committee discussed the budget and\n"
                                        "agreed to review it in March. Next steps follow.");
    const QStringList sentences = SentenceSplitter().sentences(text);
    QCOMPARE(sentences.size(), 2);
    QCOMPARE(sentences[0], QStringLiteral("The committee discussed the budget and\nagreed to "
                                          "review it in March."));
}

void TestSentenceSplitter::placeholdersAreNeverSplit()
{
    const QString text = QStringLiteral("Contact [PERSON_1] at [EMAIL_1]. Call [PHONE_2] today. "
                                        "[PERSON_1] agreed.");
    QCOMPARE(SentenceSplitter().sentences(text),
             QStringList({QStringLiteral("Contact [PERSON_1] at [EMAIL_1]."),
                          QStringLiteral("Call [PHONE_2] today."),
                          QStringLiteral("[PERSON_1] agreed.")}));
    qsizetype length = 0;
    QVERIFY(SentenceSplitter::placeholderAt(u"x [CREDIT_CARD_12] y", 2, &length));
    QCOMPARE(length, qsizetype(16));
    QVERIFY(!SentenceSplitter::placeholderAt(u"[not_a_placeholder]", 0));
}

void TestSentenceSplitter::codeAndTablesArePreformatted()
{
    const QString text = QStringLiteral("Run this. Then check.\n"
                                        "```\n"
                                        "make all. make test\n"
                                        "```\n"
                                        "| a. b | c |\n"
                                        "Done.");
    const QList<SentenceSpan> spans = SentenceSplitter().split(text);
    QStringList sentences;
    QList<bool> preformatted;
    for (const SentenceSpan &span : spans) {
        sentences.append(text.mid(span.start, span.length));
        preformatted.append(span.preformatted);
    }
    QCOMPARE(sentences, QStringList({QStringLiteral("Run this."), QStringLiteral("Then check."),
                                     QStringLiteral("```"), QStringLiteral("make all. make test"),
                                     QStringLiteral("```"), QStringLiteral("| a. b | c |"),
                                     QStringLiteral("Done.")}));
    QCOMPARE(preformatted, QList<bool>({false, false, true, true, true, true, false}));
}

void TestSentenceSplitter::spansPointIntoTheText()
{
    const QString text = QStringLiteral("  First one.   Second one?\r\n\r\n  Third one!  ");
    const QList<SentenceSpan> spans = SentenceSplitter().split(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans[0].start, spans[0].length), QStringLiteral("First one."));
    QCOMPARE(text.mid(spans[1].start, spans[1].length), QStringLiteral("Second one?"));
    QCOMPARE(text.mid(spans[2].start, spans[2].length), QStringLiteral("Third one!"));
    QVERIFY(spans[0].start < spans[1].start && spans[1].start < spans[2].start);
    QCOMPARE(spans[0].block, spans[1].block);
    QVERIFY(spans[2].block > spans[1].block);
    QVERIFY(SentenceSplitter().split(QStringLiteral(" \n\t ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "test_sentence_splitter.moc"

#include "providers/offline/basic_rewriter.h"

#include <QTest>

using namespace promptdesk;

class TestBasicRewriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void styleNames();
    void cleanUp_data();
    void cleanUp();
    void formalExpandsContractions_data();
    void formalExpandsContractions();
    void bulletsGiveOneBulletPerSentence();
    void proseTurnsListsIntoSentences();
    void sentenceCase_data();
    void sentenceCase();
};

void TestBasicRewriter::styleNames()
{
    QCOMPARE(rewriteStyleFromString(QStringLiteral("clean-up")), RewriteStyle::CleanUp);
    QCOMPARE(rewriteStyleFromString(QStringLiteral("formal")), RewriteStyle::Formal);
    QCOMPARE(rewriteStyleFromString(QStringLiteral("bullets")), RewriteStyle::Bullets);
    QCOMPARE(rewriteStyleFromString(QStringLiteral("prose")), RewriteStyle::Prose);
    QCOMPARE(rewriteStyleFromString(QStringLiteral("sentence-case")), RewriteStyle::SentenceCase);
    QVERIFY(!rewriteStyleFromString(QStringLiteral("pirate")).has_value());
}

void TestBasicRewriter::cleanUp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("collapse spaces")
        << QStringLiteral("The   report\tis  ready.") << QStringLiteral("The report is ready.");
    QTest::newRow("space before punctuation") << QStringLiteral("Hello , world ! Are you there ?")
                                              << QStringLiteral("Hello, world! Are you there?");
    QTest::newRow("space after punctuation")
        << QStringLiteral("apples,pears;plums.Then we left.Note:done")
        << QStringLiteral("Apples, pears; plums. Then we left. Note: done");
    QTest::newRow("capitalise sentence starts")
        << QStringLiteral("first point. second point? third point!")
        << QStringLiteral("First point. Second point? Third point!");
    QTest::newRow("duplicate blank lines")
        << QStringLiteral("\n\nFirst paragraph.\n\n\n\nSecond paragraph.   \n\n")
        << QStringLiteral("First paragraph.\n\nSecond paragraph.");
    QTest::newRow("numbers, urls and times are kept")
        << QStringLiteral("pay 1,200.50 at 10:30 via https://example.com/pay . ok")
        << QStringLiteral("Pay 1,200.50 at 10:30 via https://example.com/pay. Ok");
    QTest::newRow("placeholders are kept")
        << QStringLiteral("send it to [EMAIL_1] ,cc [PERSON_2] .")
        << QStringLiteral("Send it to [EMAIL_1], cc [PERSON_2].");
    QTest::newRow("list items are capitalised")
        << QStringLiteral("-  buy milk\n-   call [PERSON_1]")
        << QStringLiteral("- Buy milk\n- Call [PERSON_1]");
    QTest::newRow("missing space after a period")
        << QStringLiteral("the budget is approved.ben agrees.see notes.txt or example.com.")
        << QStringLiteral("The budget is approved. Ben agrees. See notes.txt or example.com.");
    QTest::newRow("code and tables are left alone")
        << QStringLiteral("run it :\n```\nx  =  1 ,y\n\n\n```\n| a  | b |")
        << QStringLiteral("Run it:\n```\nx  =  1 ,y\n\n\n```\n| a  | b |");
    QTest::newRow("brands and addresses keep their case")
        << QStringLiteral("iPhone sales rose. www.example.com is down.")
        << QStringLiteral("iPhone sales rose. www.example.com is down.");
}

void TestBasicRewriter::cleanUp()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(BasicRewriter().rewrite(input, RewriteStyle::CleanUp), expected);
}

void TestBasicRewriter::formalExpandsContractions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negations") << QStringLiteral("We don't know and can't say. It won't work.")
                               << QStringLiteral(
                                      "We do not know and cannot say. It will not work.");
    QTest::newRow("pronouns") << QStringLiteral("i'm sure they're late and we'll wait.")
                              << QStringLiteral("I am sure they are late and we will wait.");
    QTest::newRow("sentence start keeps capital")
        << QStringLiteral("Don't worry. It's fine.") << QStringLiteral("Do not worry. It is fine.");
    QTest::newRow("has been") << QStringLiteral("It's been a long week.")
                              << QStringLiteral("It has been a long week.");
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("We haven\u2019t started.") << QStringLiteral("We have not started.");
    QTest::newRow("possessive untouched") << QStringLiteral("[PERSON_1]'s report isn't done.")
                                          << QStringLiteral("[PERSON_1]'s report is not done.");
}

void TestBasicRewriter::formalExpandsContractions()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(BasicRewriter().rewrite(input, RewriteStyle::Formal), expected);
}

void TestBasicRewriter::bulletsGiveOneBulletPerSentence()
{
    const QString input = QStringLiteral(
        "# Notes\nthe budget was approved. Mr. Smith will send it to [EMAIL_1] by Friday.\n\n"
        "Next meeting in May!");
    QCOMPARE(BasicRewriter().rewrite(input, RewriteStyle::Bullets),
             QStringLiteral("# Notes\n\n"
                            "- The budget was approved.\n"
                            "- Mr. Smith will send it to [EMAIL_1] by Friday.\n"
                            "- Next meeting in May!"));
}

void TestBasicRewriter::proseTurnsListsIntoSentences()
{
    const QString input = QStringLiteral("We agreed:\n"
                                         "- send the offer to [PERSON_1]\n"
                                         "* book the room,\n"
                                         "1. review costs\n"
                                         "\n"
                                         "Other topics\n"
                                         "- none");
    QCOMPARE(BasicRewriter().rewrite(input, RewriteStyle::Prose),
             QStringLiteral("We agreed: Send the offer to [PERSON_1]. Book the room. Review "
                            "costs.\n\nOther topics. None."));
}

void TestBasicRewriter::sentenceCase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all caps") << QStringLiteral("MEETING WITH THE HR TEAM ON MONDAY")
                              << QStringLiteral("Meeting with the HR team on Monday");
    QTest::newRow("title case") << QStringLiteral("Quarterly Report For The EU Market")
                                << QStringLiteral("Quarterly report for the EU market");
    QTest::newRow("placeholders kept") << QStringLiteral("CALL [PERSON_1] ABOUT THE CRM LICENCE")
                                       << QStringLiteral("Call [PERSON_1] about the CRM licence");
    QTest::newRow("two sentences") << QStringLiteral("PLEASE READ. THIS IS URGENT!")
                                   << QStringLiteral("Please read. This is urgent!");
    QTest::newRow("normal lines untouched")
        << QStringLiteral("The report from Anna is ready.\n- BUY NEW LAPTOPS")
        << QStringLiteral("The report from Anna is ready.\n- Buy new laptops");
}

void TestBasicRewriter::sentenceCase()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(BasicRewriter().rewrite(input, RewriteStyle::SentenceCase), expected);
}

QTEST_GUILESS_MAIN(TestBasicRewriter)
#include "test_basic_rewriter.moc"

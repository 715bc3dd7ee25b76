#include "providers/offline/extractive_summariser.h"
#include "providers/offline/sentence_splitter.h"
#include "synthetic_text.h"

#include <QRegularExpression>
#include <QTest>

using namespace promptdesk;

namespace {

// A report about a budget review with two off-topic sentences mixed in.
QString budgetReport()
{
    return QStringLiteral(
        "The quarterly budget review took place on Monday with the finance team.\n"
        "The budget for the next quarter must cover hiring, travel and the new office.\n"
        "My cat likes to sleep on the warm windowsill.\n"
        "Finance proposed to reduce the travel budget by ten percent next quarter.\n"
        "The hiring budget stays unchanged because two positions are already approved.\n"
        "\n"
        "The new office budget depends on the lease that [PERSON_1] negotiates with the "
        "landlord.\n"
        "Questions about the budget review go to [EMAIL_1] before Friday.\n"
        "Yesterday it rained all afternoon.\n"
        "The finance team will publish the final quarterly budget after the review.\n"
        "All budget owners should check their numbers for the next quarter.\n"
        "The review ended with an agreement on the quarterly budget priorities.\n");
}

QStringList summarySentences(const Summary &summary)
{
    return SentenceSplitter().sentences(summary.text);
}

} // namespace

class TestExtractiveSummariser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sentencesAreVerbatimAndInInputOrder();
    void lengthOptionChangesSize();
    void centralSentencesWinOverOffTopicOnes();
    void placeholdersArePreserved();
    void singleSentenceInputIsItsOwnSummary();
    void duplicatesAreNotRepeated();
    void codeHeadingsAndTablesAreNotPicked();
    void cancellationStopsTheWork();
    void largeDocumentUsesTheWindowedGraph();
};

void TestExtractiveSummariser::sentencesAreVerbatimAndInInputOrder()
{
    const QString text = budgetReport();
    const Result<Summary> summary = ExtractiveSummariser().summarise(text);
    QVERIFY(summary.ok());
    QVERIFY(!summary->sentences.isEmpty());
    qsizetype previous = -1;
    for (const QString &sentence : summarySentences(summary.value())) {
        const qsizetype at = text.indexOf(sentence);
        QVERIFY2(at >= 0, qPrintable(sentence));
        QVERIFY2(at > previous, "summary sentences must keep the input order");
        previous = at;
    }
    for (const SentenceSpan &span : summary->sentences) {
        QVERIFY(summary->text.contains(text.mid(span.start, span.length)));
    }
}

void TestExtractiveSummariser::lengthOptionChangesSize()
{
    const QString text = testing::syntheticText(2000);
    QCOMPARE(summaryLengthFromString(QStringLiteral("short")), SummaryLength::Short);
    QCOMPARE(summaryLengthFromString(QStringLiteral("LONG")), SummaryLength::Long);
    QCOMPARE(summaryLengthFromString(QStringLiteral("whatever")), SummaryLength::Medium);

    qsizetype previousCount = 0;
    qsizetype previousLength = 0;
    for (const SummaryLength length :
         {SummaryLength::Short, SummaryLength::Medium, SummaryLength::Long}) {
        SummaryOptions options;
        options.length = length;
        const Result<Summary> summary = ExtractiveSummariser().summarise(text, options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->sentences.size(),
                 qsizetype(ExtractiveSummariser::targetSentences(length, summary->inputSentences)));
        QVERIFY(summary->sentences.size() > previousCount);
        QVERIFY(summary->text.size() > previousLength);
        previousCount = summary->sentences.size();
        previousLength = summary->text.size();
    }
    QCOMPARE(ExtractiveSummariser::targetSentences(SummaryLength::Short, 200), 3);
    QCOMPARE(ExtractiveSummariser::targetSentences(SummaryLength::Long, 1), 1);
}

void TestExtractiveSummariser::centralSentencesWinOverOffTopicOnes()
{
    SummaryOptions options;
    options.length = SummaryLength::Short;
    const Result<Summary> summary = ExtractiveSummariser().summarise(budgetReport(), options);
    QVERIFY(summary.ok());
    QCOMPARE(summary->sentences.size(), qsizetype(3));
    QVERIFY(!summary->text.contains(QStringLiteral("cat")));
    QVERIFY(!summary->text.contains(QStringLiteral("rained")));
    QVERIFY(summary->text.count(QStringLiteral("budget")) >= 3);
}

void TestExtractiveSummariser::placeholdersArePreserved()
{
    const QString text = QStringLiteral(
        "[PERSON_1] leads the migration project and reports to [PERSON_2] every week. "
        "The migration project moves the customer database to the new cluster. "
        "[PERSON_1] can be reached at [EMAIL_1] or [PHONE_1] about the migration project. "
        "The migration project finishes in May after the final database tests. "
        "Questions about the database cluster go to [PERSON_2] at [EMAIL_2].");
    SummaryOptions options;
    options.length = SummaryLength::Long;
    const Result<Summary> summary = ExtractiveSummariser().summarise(text, options);
    QVERIFY(summary.ok());
    const QRegularExpression placeholder(QStringLiteral("\\[[A-Z_]+_\\d+\\]"));
    QStringList found;
    for (auto it = placeholder.globalMatch(summary->text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    QVERIFY2(found.size() >= 2, qPrintable(summary->text));
    for (const QString &p : std::as_const(found)) {
        QVERIFY2(text.contains(p), qPrintable(p));
    }
    // No placeholder was cut or glued: every type name sits inside its brackets.
    for (const QString &type :
         {QStringLiteral("PERSON_"), QStringLiteral("EMAIL_"), QStringLiteral("PHONE_")}) {
        QCOMPARE(summary->text.count(type), summary->text.count(QLatin1Char('[') + type));
    }
}

void TestExtractiveSummariser::singleSentenceInputIsItsOwnSummary()
{
    const Result<Summary> one = ExtractiveSummariser().summarise(QStringLiteral("  Hi there.  "));
    QVERIFY(one.ok());
    QCOMPARE(one->text, QStringLiteral("Hi there."));
    QCOMPARE(one->inputSentences, qsizetype(1));

    const Result<Summary> none = ExtractiveSummariser().summarise(QStringLiteral(" \n "));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::NoText);
}

void TestExtractiveSummariser::duplicatesAreNotRepeated()
{
    const QString repeated =
        QStringLiteral("The contract renewal for the support service is due in March. ");
    const QString text = repeated + repeated + repeated +
                         QStringLiteral("The supplier asked for a higher support price. "
                                        "The team will compare other support offers first.");
    const Result<Summary> summary = ExtractiveSummariser().summarise(text);
    QVERIFY(summary.ok());
    QCOMPARE(summary->text.count(QStringLiteral("contract renewal")), 1);
}

void TestExtractiveSummariser::codeHeadingsAndTablesAreNotPicked()
{
    const QString text =
        QStringLiteral("# Budget review budget plan\n"
                       "The budget review covers the travel budget and the hiring budget.\n"
                       "```\n"
                       "budget = travel_budget + hiring_budget + office_budget + budget_reserve\n"
                       "```\n"
                       "| budget | travel budget | hiring budget |\n"
                       "The travel budget shrinks while the hiring budget stays the same.\n"
                       "The office budget depends on the new lease.\n");
    SummaryOptions options;
    options.length = SummaryLength::Long;
    const Result<Summary> summary = ExtractiveSummariser().summarise(text, options);
    QVERIFY(summary.ok());
    QVERIFY(!summary->sentences.isEmpty());
    for (const SentenceSpan &span : summary->sentences) {
        QVERIFY(!span.heading);
        QVERIFY(!span.preformatted);
    }
    QVERIFY(!summary->text.contains(QLatin1Char('|')));
    QVERIFY(!summary->text.contains(QLatin1String("```")));
}

void TestExtractiveSummariser::cancellationStopsTheWork()
{
    const QString text = testing::syntheticText(50000);
    std::atomic_bool cancel{true};
    SummaryOptions options;
    options.cancel = &cancel;
    const Result<Summary> before = ExtractiveSummariser().summarise(text, options);
    QVERIFY(!before.ok());
    QCOMPARE(before.error().kind, ErrorKind::Cancelled);

    // Raised from the progress callback, i.e. in the middle of the work.
    cancel = false;
    int lastProgress = -1;
    options.progress = [&](int percent) {
        lastProgress = percent;
        if (percent >= 15) {
            cancel = true;
        }
    };
    const Result<Summary> during = ExtractiveSummariser().summarise(text, options);
    QVERIFY(!during.ok());
    QCOMPARE(during.error().kind, ErrorKind::Cancelled);
    QVERIFY(lastProgress >= 15 && lastProgress < 100);
}

void TestExtractiveSummariser::largeDocumentUsesTheWindowedGraph()
{
    // Well past the complete-graph limit: exercises the windowed graph with centroid jumps.
    const QString text = testing::syntheticText(40000);
    QList<int> progress;
    SummaryOptions options;
    options.length = SummaryLength::Long;
    options.progress = [&progress](int percent) {
        progress.append(percent);
    };
    const Result<Summary> summary = ExtractiveSummariser().summarise(text, options);
    QVERIFY(summary.ok());
    QVERIFY(summary->inputSentences > 1000);
    QCOMPARE(summary->sentences.size(), qsizetype(15));
    qsizetype previous = -1;
    for (const SentenceSpan &span : summary->sentences) {
        QVERIFY(span.start > previous);
        previous = span.start;
    }
    for (const QString &sentence : summarySentences(summary.value())) {
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    }
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), 100);
}

QTEST_GUILESS_MAIN(TestExtractiveSummariser)
#include "test_extractive_summariser.moc"

#include "audit/sqlite_audit_log.h"
#include "documents/document_reader.h"
#include "engine_fixture.h"
#include "page_echo_provider.h"
#include "pipeline/compare_run.h"
#include "pipeline/compare_votes.h"
#include "pipeline/job.h"
#include "pipeline/pipeline.h"
#include "policy/builtin_policy.h"
#include "providers/offline/offline_provider.h"
#include "providers/provider_registry.h"
#include "redaction/pattern_redactor.h"
#include "templates/template_library.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;
using namespace promptdesk::testing;
using promptdesk::testing::PageEchoProvider;

namespace {

// A document of `pages` pages; page N starts with its own sentence naming N, so a citation can
// be checked against the page it names.
class PagedReader final : public DocumentReader {
public:
    int pages = 200;
    QString singleText; // when set: one page with this text

    Result<Document> readFile(const QString &) const override { return make(); }
    Result<Document> fromPastedText(const QString &) const override { return make(); }

    static QString pageFact(int n)
    {
        return QStringLiteral("Depot %1 reported %2 late deliveries this week.")
            .arg(n)
            .arg(n * 3 + 1);
    }

private:
    Result<Document> make() const
    {
        Document d;
        d.sourceName = QStringLiteral("report.pdf");
        if (!singleText.isEmpty()) {
            d.pages = {{1, singleText, {}}};
            return d;
        }
        for (int n = 1; n <= pages; ++n) {
            QString text =
                pageFact(n) + QStringLiteral(" The regional manager reviewed the routes again. ");
            text += QStringLiteral(
                        "Drivers noted congestion near the ring road during the morning shift. ")
                        .repeated(4);
            d.pages.append({n, text, {}});
        }
        return d;
    }
};

} // namespace

class TestMapReduce final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void longDocumentIsChunkedMappedAndReduced();
    void concurrencyNeverExceedsTheLimit();
    void citationsPointAtTheRightPages();
    void progressCountsChunksWithCostSoFar();
    void cancelKeepsThePartialResult();
    void shortDocumentIsOneRequest();
    void reviewedTextIsSentAsApproved();
    void truncatedAnswerCanBeContinued();
    void extractionRetriesOnceWithTheValidationErrors();
    void extractionThatStaysInvalidReportsTheErrors();
    void longExtractionMergesRowsFromEveryChunk();
    void offlineEngineSummarisesLongDocumentsWithCitations();
    void offlineEngineRunsEveryBuiltinTemplate();
    void unapprovedProviderIsBlockedAndAuditedPerRequest();
    void compareRunsTwoModelsSideBySide();
    void compareOffersOnlyApprovedModels();
    void votesGiveWinRates();

private:
    JobOutcome run(const JobRequest &request, MapReduceSettings settings, Job **jobOut = nullptr,
                   const std::function<void(Job *)> &setup = {});
    PipelineServices services() const;
    QList<StoredAuditEvent> auditEvents() const;

    EngineFixture m_engine;
    PagedReader m_reader;
    std::unique_ptr<BuiltinPolicy> m_policy;
    std::shared_ptr<PageEchoProvider> m_echo;
};

void TestMapReduce::init()
{
    QVERIFY(m_engine.open());
    m_reader = PagedReader();
    m_policy = std::make_unique<BuiltinPolicy>(
        QStringList{QStringLiteral("echo"), QStringLiteral("offline"), QStringLiteral("echo2")});
    m_echo = std::make_shared<PageEchoProvider>(QStringLiteral("echo"));
    m_engine.providers->add(m_echo);
    m_engine.providers->add(std::make_shared<OfflineProvider>());
    m_engine.providers->add(std::make_shared<PageEchoProvider>(QStringLiteral("blocked")));
    m_engine.providers->setDefaultProviderId(QStringLiteral("echo"));
}

void TestMapReduce::cleanup()
{
    m_engine.close();
    m_echo.reset();
}

PipelineServices TestMapReduce::services() const
{
    return m_engine.services(&m_reader, m_policy.get());
}

QList<StoredAuditEvent> TestMapReduce::auditEvents() const
{
    return m_engine.events();
}

JobOutcome TestMapReduce::run(const JobRequest &request, MapReduceSettings settings, Job **jobOut,
                              const std::function<void(Job *)> &setup)
{
    auto *job = new Job(services(), request, settings, this);
    if (jobOut) {
        *jobOut = job;
    }
    if (setup) {
        setup(job);
    }
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        qWarning("the job did not finish");
        return {};
    }
    const JobOutcome outcome = finished.first().first().value<JobOutcome>();
    job->deleteLater();
    return outcome;
}

namespace {

JobRequest summary(const QString &provider = QStringLiteral("echo"))
{
    JobRequest r;
    r.pastedText = QStringLiteral("unused: the reader makes the pages");
    r.templateId = QStringLiteral("summarise-detailed");
    r.providerId = provider;
    return r;
}

MapReduceSettings tenPagesPerChunk(int concurrency = 4)
{
    MapReduceSettings s;
    s.concurrency = concurrency;
    s.chunkTokens = 1000; // each page is about 95 tokens
    s.thresholdTokens = 2000;
    return s;
}

} // namespace

void TestMapReduce::longDocumentIsChunkedMappedAndReduced()
{
    const JobOutcome outcome = run(summary(), tenPagesPerChunk());
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(outcome.plan.mapReduce);
    QCOMPARE(outcome.plan.chunkCount, 20);
    QCOMPARE(outcome.chunksDone, 20);
    QVERIFY(outcome.plan.needsReduceCall);
    QCOMPARE(m_echo->received().size(), 21); // 20 map steps + 1 reduce
    // Map steps go to the workhorse; the reduce to the template's model (workhorse here too).
    QCOMPARE(m_echo->received().first().model, QStringLiteral("echo-small"));
    QVERIFY(m_echo->received().first().system.contains(QStringLiteral("part 1 of 20")));
    QVERIFY(m_echo->received().last().system.startsWith(
        QStringLiteral("The document below is a set of notes")));
    // Every page went to exactly one map step, in order, each marked.
    QString mapped;
    for (qsizetype i = 0; i < 20; ++i) {
        mapped += m_echo->received().at(i).messages.first().content;
    }
    for (int n = 1; n <= 200; ++n) {
        QCOMPARE(mapped.count(QStringLiteral("[p. %1]\n").arg(n)), 1);
    }
    QVERIFY(outcome.costUsd > 0);
    QVERIFY(outcome.plan.estimatedCostUsd > 0);
    QVERIFY(outcome.usage.inputTokens > 0);
    // Audit: one request and one response per send, same job, never content.
    int requests = 0;
    int responses = 0;
    for (const StoredAuditEvent &e : auditEvents()) {
        requests += e.event.action == auditAction::request;
        responses += e.event.action == auditAction::response;
        QVERIFY(!e.event.modelRequested.contains(QStringLiteral("Depot")));
    }
    QCOMPARE(requests, 21);
    QCOMPARE(responses, 21);
}

void TestMapReduce::concurrencyNeverExceedsTheLimit()
{
    m_echo->setDelayMs(15);
    for (int limit : {1, 4}) {
        const JobOutcome outcome = run(summary(), tenPagesPerChunk(limit));
        QVERIFY(outcome.succeeded());
        QCOMPARE(m_echo->maxInFlight(), limit); // reached, never exceeded
        QCOMPARE(m_echo->inFlight(), 0);
        m_echo = std::make_shared<PageEchoProvider>(QStringLiteral("echo"));
        m_echo->setDelayMs(15);
        m_engine.providers = std::make_unique<ProviderRegistry>();
        m_engine.providers->add(m_echo);
    }
}

void TestMapReduce::citationsPointAtTheRightPages()
{
    m_echo->setReduceKeepEvery(7);
    const JobOutcome outcome = run(summary(), tenPagesPerChunk());
    QVERIFY(outcome.succeeded());
    QVERIFY2(outcome.citedPages.size() >= 25, qPrintable(outcome.output.left(300)));
    static const QRegularExpression line(QStringLiteral(
        "Depot (\\d+) reported \\d+ late deliveries this week\\. \\[p\\. (\\d+)\\]"));
    int checked = 0;
    for (auto it = line.globalMatch(outcome.output); it.hasNext();) {
        const auto m = it.next();
        QCOMPARE(m.captured(2), m.captured(1)); // the fact of depot N is on page N
        ++checked;
    }
    QCOMPARE(checked, static_cast<int>(outcome.citedPages.size()));
}

void TestMapReduce::progressCountsChunksWithCostSoFar()
{
    QList<QList<QVariant>> progress;
    QList<JobPlan> plans;
    const JobOutcome outcome = run(summary(), tenPagesPerChunk(), nullptr, [&](Job *job) {
        connect(job, &Job::chunkProgress, this, [&](int done, int total, double cost) {
            progress.append({done, total, cost});
        });
        connect(job, &Job::planReady, this, [&](const JobPlan &plan) { plans.append(plan); });
    });
    QVERIFY(outcome.succeeded());
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().chunkCount, 20);
    QCOMPARE(progress.size(), 21); // 0 of 20, then each chunk
    QCOMPARE(progress.at(7).at(0).toInt(), 7);
    QCOMPARE(progress.at(7).at(1).toInt(), 20);
    double previous = -1;
    for (const QList<QVariant> &p : progress) {
        QVERIFY(p.at(2).toDouble() >= previous);
        previous = p.at(2).toDouble();
    }
    QVERIFY(previous > 0);
}

void TestMapReduce::cancelKeepsThePartialResult()
{
    m_echo->setDelayMs(10);
    Job *job = nullptr;
    int sentAtCancel = -1;
    const JobOutcome outcome = run(summary(), tenPagesPerChunk(2), &job, [&](Job *j) {
        connect(j, &Job::chunkProgress, this, [&, j](int done, int, double) {
            if (done == 6 && sentAtCancel < 0) {
                sentAtCancel = static_cast<int>(m_echo->received().size());
                j->cancel();
            }
        });
    });
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ErrorKind::Cancelled);
    QVERIFY(outcome.incomplete);
    QCOMPARE(m_echo->received().size(), sentAtCancel); // nothing sent after Cancel
    QVERIFY(outcome.chunksDone >= 6 && outcome.chunksDone < 20);
    // The partial result holds the notes of the finished chunks, with their citations.
    QVERIFY(outcome.output.contains(PagedReader::pageFact(1) + QStringLiteral(" [p. 1]")));
    QVERIFY(!outcome.output.contains(PagedReader::pageFact(200)));
    QVERIFY(outcome.citedPages.size() >= 60);
    QCOMPARE(m_echo->inFlight(), 0);
}

void TestMapReduce::shortDocumentIsOneRequest()
{
    m_reader.singleText = QStringLiteral("The van was late. Write to jo@example.com about it.");
    QList<QString> deltas;
    const JobOutcome outcome = run(summary(), {}, nullptr, [&](Job *job) {
        connect(job, &Job::outputDelta, this, [&](const QString &t) { deltas.append(t); });
    });
    QVERIFY(outcome.succeeded());
    QVERIFY(!outcome.plan.mapReduce);
    QCOMPARE(outcome.plan.chunkCount, 1);
    QCOMPARE(m_echo->received().size(), 1);
    QVERIFY(!m_echo->received().first().messages.first().content.contains(
        QStringLiteral("jo@example.com")));
    QVERIFY(
        m_echo->received().first().messages.first().content.contains(QStringLiteral("[EMAIL_1]")));
    QVERIFY(deltas.size() >= 1); // streamed live
    QVERIFY(outcome.firstTokenMs >= 0);
}

void TestMapReduce::reviewedTextIsSentAsApproved()
{
    // The review step's result (the user marked "Route 9" as private) is sent as approved,
    // not redacted again with the default detectors.
    m_reader.singleText = QStringLiteral("The van on Route 9 was late.");
    JobRequest request = summary();
    auto reviewed = std::make_shared<RedactedText>();
    reviewed->text = QStringLiteral("The van on [CUSTOM_1] was late.");
    request.reviewed = reviewed;
    const JobOutcome outcome = run(request, {});
    QVERIFY(outcome.succeeded());
    QCOMPARE(m_echo->received().size(), 1);
    const QString sent = m_echo->received().first().messages.first().content;
    QVERIFY2(sent.contains(QStringLiteral("The van on [CUSTOM_1] was late.")), qPrintable(sent));
    QVERIFY(!sent.contains(QStringLiteral("Route 9")));
}

void TestMapReduce::truncatedAnswerCanBeContinued()
{
    m_reader.singleText = QStringLiteral("The van was late. Write to jo@example.com about it.");
    m_echo->setTruncateNext(1);
    m_echo->setScriptedAnswers(
        {QStringLiteral("The van was late; [EMAIL_1] wants"), QStringLiteral(" a reply today.")});
    const JobOutcome first = run(summary(), {});
    QVERIFY(first.succeeded());
    QVERIFY(first.truncated);
    QVERIFY(first.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Continue")));
    QCOMPARE(first.rawOutput, QStringLiteral("The van was late; [EMAIL_1] wants"));
    QCOMPARE(first.output, QStringLiteral("The van was late; jo@example.com wants"));

    // Continue: one request with the answer so far (placeholders intact), output is the rest.
    JobRequest next = summary();
    next.continueAfter = first.rawOutput;
    const JobOutcome rest = run(next, {});
    QVERIFY(rest.succeeded());
    QVERIFY(!rest.truncated);
    QCOMPARE(rest.output, QStringLiteral(" a reply today."));
    QCOMPARE(m_echo->received().size(), 2);
    const QList<ChatMessage> messages = m_echo->received().last().messages;
    QVERIFY(messages.size() >= 3);
    QCOMPARE(messages.at(messages.size() - 2).role, QStringLiteral("assistant"));
    QCOMPARE(messages.at(messages.size() - 2).content, first.rawOutput);
    QVERIFY(messages.last().content.contains(QStringLiteral("Continue")));
    for (const ChatMessage &message : messages) {
        QVERIFY(!message.content.contains(QStringLiteral("jo@example.com")));
    }

    // Extraction answers are data, not prose: they are not continued.
    JobRequest table = summary();
    table.templateId = QStringLiteral("extract-action-items");
    table.continueAfter = QStringLiteral("{\"rows\": [");
    const JobOutcome refused = run(table, {});
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, ErrorKind::Usage);
}

void TestMapReduce::extractionRetriesOnceWithTheValidationErrors()
{
    m_reader.singleText =
        QStringLiteral("Sam sends the report by 1 March 2026. Write to jo@example.com.");
    m_echo->setScriptedAnswers(
        {QStringLiteral("Here are the items: {\"rows\": [{\"task\": \"Send the report\"}"),
         QStringLiteral("{\"rows\": [{\"task\": \"Send the report\", \"owner\": \"Sam\", "
                        "\"due_date\": \"2026-03-01\"}, {\"task\": \"Reply to [EMAIL_1]\", "
                        "\"owner\": \"\", \"due_date\": \"\"}]}")});
    JobRequest request = summary();
    request.templateId = QStringLiteral("extract-action-items");
    const JobOutcome outcome = run(request, {});
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.retries, 1);
    QVERIFY(outcome.validationErrors.isEmpty());
    QCOMPARE(m_echo->received().size(), 2);
    const ProviderRequest retry = m_echo->received().at(1);
    QCOMPARE(retry.messages.size(), 3);
    QCOMPARE(retry.messages.at(1).role, QStringLiteral("assistant"));
    QVERIFY(retry.messages.at(2).content.contains(QStringLiteral("not valid JSON")));
    QVERIFY(outcome.extraction);
    QCOMPARE(outcome.table.columns, (QStringList{QStringLiteral("task"), QStringLiteral("owner"),
                                                 QStringLiteral("due_date")}));
    QCOMPARE(outcome.table.rows.size(), 2);
    QCOMPARE(outcome.table.rows.at(1).at(0), QStringLiteral("Reply to jo@example.com")); // restored
    int requests = 0;
    for (const StoredAuditEvent &e : auditEvents()) {
        requests += e.event.action == auditAction::request;
    }
    QCOMPARE(requests, 2); // the retry is a send like any other
}

void TestMapReduce::extractionThatStaysInvalidReportsTheErrors()
{
    m_reader.singleText = QStringLiteral("Sam sends the report.");
    m_echo->setScriptedAnswers({QStringLiteral("{\"rows\": [{\"task\": 1}]}"),
                                QStringLiteral("{\"rows\": [{\"task\": 2}]}"),
                                QStringLiteral("never sent")});
    JobRequest request = summary();
    request.templateId = QStringLiteral("extract-action-items");
    const JobOutcome outcome = run(request, {});
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.retries, 1);
    QCOMPARE(m_echo->received().size(), 2); // one retry only
    QVERIFY(m_echo->received().at(1).messages.at(2).content.contains(
        QStringLiteral("$.rows[0].task: expected a string")));
    QVERIFY(!outcome.validationErrors.isEmpty());
    QVERIFY(!outcome.warnings.isEmpty());
}

void TestMapReduce::longExtractionMergesRowsFromEveryChunk()
{
    JobRequest request = summary();
    request.templateId = QStringLiteral("extract-key-facts");
    QStringList answers;
    for (int i = 1; i <= 20; ++i) {
        answers.append(
            QStringLiteral("{\"rows\": [{\"fact\": \"fact %1\", \"source\": \"p. %1\"}]}").arg(i));
    }
    m_echo->setScriptedAnswers(answers);
    const JobOutcome outcome = run(request, tenPagesPerChunk());
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.plan.chunkCount, 20);
    QVERIFY(!outcome.plan.needsReduceCall);
    QCOMPARE(outcome.retries, 0);
    QCOMPARE(m_echo->received().size(), 20);
    QCOMPARE(outcome.table.columns,
             (QStringList{QStringLiteral("fact"), QStringLiteral("source")}));
    QCOMPARE(outcome.table.rows.size(), 20);
    QStringList facts;
    for (const QStringList &row : outcome.table.rows) {
        facts.append(row.first());
    }
    // Answers arrive out of order under concurrency; rows follow the chunks' order.
    QCOMPARE(facts.first(), QStringLiteral("fact 1"));
}

void TestMapReduce::offlineEngineSummarisesLongDocumentsWithCitations()
{
    m_reader.pages = 60;
    JobRequest request = summary(QStringLiteral("offline"));
    request.templateId = QStringLiteral("summarise");
    const JobOutcome outcome = run(request, tenPagesPerChunk());
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.plan.chunkCount, 6);
    QVERIFY(!outcome.citedPages.isEmpty());
    // Every cited sentence is on the page it cites.
    static const QRegularExpression cited(QStringLiteral("([^.\\]]+?) \\[p\\. (\\d+)\\]"));
    for (auto it = cited.globalMatch(outcome.output); it.hasNext();) {
        const auto m = it.next();
        const QString sentence = m.captured(1).trimmed();
        const int page = m.captured(2).toInt();
        static const QRegularExpression depot(QStringLiteral("^Depot (\\d+) "));
        const auto d = depot.match(sentence);
        if (d.hasMatch()) {
            QCOMPARE(d.captured(1).toInt(), page);
        }
    }
    QCOMPARE(outcome.costUsd, 0.0); // the offline engine runs here and costs nothing
}

void TestMapReduce::offlineEngineRunsEveryBuiltinTemplate()
{
    m_reader.singleText = QStringLiteral(
        "Meeting on 5 March 2026. Sam will send the budget by 2026-03-12. Contact jo@example.com "
        "or 555-0100.\n"
        "Invoice: 1234\nAmount: EUR 40\nthe canteen is closed. we meet in room 2 instead.");
    for (const Template &t : m_engine.templates->all()) {
        JobRequest request = summary(QStringLiteral("offline"));
        request.templateId = t.id;
        const JobOutcome outcome = run(request, {});
        QVERIFY2(outcome.succeeded(),
                 qPrintable(t.id + QStringLiteral(": ") +
                            (outcome.error ? outcome.error->message : QString())));
        QVERIFY2(!outcome.output.trimmed().isEmpty(), qPrintable(t.id));
        QVERIFY2(!outcome.output.contains(QStringLiteral("[EMAIL_1]")) ||
                     t.category == TemplateCategory::Extract,
                 qPrintable(t.id));
        if (t.category == TemplateCategory::Extract) {
            QVERIFY2(!outcome.table.rows.isEmpty(), qPrintable(t.id));
        }
    }
}

void TestMapReduce::unapprovedProviderIsBlockedAndAuditedPerRequest()
{
    const JobOutcome outcome = run(summary(QStringLiteral("blocked")), tenPagesPerChunk());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ErrorKind::Blocked);
    QVERIFY(outcome.output.isEmpty());
    int blocked = 0;
    int requests = 0;
    for (const StoredAuditEvent &e : auditEvents()) {
        blocked += e.event.action == auditAction::blocked;
        requests += e.event.action == auditAction::request;
    }
    QVERIFY(blocked >= 1);
    QCOMPARE(requests, 0);
}

void TestMapReduce::compareOffersOnlyApprovedModels()
{
    // echo (two models) and offline are approved; "blocked" is in the registry but not approved.
    QStringList offered;
    const Pipeline pipeline(services());
    for (const CatalogueModel &c : pipeline.catalogue().allowedModels()) {
        if (!c.model.isEmpty()) {
            offered.append(c.providerId + QLatin1Char('/') + c.model);
        }
    }
    QVERIFY2(offered.contains(QStringLiteral("echo/echo-small")), qPrintable(offered.join(u' ')));
    QVERIFY(offered.contains(QStringLiteral("echo/echo-large")));
    QVERIFY(std::any_of(offered.cbegin(), offered.cend(),
                        [](const QString &o) { return o.startsWith(QStringLiteral("offline/")); }));
    for (const QString &o : std::as_const(offered)) {
        QVERIFY2(!o.startsWith(QStringLiteral("blocked/")), qPrintable(o));
    }
}

void TestMapReduce::compareRunsTwoModelsSideBySide()
{
    m_reader.singleText =
        QStringLiteral("The van was late again on Tuesday. The depot will change the route.");
    m_echo->setScriptedAnswers({QStringLiteral("Answer one."), QStringLiteral("Answer two.")});
    JobRequest request = summary();
    request.templateId = QStringLiteral("summarise-brief");
    CompareRun compare(services(), request,
                       {{QStringLiteral("echo"), QStringLiteral("echo-small")},
                        {QStringLiteral("echo"), QStringLiteral("echo-large")}});
    QSignalSpy finished(&compare, &CompareRun::finished);
    compare.start();
    QVERIFY(finished.wait(10000));
    const QList<CompareEntry> entries = compare.entries();
    QCOMPARE(entries.size(), 2);
    for (const CompareEntry &e : entries) {
        QVERIFY(e.done);
        QVERIFY(e.outcome.succeeded());
        QVERIFY(e.outcome.usage.outputTokens > 0);
        QVERIFY(e.outcome.costUsd > 0);
        QVERIFY(e.outcome.firstTokenMs >= 0);
    }
    QStringList sentModels{m_echo->received().at(0).model, m_echo->received().at(1).model};
    sentModels.sort();
    QCOMPARE(sentModels, (QStringList{QStringLiteral("echo-large"), QStringLiteral("echo-small")}));
    QVERIFY(entries.at(0).displayName.contains(QStringLiteral("echo-small")));
    // The large model costs more for similar usage.
    QVERIFY(entries.at(1).outcome.costUsd > entries.at(0).outcome.costUsd);

    CompareRun tooFew(services(), request, {{QStringLiteral("echo"), {}}});
    QSignalSpy done(&tooFew, &CompareRun::finished);
    tooFew.start();
    QVERIFY(done.wait(1000));
}

void TestMapReduce::votesGiveWinRates()
{
    const CompareVoteStore store(
        m_engine.dir->filePath(QStringLiteral("data/compare-votes.jsonl")));
    const QString a = CompareVoteStore::key(QStringLiteral("echo"), QStringLiteral("echo-small"));
    const QString b = CompareVoteStore::key(QStringLiteral("echo"), QStringLiteral("echo-large"));
    const QString c =
        CompareVoteStore::key(QStringLiteral("offline"), QStringLiteral("offline-basic"));
    const auto now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.record({now, QStringLiteral("summarise"), b, {a, b}}).ok());
    QVERIFY(store.record({now, QStringLiteral("summarise"), b, {a, b, c}}).ok());
    QVERIFY(store.record({now, QStringLiteral("rewrite"), a, {a, b}}).ok());
    QVERIFY(!store.record({now, QStringLiteral("rewrite"), c, {a, b}}).ok());
    const QList<ModelWinRate> rates = store.winRates().value();
    QCOMPARE(rates.size(), 3);
    QCOMPARE(rates.at(0).model, b);
    QCOMPARE(rates.at(0).wins, 2);
    QCOMPARE(rates.at(0).comparisons, 3);
    QCOMPARE(rates.at(1).model, a);
    QCOMPARE(rates.at(2).winRate(), 0.0);
    QCOMPARE(store.winRates(QStringLiteral("rewrite")).value().first().model, a);
    QFile file(m_engine.dir->filePath(QStringLiteral("data/compare-votes.jsonl")));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestMapReduce)
#include "test_map_reduce.moc"

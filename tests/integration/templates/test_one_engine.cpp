// One job engine: every plan (single request, schema-checked with retry, map-reduce, compare)
// over the same input passes the same gate and leaves the same records. The input holds a card
// number, which the policy's raiseWhenFound makes Restricted: a provider approved only for
// Internal data must never receive it, and the refusal is audited with the same fields as a
// send. Runs against an in-process provider stand-in (PageEchoProvider).
#include "audit/audit_chain.h"
#include "audit/sqlite_audit_log.h"
#include "documents/document_reader.h"
#include "engine_fixture.h"
#include "history/sqlite_history_store.h"
#include "page_echo_provider.h"
#include "pipeline/pipeline.h"
#include "policy/signed_policy_gate.h"
#include "providers/provider_registry.h"
#include "redaction/pattern_redactor.h"
#include "templates/template_library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <limits>
#include <thread>

using namespace promptdesk;
using namespace promptdesk::testing;
using promptdesk::testing::PageEchoProvider;

namespace {

const QString kCard = QStringLiteral("4111 1111 1111 1111");

// Three pages; the first one names a card number.
class CardReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &) const override { return make(); }
    Result<Document> fromPastedText(const QString &) const override { return make(); }

private:
    Result<Document> make() const
    {
        Document d;
        d.sourceName = QStringLiteral("refund.txt");
        const QString filler = QStringLiteral(
            "The driver reported the refund request at the depot and the team reviewed it. ");
        d.pages = {{1, QStringLiteral("The customer paid with card ") + kCard +
                           QStringLiteral(" and asks for a refund. ") + filler.repeated(8)},
                   {2, filler.repeated(10)},
                   {3, filler.repeated(10)}};
        return d;
    }
};

// Blocks in readFileWith until the job cancels (polls isCancelled like the real reader).
class SlowReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &) const override { return fromPastedText({}); }
    Result<Document> fromPastedText(const QString &) const override
    {
        Document d;
        d.pages = {{1, QStringLiteral("text")}};
        return d;
    }
    Result<Document> readFileWith(const QString &, const ReadOptions &options) const override
    {
        for (int i = 0; i < 1000; ++i) {
            if (options.isCancelled && options.isCancelled()) {
                sawCancel = true;
                return makeError(ErrorKind::Cancelled, QStringLiteral("cancelled"));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return fromPastedText({});
    }
    mutable std::atomic<bool> sawCancel{false};
};

// The real log, except that "response" events cannot be written (as on a disk that filled up
// while the answer streamed).
class ResponsesFailAuditLog final : public AuditLog {
public:
    explicit ResponsesFailAuditLog(AuditLog &real)
        : m_real(real)
    {
    }
    Result<qint64> append(const AuditEvent &event) override
    {
        if (event.action == auditAction::response) {
            return makeError(ErrorKind::Disk,
                             QStringLiteral("Cannot write to the audit log: the disk is full"));
        }
        return m_real.append(event);
    }
    Result<QList<StoredAuditEvent>> events() const override { return m_real.events(); }
    Result<AuditVerification> verify() const override { return m_real.verify(); }

private:
    AuditLog &m_real;
};

// A plain summary sent to the provider approved for the card's class.
JobRequest summariseOnRestrictedOk()
{
    JobRequest request;
    request.pastedText = QStringLiteral("unused: the reader makes the pages");
    request.templateId = QStringLiteral("summarise");
    request.providerId = QStringLiteral("restricted-ok");
    return request;
}

std::shared_ptr<Policy> cardPolicy()
{
    auto policy = std::make_shared<Policy>();
    policy->version = QStringLiteral("one-engine-test");
    for (const QString &id : {QStringLiteral("internal-only"), QStringLiteral("restricted-ok")}) {
        ApprovedProvider p;
        p.id = id;
        p.region = QStringLiteral("eu-central-1");
        p.models = {{QStringLiteral("echo-small"), 0.25, 1.25},
                    {QStringLiteral("echo-large"), 3.0, 15.0}};
        policy->providers.append(p);
    }
    policy->defaultDataClass = DataClass::Internal;
    policy->classProviders.insert(
        DataClass::Internal, {QStringLiteral("internal-only"), QStringLiteral("restricted-ok")});
    policy->classProviders.insert(DataClass::Confidential, {QStringLiteral("restricted-ok")});
    policy->classProviders.insert(DataClass::Restricted, {QStringLiteral("restricted-ok")});
    policy->raiseWhenFound.insert(QStringLiteral("CREDIT_CARD"), DataClass::Restricted);
    return policy;
}

} // namespace

class TestOneEngine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyPlanPassesTheSameGate_data();
    void everyPlanPassesTheSameGate();
    void compareRecordsEachTargetTheSameWay();
    void planIsChosenByTheJob_data();
    void planIsChosenByTheJob();
    void cancelDuringReadingStopsTheReading();
    void cancelDuringSendingKeepsNothingRunning();
    void catalogueMarksWhatTheClassAllows();
    void budgetWarningsReachEveryPlan_data();
    void budgetWarningsReachEveryPlan();
    void noRoomToRecordSendsNothing();
    void unrecordedAnswerFailsTheJob();

private:
    // A job started through the Pipeline and waited for (at most 10 s); long inputs are split
    // into small parts so every plan runs on a short text.
    struct RunToEnd {
        QList<JobPlan> plans;
        JobOutcome outcome;
        QString jobId;
        bool finished = false;
    };
    RunToEnd runToEnd(const JobRequest &request, bool longInput);
    PipelineServices services() const;
    QList<StoredAuditEvent> events() const;

    EngineFixture m_engine;
    AuditLog *m_auditOverride = nullptr; // a log that fails on purpose, for one test
    QString m_dataFolder;
    qint64 m_minimumFreeBytes = 0;
    CardReader m_reader;
    SlowReader m_slowReader;
    std::unique_ptr<SignedPolicyGate> m_policy;
    std::shared_ptr<PageEchoProvider> m_internalOnly;
    std::shared_ptr<PageEchoProvider> m_restrictedOk;
};

void TestOneEngine::init()
{
    QVERIFY(m_engine.open(EngineFixture::Keys::Generated, /*withHistory=*/true));
    PolicyLoadOutcome loaded;
    loaded.policy = cardPolicy();
    loaded.status.source = PolicyStatus::Source::Development;
    m_policy = std::make_unique<SignedPolicyGate>(loaded, UserContext{});
    m_internalOnly = std::make_shared<PageEchoProvider>(QStringLiteral("internal-only"));
    m_restrictedOk = std::make_shared<PageEchoProvider>(QStringLiteral("restricted-ok"));
    const QStringList answers(8, QStringLiteral("[{\"task\":\"Refund\",\"owner\":\"team\"}]"));
    m_internalOnly->setScriptedAnswers(answers);
    m_restrictedOk->setScriptedAnswers(answers);
    m_engine.providers->add(m_internalOnly);
    m_engine.providers->add(m_restrictedOk);
    m_engine.providers->setDefaultProviderId(QStringLiteral("internal-only"));
}

void TestOneEngine::cleanup()
{
    m_auditOverride = nullptr;
    m_dataFolder.clear();
    m_minimumFreeBytes = 0;
    m_engine.close();
}

TestOneEngine::RunToEnd TestOneEngine::runToEnd(const JobRequest &request, bool longInput)
{
    StartOptions options;
    if (longInput) {
        options.settings.thresholdTokens = 50;
        options.settings.chunkTokens = 200;
    }
    const Pipeline pipeline(services());
    Job *job = pipeline.start(request, this, options);
    QSignalSpy plans(job, &Job::planReady);
    QSignalSpy finished(job, &Job::finished);
    RunToEnd run;
    run.jobId = job->id();
    run.finished = finished.wait(10000);
    for (const QList<QVariant> &plan : plans) {
        run.plans.append(plan.first().value<JobPlan>());
    }
    if (run.finished) {
        run.outcome = finished.first().first().value<JobOutcome>();
    }
    return run;
}

PipelineServices TestOneEngine::services() const
{
    PipelineServices s = m_engine.services(&m_reader, m_policy.get());
    if (m_auditOverride) {
        s.audit = m_auditOverride;
    }
    s.dataFolder = m_dataFolder;
    s.minimumFreeBytes = m_minimumFreeBytes;
    return s;
}

QList<StoredAuditEvent> TestOneEngine::events() const
{
    return m_engine.events();
}

void TestOneEngine::everyPlanPassesTheSameGate_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("longInput");
    QTest::addColumn<int>("planKind");
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<bool>("blocked");
    const int single = static_cast<int>(PlanKind::Single);
    const int schema = static_cast<int>(PlanKind::SchemaChecked);
    const int mapReduce = static_cast<int>(PlanKind::MapReduce);
    for (const auto &[provider, blocked] : {std::pair{QStringLiteral("internal-only"), true},
                                            std::pair{QStringLiteral("restricted-ok"), false}}) {
        const QByteArray tag = provider.toUtf8();
        QTest::newRow(QByteArray("single/" + tag).constData())
            << QStringLiteral("summarise") << false << single << provider << blocked;
        QTest::newRow(QByteArray("schema/" + tag).constData())
            << QStringLiteral("extract-action-items") << false << schema << provider << blocked;
        QTest::newRow(QByteArray("map-reduce/" + tag).constData())
            << QStringLiteral("summarise") << true << mapReduce << provider << blocked;
    }
}

void TestOneEngine::everyPlanPassesTheSameGate()
{
    QFETCH(QString, templateId);
    QFETCH(bool, longInput);
    QFETCH(int, planKind);
    QFETCH(QString, providerId);
    QFETCH(bool, blocked);

    JobRequest request;
    request.pastedText = QStringLiteral("unused: the reader makes the pages");
    request.templateId = templateId;
    request.providerId = providerId;
    request.dataClass = QStringLiteral("Internal"); // the user's choice; the card raises it
    request.options.insert(QStringLiteral("unused-option"), QStringLiteral("kept"));
    const RunToEnd run = runToEnd(request, longInput);
    QVERIFY(run.finished);
    const JobOutcome &outcome = run.outcome;

    // The plan the job chose, and its estimate shown before any send.
    QCOMPARE(run.plans.size(), 1);
    const JobPlan plan = run.plans.first();
    QCOMPARE(static_cast<int>(plan.kind), planKind);
    QCOMPARE(plan.dataClass, QStringLiteral("Restricted"));
    QCOMPARE(plan.allowed, !blocked);
    QVERIFY(plan.estimatedInputTokens > 0);
    QVERIFY(plan.estimatedCostUsd > 0);
    QCOMPARE(outcome.dataClass, QStringLiteral("Restricted"));

    const QList<StoredAuditEvent> all = events();
    QVERIFY(!all.isEmpty());
    for (const StoredAuditEvent &stored : all) {
        const AuditEvent &e = stored.event;
        QCOMPARE(e.jobId, run.jobId);
        QCOMPARE(e.providerId, providerId);
        QCOMPARE(e.dataClass, QStringLiteral("Restricted"));
        QVERIFY2(e.promptFingerprint.startsWith(QStringLiteral("b2:")),
                 qPrintable(e.promptFingerprint));
        QVERIFY2(e.costMicroUsd > 0, qPrintable(e.action));
        QCOMPARE(e.redactionCounts.value(QStringLiteral("CREDIT_CARD")), 1);
        QCOMPARE(e.templateId, templateId);
        QCOMPARE(e.user, QStringLiteral("tester"));
        QCOMPARE(e.policyVersion, QStringLiteral("one-engine-test"));
    }
    if (blocked) {
        QCOMPARE(outcome.error->kind, ErrorKind::Blocked);
        QVERIFY2(outcome.error->message.contains(QStringLiteral("Restricted")),
                 qPrintable(outcome.error->message));
        QVERIFY(m_internalOnly->received().isEmpty());
        for (const StoredAuditEvent &stored : all) {
            QCOMPARE(stored.event.action, auditAction::blocked);
            QVERIFY(stored.event.policyRule.startsWith(QStringLiteral("dataClasses.Restricted")));
        }
        QCOMPARE(m_engine.history->count().value(), 0); // nothing was sent: nothing to keep
        return;
    }
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
    const qsizetype sends = m_restrictedOk->received().size();
    QVERIFY(sends >= 1);
    int requests = 0;
    int responses = 0;
    for (const StoredAuditEvent &stored : all) {
        requests += stored.event.action == auditAction::request;
        responses += stored.event.action == auditAction::response;
    }
    QCOMPARE(requests, sends);
    QCOMPARE(responses, sends);
    for (const ProviderRequest &sent : m_restrictedOk->received()) {
        for (const ChatMessage &message : sent.messages) {
            QVERIFY(!message.content.contains(kCard));
        }
    }
    // One complete history entry: vault, prompt and options, whatever the plan.
    const QList<HistoryEntry> saved = m_engine.history->recent(10).value();
    QCOMPARE(saved.size(), 1);
    const HistoryEntry entry = m_engine.history->entry(saved.first().id).value();
    QVERIFY(entry.vaultKept);
    QVERIFY(std::any_of(entry.vault.cbegin(), entry.vault.cend(),
                        [](const QString &original) { return original == kCard; }));
    QVERIFY(!entry.redactedPrompt.isEmpty());
    QVERIFY(!entry.redactedPrompt.contains(kCard));
    QCOMPARE(entry.templateOptions.value(QStringLiteral("unused-option")), QStringLiteral("kept"));
    QCOMPARE(entry.providerId, providerId);
    QCOMPARE(entry.redactionCounts.value(QStringLiteral("CREDIT_CARD")), 1);
}

void TestOneEngine::compareRecordsEachTargetTheSameWay()
{
    JobRequest request;
    request.pastedText = QStringLiteral("unused");
    request.templateId = QStringLiteral("summarise");
    const Pipeline pipeline(services());
    CompareRun *run =
        pipeline.compare(request,
                         {{QStringLiteral("internal-only"), QStringLiteral("echo-small")},
                          {QStringLiteral("restricted-ok"), QStringLiteral("echo-large")}},
                         this);
    QSignalSpy finished(run, &CompareRun::finished);
    QVERIFY(finished.wait(10000));
    const QList<CompareEntry> entries = run->entries();
    QCOMPARE(entries.at(0).outcome.error->kind, ErrorKind::Blocked);
    QVERIFY(entries.at(1).outcome.succeeded());
    QVERIFY(m_internalOnly->received().isEmpty());
    for (const StoredAuditEvent &stored : events()) {
        QCOMPARE(stored.event.dataClass, QStringLiteral("Restricted"));
        QVERIFY(stored.event.promptFingerprint.startsWith(QStringLiteral("b2:")));
        QVERIFY(stored.event.costMicroUsd > 0);
    }
    QCOMPARE(m_engine.history->count().value(), 1); // the target that sent
}

void TestOneEngine::planIsChosenByTheJob_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("planKind");
    QTest::newRow("text, short") << QStringLiteral("summarise") << qint64(100000)
                                 << static_cast<int>(PlanKind::Single);
    QTest::newRow("json, short") << QStringLiteral("extract-action-items") << qint64(100000)
                                 << static_cast<int>(PlanKind::SchemaChecked);
    QTest::newRow("text, long") << QStringLiteral("summarise") << qint64(50)
                                << static_cast<int>(PlanKind::MapReduce);
    QTest::newRow("json, long") << QStringLiteral("extract-action-items") << qint64(50)
                                << static_cast<int>(PlanKind::MapReduce);
}

void TestOneEngine::planIsChosenByTheJob()
{
    QFETCH(QString, templateId);
    QFETCH(qint64, threshold);
    QFETCH(int, planKind);
    JobRequest request;
    request.pastedText = QStringLiteral("unused");
    request.templateId = templateId;
    request.providerId = QStringLiteral("restricted-ok");
    StartOptions options;
    options.waitForApproval = true; // the plan only: nothing is sent
    options.settings.thresholdTokens = threshold;
    options.settings.chunkTokens = 200;
    const Pipeline pipeline(services());
    Job *job = pipeline.start(request, this, options);
    QSignalSpy plans(job, &Job::planReady);
    QVERIFY(plans.wait(5000));
    QCOMPARE(static_cast<int>(plans.first().first().value<JobPlan>().kind), planKind);
    QVERIFY(m_restrictedOk->received().isEmpty());
    QSignalSpy finished(job, &Job::finished);
    job->cancel();
    QVERIFY(finished.size() == 1 || finished.wait(2000));
    QCOMPARE(finished.first().first().value<JobOutcome>().error->kind, ErrorKind::Cancelled);
    QVERIFY(events().isEmpty());
}

void TestOneEngine::cancelDuringReadingStopsTheReading()
{
    PipelineServices s = services();
    s.documents = &m_slowReader;
    JobRequest request;
    request.filePath = QStringLiteral("/nonexistent/slow.pdf");
    request.templateId = QStringLiteral("summarise");
    const Pipeline pipeline(s);
    Job *job = pipeline.start(request, this);
    QSignalSpy finished(job, &Job::finished);
    QTRY_COMPARE_WITH_TIMEOUT(job->stage(), JobStage::Reading, 2000);
    QTest::qWait(50);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<JobOutcome>().error->kind, ErrorKind::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(m_slowReader.sawCancel.load(), 2000);
    // A Preparation (the window's read-once step) stops the same way.
    Preparation *preparation = pipeline.prepare(request, this);
    QSignalSpy ready(preparation, &Preparation::ready);
    m_slowReader.sawCancel = false;
    QTest::qWait(50);
    preparation->cancel();
    QVERIFY(ready.wait(2000));
    const auto prepared = ready.first().first().value<std::shared_ptr<const PreparedInput>>();
    QCOMPARE(prepared->error->kind, ErrorKind::Cancelled);
    QVERIFY(m_slowReader.sawCancel.load());
    QVERIFY(events().isEmpty());
}

void TestOneEngine::cancelDuringSendingKeepsNothingRunning()
{
    m_restrictedOk->setDelayMs(200);
    JobRequest request;
    request.pastedText = QStringLiteral("unused");
    request.templateId = QStringLiteral("summarise");
    request.providerId = QStringLiteral("restricted-ok");
    StartOptions options;
    options.settings.thresholdTokens = 50;
    options.settings.chunkTokens = 200;
    options.settings.concurrency = 2;
    const Pipeline pipeline(services());
    Job *job = pipeline.start(request, this, options);
    QSignalSpy finished(job, &Job::finished);
    QTRY_VERIFY_WITH_TIMEOUT(m_restrictedOk->inFlight() > 0, 5000);
    job->cancel();
    QVERIFY(finished.wait(5000));
    const JobOutcome outcome = finished.first().first().value<JobOutcome>();
    QCOMPARE(outcome.error->kind, ErrorKind::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_restrictedOk->inFlight(), 0, 2000);
    int requests = 0;
    int ends = 0;
    for (const StoredAuditEvent &stored : events()) {
        requests += stored.event.action == auditAction::request;
        ends += stored.event.action == auditAction::response;
    }
    QCOMPARE(ends, requests); // every request that went out has its end recorded
}

void TestOneEngine::catalogueMarksWhatTheClassAllows()
{
    const Pipeline pipeline(services());
    const Catalogue internal = pipeline.catalogue(QStringLiteral("Internal"));
    const Catalogue restricted = pipeline.catalogue(QStringLiteral("Restricted"));
    QCOMPARE(internal.defaultDataClass, QStringLiteral("Internal"));
    QVERIFY(internal.find(QStringLiteral("internal-only"), QStringLiteral("echo-small"))->allowed);
    const CatalogueModel *refused =
        restricted.find(QStringLiteral("internal-only"), QStringLiteral("echo-small"));
    QVERIFY(!refused->allowed);
    QVERIFY2(refused->reason.contains(QStringLiteral("Restricted")), qPrintable(refused->reason));
    QVERIFY(restricted.find(QStringLiteral("restricted-ok"), QString())->allowed);
    QCOMPARE(
        pipeline.dataClassFor(QStringLiteral("Internal"), {{QStringLiteral("CREDIT_CARD"), 1}}),
        QStringLiteral("Restricted"));
    QCOMPARE(pipeline.dataClassFor({}, {}), QStringLiteral("Internal"));
}

void TestOneEngine::budgetWarningsReachEveryPlan_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("longInput");
    QTest::newRow("single") << QStringLiteral("summarise") << false;
    QTest::newRow("schema") << QStringLiteral("extract-action-items") << false;
    QTest::newRow("map-reduce") << QStringLiteral("summarise") << true;
}

void TestOneEngine::budgetWarningsReachEveryPlan()
{
    QFETCH(QString, templateId);
    QFETCH(bool, longInput);
    // A budget this send takes a good part of: warn at 1%, never block.
    std::shared_ptr<Policy> policy = cardPolicy();
    policy->budgets.monthlyUsdPerUser = 0.01;
    policy->budgets.warnAtPercent = 1;
    policy->budgets.blockAtPercent = 100000;
    PolicyLoadOutcome loaded;
    loaded.policy = policy;
    loaded.status.source = PolicyStatus::Source::Development;
    m_policy = std::make_unique<SignedPolicyGate>(loaded, UserContext{});
    JobRequest request;
    request.pastedText = QStringLiteral("unused");
    request.templateId = templateId;
    request.providerId = QStringLiteral("restricted-ok");
    const RunToEnd run = runToEnd(request, longInput);
    QVERIFY(run.finished);
    QVERIFY(!run.plans.isEmpty());
    const JobPlan plan = run.plans.first();
    QCOMPARE(plan.monthBudgetUsd, 0.01);
    QVERIFY(!plan.warnings.isEmpty()); // shown before the send
    const JobOutcome &outcome = run.outcome;
    QVERIFY(outcome.succeeded());
    QVERIFY2(std::any_of(outcome.warnings.cbegin(), outcome.warnings.cend(),
                         [](const QString &w) { return w.contains(QStringLiteral("budget")); }),
             qPrintable(outcome.warnings.join(u'|')));
}

void TestOneEngine::noRoomToRecordSendsNothing()
{
    m_dataFolder = m_engine.dir->path();
    m_minimumFreeBytes = std::numeric_limits<qint64>::max() / 2; // no disk has that much free
    const RunToEnd run = runToEnd(summariseOnRestrictedOk(), false);
    QVERIFY(run.finished);
    QVERIFY(run.outcome.error);
    QCOMPARE(run.outcome.error->kind, ErrorKind::Disk);
    QVERIFY2(run.outcome.error->message.contains(QStringLiteral("nothing was sent")),
             qPrintable(run.outcome.error->message));
    QVERIFY(m_restrictedOk->received().isEmpty());
    for (const StoredAuditEvent &e : events()) {
        QVERIFY(e.event.action != auditAction::request);
    }
}

void TestOneEngine::unrecordedAnswerFailsTheJob()
{
    ResponsesFailAuditLog failing(*m_engine.audit);
    m_auditOverride = &failing;
    const RunToEnd run = runToEnd(summariseOnRestrictedOk(), false);
    QVERIFY(run.finished);
    QCOMPARE(m_restrictedOk->received().size(), 1); // the answer did arrive
    // Was a success (exit 0) with the response event missing and its cost never counted.
    QVERIFY(run.outcome.error);
    QCOMPARE(run.outcome.error->kind, ErrorKind::Disk);
    QVERIFY2(run.outcome.error->message.contains(QStringLiteral("could not be recorded")),
             qPrintable(run.outcome.error->message));
}

QTEST_GUILESS_MAIN(TestOneEngine)
#include "test_one_engine.moc"

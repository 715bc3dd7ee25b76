#include "audit/sqlite_audit_log.h"
#include "documents/document_reader.h"
#include "history/sqlite_history_store.h"
#include "pipeline/pipeline.h"
#include "policy/builtin_policy.h"
#include "providers/provider_registry.h"
#include "redaction/pattern_redactor.h"
#include "scripted_provider.h"
#include "templates/template_library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;
using promptdesk::testing::ScriptedProvider;

namespace {

// Returns fixed text, or a fixed error, for any input.
class FixedReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &) const override { return make(); }
    Result<Document> fromPastedText(const QString &) const override { return make(); }
    QString text;
    std::optional<Error> error;

private:
    Result<Document> make() const
    {
        if (error) {
            return *error;
        }
        Document d;
        d.sourceName = QStringLiteral("alice@example.com notes.txt");
        d.pages = {{1, text}};
        return d;
    }
};

const QString kEmail = QStringLiteral("alice@example.com");

} // namespace

class TestJob final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runsEveryStageAndRestoresPlaceholders();
    void providerNeverSeesTheOriginals();
    void auditHasRequestAndResponseWithoutContent();
    void historyKeepsOnlyRedactedText();
    void unapprovedProviderIsBlockedAndAudited();
    void cancelWhileStreamingKeepsPartialOutput();
    void cancelBeforeSendingSendsNothing();
    void readerErrorEndsTheJob();
    void unknownTemplateOrProviderIsAUsageError();
    void providerFailureIsReportedWithItsKind();

private:
    JobOutcome runJob(const JobRequest &request, Job **jobOut = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedReader m_reader;
    std::unique_ptr<PatternRedactor> m_redactor;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<BuiltinPolicy> m_policy;
    ProviderRegistry m_providers;
    std::shared_ptr<ScriptedProvider> m_approved;
    std::shared_ptr<ScriptedProvider> m_unapproved;
    std::unique_ptr<SqliteAuditLog> m_audit;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TestJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_reader.text =
        QStringLiteral("Please write to ") + kEmail + QStringLiteral(" about the late pickup.");
    m_reader.error.reset();
    m_redactor = PatternRedactor::withDefaultDetectors();
    m_templates = std::make_unique<TemplateLibrary>(TemplateLibrary::loadBuiltins().value());
    m_policy = std::make_unique<BuiltinPolicy>(QStringList{QStringLiteral("scripted")});
    m_providers = ProviderRegistry();
    // The placeholder arrives split across deltas, as real streams do.
    m_approved = std::make_shared<ScriptedProvider>(
        QStringLiteral("scripted"), QStringList{QStringLiteral("Contact [EMA"),
                                                QStringLiteral("IL_1"), QStringLiteral("] soon.")});
    m_unapproved = std::make_shared<ScriptedProvider>(QStringLiteral("elsewhere"));
    m_providers.add(m_approved);
    m_providers.add(m_unapproved);
    m_providers.setDefaultProviderId(QStringLiteral("scripted"));
    m_audit =
        std::move(SqliteAuditLog::open(m_dir->filePath(QStringLiteral("audit.sqlite")))).value();
    m_history =
        std::move(SqliteHistoryStore::open(m_dir->filePath(QStringLiteral("history.sqlite"))))
            .value();
    PipelineServices services;
    services.documents = &m_reader;
    services.redactor = m_redactor.get();
    services.templates = m_templates.get();
    services.policy = m_policy.get();
    services.providers = &m_providers;
    services.audit = m_audit.get();
    services.history = m_history.get();
    services.userName = QStringLiteral("tester");
    services.deviceName = QStringLiteral("test-host");
    m_pipeline = std::make_unique<Pipeline>(services);
}

void TestJob::cleanup()
{
    m_pipeline.reset();
    m_history.reset();
    m_audit.reset();
    m_dir.reset();
}

JobOutcome TestJob::runJob(const JobRequest &request, Job **jobOut)
{
    Job *job = m_pipeline->start(request, this);
    if (jobOut) {
        *jobOut = job;
    }
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(5000)) {
        qWarning("job did not finish");
        return {};
    }
    [&] {
        QCOMPARE(finished.size(), 1);
    }();
    return finished.first().first().value<JobOutcome>();
}

namespace {
JobRequest summariseRequest()
{
    JobRequest r;
    r.pastedText = QStringLiteral("ignored by FixedReader");
    r.templateId = QStringLiteral("summarise");
    return r;
}
} // namespace

void TestJob::runsEveryStageAndRestoresPlaceholders()
{
    Job *job = m_pipeline->start(summariseRequest(), this);
    QSignalSpy stages(job, &Job::stageChanged);
    QSignalSpy deltas(job, &Job::outputDelta);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QList<JobStage> seen;
    for (const auto &args : stages) {
        seen.append(args.first().value<JobStage>());
    }
    QCOMPARE(seen, (QList<JobStage>{JobStage::Reading, JobStage::Preparing,
                                    JobStage::CheckingPolicy, JobStage::Sending,
                                    JobStage::Streaming, JobStage::Saving, JobStage::Done}));
    const JobOutcome outcome = finished.first().first().value<JobOutcome>();
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.output, QStringLiteral("Contact ") + kEmail + QStringLiteral(" soon."));
    QString streamed;
    for (const auto &args : deltas) {
        streamed += args.first().toString();
    }
    QCOMPARE(streamed, outcome.output);
    QCOMPARE(outcome.redactionCounts.value(QStringLiteral("EMAIL")), 1);
    QCOMPARE(outcome.usage.inputTokens, 10);
    QCOMPARE(outcome.providerId, QStringLiteral("scripted"));
}

void TestJob::providerNeverSeesTheOriginals()
{
    QVERIFY(runJob(summariseRequest()).succeeded());
    QCOMPARE(m_approved->received().size(), 1);
    const ProviderRequest sent = m_approved->received().first();
    QVERIFY(!sent.messages.first().content.contains(kEmail));
    QVERIFY(sent.messages.first().content.contains(QStringLiteral("[EMAIL_1]")));
    QVERIFY(!sent.task.documentText.contains(kEmail));
}

void TestJob::auditHasRequestAndResponseWithoutContent()
{
    QVERIFY(runJob(summariseRequest()).succeeded());
    const auto events = m_audit->events();
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).event.action, QStringLiteral("request"));
    QCOMPARE(events->at(1).event.action, QStringLiteral("response"));
    QCOMPARE(events->at(1).event.status, QStringLiteral("ok"));
    QCOMPARE(events->at(1).event.providerRequestId, QStringLiteral("req-test-1"));
    QCOMPARE(events->at(0).event.redactionCounts.value(QStringLiteral("EMAIL")), 1);
    QVERIFY(!events->at(0).event.detectorVersion.isEmpty());
    for (const StoredAuditEvent &e : events.value()) {
        const QByteArray bytes = canonicalAuditBytes(e);
        QVERIFY(!bytes.contains(kEmail.toUtf8()));
        QVERIFY(!bytes.contains("late pickup"));
        QVERIFY(!bytes.contains("notes.txt"));
    }
    QCOMPARE(m_audit->verify()->firstBadSequence, -1);
}

void TestJob::historyKeepsOnlyRedactedText()
{
    const JobOutcome outcome = runJob(summariseRequest());
    QVERIFY(outcome.historyId > 0);
    const auto entries = m_history->recent(10);
    QCOMPARE(entries->size(), 1);
    const HistoryEntry &e = entries->first();
    QVERIFY(e.redactedInput.contains(QStringLiteral("[EMAIL_1]")));
    QVERIFY(!e.redactedInput.contains(kEmail));
    QCOMPARE(e.redactedOutput, QStringLiteral("Contact [EMAIL_1] soon."));
    QVERIFY(!e.sourceName.contains(kEmail));
}

void TestJob::unapprovedProviderIsBlockedAndAudited()
{
    JobRequest request = summariseRequest();
    request.providerId = QStringLiteral("elsewhere");
    const JobOutcome outcome = runJob(request);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, ErrorKind::Blocked);
    QVERIFY(outcome.error->message.contains(QStringLiteral("elsewhere")));
    QVERIFY(m_unapproved->received().isEmpty());
    const auto events = m_audit->events();
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().event.action, QStringLiteral("blocked"));
    QCOMPARE(events->first().event.policyRule, QStringLiteral("providers.approved"));
}

void TestJob::cancelWhileStreamingKeepsPartialOutput()
{
    m_approved->setChunkDelayMs(30);
    Job *job = m_pipeline->start(summariseRequest(), this);
    QSignalSpy finished(job, &Job::finished);
    connect(job, &Job::outputDelta, job, [job] { job->cancel(); });
    job->start();
    QVERIFY(finished.wait(5000));
    QTest::qWait(100); // a late timer tick must not produce a second finished
    QCOMPARE(finished.size(), 1);
    const JobOutcome outcome = finished.first().first().value<JobOutcome>();
    QCOMPARE(outcome.error->kind, ErrorKind::Cancelled);
    QVERIFY(outcome.incomplete);
    QVERIFY(outcome.output.startsWith(QStringLiteral("Contact ")));
    QVERIFY(!outcome.output.contains(QStringLiteral("soon")));
    QCOMPARE(job->stage(), JobStage::Cancelled);
    const auto events = m_audit->events();
    QCOMPARE(events->last().event.status, QStringLiteral("cancelled"));
}

void TestJob::cancelBeforeSendingSendsNothing()
{
    Job *job = m_pipeline->start(summariseRequest(), this);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    job->cancel();
    QVERIFY(finished.wait(5000) || finished.size() == 1);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<JobOutcome>().error->kind, ErrorKind::Cancelled);
    QVERIFY(m_approved->received().isEmpty());
    QCOMPARE(m_audit->events()->size(), 0);
}

void TestJob::readerErrorEndsTheJob()
{
    m_reader.error = makeError(ErrorKind::NoText, QStringLiteral("The file is empty."));
    const JobOutcome outcome = runJob(summariseRequest());
    QCOMPARE(outcome.error->kind, ErrorKind::NoText);
    QCOMPARE(outcome.error->message, QStringLiteral("The file is empty."));
    QVERIFY(m_approved->received().isEmpty());
}

void TestJob::unknownTemplateOrProviderIsAUsageError()
{
    JobRequest request = summariseRequest();
    request.templateId = QStringLiteral("poem");
    QCOMPARE(runJob(request).error->kind, ErrorKind::Usage);
    request = summariseRequest();
    request.providerId = QStringLiteral("nowhere");
    QCOMPARE(runJob(request).error->kind, ErrorKind::Usage);
}

void TestJob::providerFailureIsReportedWithItsKind()
{
    m_approved->setFailure(
        makeError(ErrorKind::Provider, QStringLiteral("The provider had an internal error.")));
    const JobOutcome outcome = runJob(summariseRequest());
    QCOMPARE(outcome.error->kind, ErrorKind::Provider);
    QVERIFY(outcome.incomplete);
    QCOMPARE(m_audit->events()->last().event.status, QStringLiteral("error:provider"));
}

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"

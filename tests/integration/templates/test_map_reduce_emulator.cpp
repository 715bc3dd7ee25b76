// Map-reduce over real HTTP: a generated 200-page document through RemoteProvider (Anthropic
// SSE) to promptdesk-emulator's server in process, every answer delayed so requests overlap.
// Checks the chunk count, that the requests in flight never exceed the concurrency limit (and
// do overlap), that every map step and the reduce reached the emulator, and that Cancel keeps
// the parts done so far. (Citations and extraction merging are checked in test_map_reduce with
// a content-aware stand-in; the emulator's answers are fixed text.)
#include "audit/sqlite_audit_log.h"
#include "documents/document_reader.h"
#include "emulator_server.h"
#include "engine_fixture.h"
#include "pipeline/job.h"
#include "policy/builtin_policy.h"
#include "providers/provider_registry.h"
#include "providers/remote/remote_provider.h"
#include "redaction/pattern_redactor.h"
#include "secrets/memory_secret_store.h"
#include "templates/template_library.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

constexpr qint64 kChunkTokens = 2000;

QList<DocumentPage> generatedPages()
{
    QList<DocumentPage> pages;
    for (int n = 1; n <= 200; ++n) {
        QString text = QStringLiteral("Depot %1 reported %2 late deliveries this week. ")
                           .arg(n)
                           .arg(n * 3 + 1);
        text += QStringLiteral("Drivers noted congestion near the ring road during the morning "
                               "shift and asked for earlier loading slots. ")
                    .repeated(5);
        pages.append({n, text, {}});
    }
    return pages;
}

class GeneratedReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &) const override { return make(); }
    Result<Document> fromPastedText(const QString &) const override { return make(); }

private:
    static Result<Document> make()
    {
        Document d;
        d.sourceName = QStringLiteral("report.pdf");
        d.pages = generatedPages();
        return d;
    }
};

// Counts the streams a provider has open at once.
class CountingProvider final : public Provider {
public:
    explicit CountingProvider(std::shared_ptr<Provider> inner)
        : m_inner(std::move(inner))
    {
    }
    ProviderDescriptor descriptor() const override { return m_inner->descriptor(); }
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override
    {
        ProviderStream *stream = m_inner->start(request, parent);
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
        QObject::connect(stream, &ProviderStream::finished, stream,
                         [this](const ProviderResponse &) { --m_inFlight; });
        return stream;
    }
    int maxInFlight() const { return m_maxInFlight; }

private:
    std::shared_ptr<Provider> m_inner;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace

class TestMapReduceEmulator final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void longDocumentOverHttpKeepsTheConcurrencyLimit();
    void cancelOverHttpKeepsThePartialResult();

private:
    JobOutcome run(int concurrency, int cancelAfterChunks = -1);
    void startEmulator(int delayMs);

    EngineFixture m_engine;
    std::unique_ptr<emulator::EmulatorServer> m_server;
    MemorySecretStore m_secrets;
    GeneratedReader m_reader;
    std::unique_ptr<BuiltinPolicy> m_policy;
    std::shared_ptr<CountingProvider> m_counting;
};

void TestMapReduceEmulator::init()
{
    QVERIFY(m_engine.open());
    m_policy = std::make_unique<BuiltinPolicy>(QStringList{QStringLiteral("emu-anthropic")});
}

void TestMapReduceEmulator::cleanup()
{
    m_engine.close();
    m_counting.reset();
    m_server.reset();
}

void TestMapReduceEmulator::startEmulator(int delayMs)
{
    QJsonArray steps;
    for (int i = 0; i < 100; ++i) {
        steps.append(QJsonObject{{QStringLiteral("fault"), QStringLiteral("slow-first-token")},
                                 {QStringLiteral("delayMs"), delayMs}});
    }
    emulator::Scenario scenario =
        emulator::Scenario::fromJson(QJsonObject{{QStringLiteral("steps"), steps}});
    m_server = std::make_unique<emulator::EmulatorServer>(scenario);
    const quint16 port = m_server->listenLoopback();
    QVERIFY(port != 0);

    ProviderEntry entry;
    entry.id = QStringLiteral("emu-anthropic");
    entry.protocol = WireProtocol::Anthropic;
    entry.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    entry.defaultModel = QStringLiteral("claude-haiku-4-5-20251001");
    entry.models = {ModelInfo{entry.defaultModel, {}, 200000, 1.0, 5.0}};
    QVERIFY(m_secrets.write(entry.secretKey(QStringLiteral("api-key")), scenario.apiKey).ok());
    m_counting =
        std::make_shared<CountingProvider>(std::make_shared<RemoteProvider>(entry, &m_secrets));
    m_engine.providers->add(m_counting);
    m_engine.providers->setDefaultProviderId(entry.id);
}

JobOutcome TestMapReduceEmulator::run(int concurrency, int cancelAfterChunks)
{
    const PipelineServices s = m_engine.services(&m_reader, m_policy.get());
    JobRequest request;
    request.pastedText = QStringLiteral("unused: the reader makes the pages");
    request.templateId = QStringLiteral("summarise-detailed");
    request.providerId = QStringLiteral("emu-anthropic");
    MapReduceSettings settings;
    settings.concurrency = concurrency;
    settings.chunkTokens = kChunkTokens;
    settings.thresholdTokens = kChunkTokens;
    Job job(s, request, settings);
    if (cancelAfterChunks > 0) {
        connect(&job, &Job::chunkProgress, &job, [&job, cancelAfterChunks](int done) {
            if (done >= cancelAfterChunks) {
                job.cancel();
            }
        });
    }
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<JobOutcome>();
}

void TestMapReduceEmulator::longDocumentOverHttpKeepsTheConcurrencyLimit()
{
    startEmulator(60);
    const int expectedChunks = static_cast<int>(chunkPages(generatedPages(), kChunkTokens).size());
    QVERIFY(expectedChunks >= 10);

    const JobOutcome outcome = run(4);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(outcome.plan.mapReduce);
    QCOMPARE(outcome.plan.chunkCount, expectedChunks);
    QCOMPARE(outcome.chunksDone, expectedChunks);
    // Every map step and the one reduce request went over HTTP, with the key accepted.
    QCOMPARE(m_server->modelRequests(), expectedChunks + 1);
    for (const emulator::RequestRecord &record : m_server->records()) {
        QVERIFY(record.authOk);
        QCOMPARE(record.protocol, QStringLiteral("anthropic"));
    }
    QVERIFY2(m_counting->maxInFlight() <= 4,
             qPrintable(QString::number(m_counting->maxInFlight())));
    QVERIFY2(m_counting->maxInFlight() >= 2, "the map steps never overlapped");
    QVERIFY(!outcome.output.isEmpty());
    QVERIFY(outcome.costUsd > 0);
    QVERIFY(outcome.usage.outputTokens > 0);
}

void TestMapReduceEmulator::cancelOverHttpKeepsThePartialResult()
{
    startEmulator(150);
    const JobOutcome outcome = run(2, 2);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ErrorKind::Cancelled);
    QVERIFY(outcome.chunksDone >= 2);
    QVERIFY(outcome.chunksDone < outcome.plan.chunkCount);
    QVERIFY2(!outcome.output.isEmpty(), "the parts done were lost");
    QVERIFY(outcome.incomplete);
    QVERIFY(m_server->modelRequests() < outcome.plan.chunkCount + 1);
    QVERIFY(m_counting->maxInFlight() <= 2);
}

QTEST_GUILESS_MAIN(TestMapReduceEmulator)
#include "test_map_reduce_emulator.moc"

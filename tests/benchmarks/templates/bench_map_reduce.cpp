// Map-reduce wall time for a generated 200-page document against promptdesk-emulator's server
// (in-process, loopback HTTP, Anthropic SSE) whose every answer is delayed by a fixed amount:
// the same summary run with map concurrency 4 and with concurrency 1 (sequential). Prints both
// times, the chunk and request counts and the ratio (target: < 0.35). The whole job runs as in
// the app — chunking, prompts, policy gate and audit per request, streaming, reduce — except
// redaction, which is replaced by a pass-through here (it has its own benchmark). Figures only;
// exits 1 only if a run fails.
#include "audit/sqlite_audit_log.h"
#include "documents/document_reader.h"
#include "emulator_server.h"
#include "pipeline/job.h"
#include "policy/builtin_policy.h"
#include "providers/provider_registry.h"
#include "providers/remote/remote_provider.h"
#include "redaction/redactor.h"
#include "secrets/memory_secret_store.h"
#include "templates/template_library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace promptdesk;

namespace {

constexpr int kPages = 200;
constexpr int kDelayMs = 150;      // the emulator's fixed delay before each answer's first text
constexpr int kChunkTokens = 2000; // about 10 pages per chunk -> 20 map steps

class GeneratedReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &) const override { return make(); }
    Result<Document> fromPastedText(const QString &) const override { return make(); }

private:
    static Result<Document> make()
    {
        Document d;
        d.sourceName = QStringLiteral("report.pdf");
        for (int n = 1; n <= kPages; ++n) {
            QString text = QStringLiteral("Depot %1 reported %2 late deliveries this week. ")
                               .arg(n)
                               .arg(n * 3 + 1);
            text += QStringLiteral("Drivers noted congestion near the ring road during the "
                                   "morning shift and asked for earlier loading slots. ")
                        .repeated(5);
            d.pages.append({n, text, {}});
        }
        return d;
    }
};

class PassThroughRedactor final : public Redactor {
public:
    QList<PiiSpan> detect(QStringView) const override { return {}; }
    RedactedText redact(const QString &text) const override
    {
        RedactedText r;
        r.text = text;
        r.detectorVersion = QStringLiteral("pass-through/1");
        return r;
    }
    QString detectorVersion() const override { return QStringLiteral("pass-through/1"); }
};

struct RunFigures {
    qint64 wallMs = -1;
    int chunks = 0;
    bool ok = false;
};

RunFigures runOnce(const PipelineServices &services, int concurrency)
{
    JobRequest request;
    request.pastedText = QStringLiteral("unused: the reader makes the pages");
    request.templateId = QStringLiteral("summarise-detailed");
    request.providerId = QStringLiteral("bench-anthropic");
    MapReduceSettings settings;
    settings.concurrency = concurrency;
    settings.chunkTokens = kChunkTokens;
    settings.thresholdTokens = kChunkTokens;
    Job job(services, request, settings);
    RunFigures figures;
    QElapsedTimer clock;
    QObject::connect(&job, &Job::finished, &job, [&](const JobOutcome &outcome) {
        figures.wallMs = clock.elapsed();
        figures.chunks = outcome.plan.chunkCount;
        figures.ok = !outcome.error && outcome.chunksDone == outcome.plan.chunkCount;
        if (outcome.error) {
            std::fprintf(stderr, "run failed: %s\n", qPrintable(outcome.error->message));
        }
        QCoreApplication::quit();
    });
    clock.start();
    job.start();
    QCoreApplication::exec();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    // Every request waits kDelayMs before its first text (enough steps for both runs).
    QJsonArray steps;
    for (int i = 0; i < 200; ++i) {
        steps.append(QJsonObject{{QStringLiteral("fault"), QStringLiteral("slow-first-token")},
                                 {QStringLiteral("delayMs"), kDelayMs}});
    }
    emulator::Scenario scenario =
        emulator::Scenario::fromJson(QJsonObject{{QStringLiteral("steps"), steps}});
    scenario.text = QStringLiteral("- Deliveries ran late at several depots [p. 1].");
    emulator::EmulatorServer server(scenario);
    const quint16 port = server.listenLoopback();

    ProviderEntry entry;
    entry.id = QStringLiteral("bench-anthropic");
    entry.protocol = WireProtocol::Anthropic;
    entry.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    entry.defaultModel = QStringLiteral("claude-haiku-4-5-20251001");
    entry.models = {ModelInfo{entry.defaultModel, {}, 200000, 1.0, 5.0}};
    MemorySecretStore secrets;
    (void)secrets.write(entry.secretKey(QStringLiteral("api-key")), scenario.apiKey);

    GeneratedReader reader;
    PassThroughRedactor redactor;
    Result<TemplateLibrary> templates = TemplateLibrary::loadBuiltins(QLocale(QLocale::English));
    BuiltinPolicy policy({QStringLiteral("bench-anthropic")});
    ProviderRegistry providers;
    providers.add(std::make_shared<RemoteProvider>(entry, &secrets));
    providers.setDefaultProviderId(entry.id);
    Result<std::unique_ptr<SqliteAuditLog>> audit =
        SqliteAuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    if (!templates || !audit) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    PipelineServices services;
    services.documents = &reader;
    services.redactor = &redactor;
    services.templates = &templates.value();
    services.policy = &policy;
    services.providers = &providers;
    services.audit = audit.value().get();
    services.userName = QStringLiteral("bench");
    services.deviceName = QStringLiteral("bench-device");

    const RunFigures parallel = runOnce(services, 4);
    const RunFigures sequential = runOnce(services, 1);
    const double ratio =
        sequential.wallMs > 0 ? double(parallel.wallMs) / double(sequential.wallMs) : -1;
    std::printf(
        "map-reduce (summarise-detailed, %d generated pages, %d chunks + 1 reduce request,\n"
        "  in-process emulator over loopback HTTP, every answer delayed %d ms)\n",
        kPages, parallel.chunks, kDelayMs);
    std::printf("  concurrency 4: %lld ms\n", static_cast<long long>(parallel.wallMs));
    std::printf("  sequential:    %lld ms\n", static_cast<long long>(sequential.wallMs));
    std::printf(
        "  ratio %.3f (target: < 0.35; ideal with this shape (%d/4 + 1) / (%d + 1) = %.3f)\n",
        ratio, parallel.chunks, parallel.chunks,
        (std::ceil(parallel.chunks / 4.0) + 1) / (parallel.chunks + 1.0));
    return parallel.ok && sequential.ok ? 0 : 1;
}

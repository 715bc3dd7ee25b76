// Client overhead against the emulator on loopback: 1,000 streamed requests (Anthropic SSE)
// to an in-process emulator whose first token is delayed by a known amount. Prints the median
// and 95th percentile time to first token minus that delay (the client's own overhead), and
// the resident memory after 100 and after 1,000 requests (growth would show a leak). Figures
// only; exits 1 only if a request fails.
#include "emulator_server.h"
#include "providers/remote/remote_provider.h"
#include "secrets/memory_secret_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace promptdesk;

namespace {

constexpr int kRequests = 1000;
constexpr int kDelayMs = 5;

long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    emulator::Scenario scenario;
    scenario.text = QStringLiteral("A short deterministic answer of eight words.");
    QJsonArray steps;
    for (int i = 0; i < kRequests; ++i) {
        steps.append(QJsonObject{{QStringLiteral("fault"), QStringLiteral("slow-first-token")},
                                 {QStringLiteral("delayMs"), kDelayMs}});
    }
    scenario.steps =
        emulator::Scenario::fromJson(QJsonObject{{QStringLiteral("steps"), steps}}).steps;
    emulator::EmulatorServer server(scenario);
    const quint16 port = server.listenLoopback();

    ProviderEntry entry;
    entry.id = QStringLiteral("bench-anthropic");
    entry.protocol = WireProtocol::Anthropic;
    entry.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    entry.defaultModel = QStringLiteral("claude-haiku-4-5-20251001");
    entry.models = {ModelInfo{entry.defaultModel, {}, 0, -1, -1}};
    MemorySecretStore secrets;
    (void)secrets.write(entry.secretKey(QStringLiteral("api-key")), scenario.apiKey);
    RemoteProvider provider(entry, &secrets);
    ProviderRequest request;
    request.messages = {
        ChatMessage{QStringLiteral("user"), QStringLiteral("Summarise this short note.")}};

    std::vector<double> overheadMs;
    long rssAfter100 = 0;
    int failures = 0;
    int done = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> next;
    next = [&] {
        if (done == kRequests) {
            QCoreApplication::quit();
            return;
        }
        auto *owner = new QObject;
        auto *clock = new QElapsedTimer;
        clock->start();
        ProviderStream *stream = provider.start(request, owner);
        auto first = std::make_shared<double>(-1);
        QObject::connect(stream, &ProviderStream::textDelta, owner,
                         [clock, first](const QString &) {
                             if (*first < 0) {
                                 *first = double(clock->nsecsElapsed()) / 1e6;
                             }
                         });
        QObject::connect(stream, &ProviderStream::finished, owner,
                         [&, owner, clock, first](const ProviderResponse &r) {
                             if (r.error) {
                                 ++failures;
                             } else {
                                 overheadMs.push_back(*first - kDelayMs);
                             }
                             delete clock;
                             owner->deleteLater();
                             ++done;
                             if (done == 100) {
                                 rssAfter100 = residentKiB();
                             }
                             QMetaObject::invokeMethod(qApp, next, Qt::QueuedConnection);
                         });
    };
    QMetaObject::invokeMethod(qApp, next, Qt::QueuedConnection);
    app.exec();
    const long rssAfter1000 = residentKiB();
    std::sort(overheadMs.begin(), overheadMs.end());
    const double median = overheadMs.empty() ? -1 : overheadMs[overheadMs.size() / 2];
    const double p95 = overheadMs.empty() ? -1 : overheadMs[overheadMs.size() * 95 / 100];
    std::printf(
        "provider loopback (Anthropic SSE, in-process emulator, %d requests, first token delayed "
        "%d ms;\n"
        "  client and emulator share one event loop on a shared machine, figures are noisy)\n",
        kRequests, kDelayMs);
    std::printf("  time to first token above the emulator's delay: median %.2f ms, p95 %.2f ms "
                "(target: median < 5 ms)\n",
                median, p95);
    std::printf(
        "  resident memory: %ld KiB after 100 requests, %ld KiB after %d (growth %ld KiB)\n",
        rssAfter100, rssAfter1000, kRequests, rssAfter1000 - rssAfter100);
    std::printf("  wall time %.1f s, failures %d\n", double(wall.elapsed()) / 1000.0, failures);
    return failures == 0 ? 0 : 1;
}

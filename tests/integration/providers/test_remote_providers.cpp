// Every protocol end to end over real loopback HTTP against the in-process emulator: streamed
// and non-streamed answers, usage, request ids, cost, and every injected fault. Each fault
// row prints the user-facing sentence it produced.
#include "provider_harness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace promptdesk;
using namespace promptdesk::testing;
using emulator::EmulatorServer;
using emulator::Scenario;

namespace {

Scenario scenarioWith(const QByteArray &stepsJson)
{
    QJsonObject o;
    o.insert(QStringLiteral("steps"), QJsonDocument::fromJson(stepsJson).array());
    QString error;
    Scenario s = Scenario::fromJson(o, &error);
    if (!error.isEmpty()) {
        qFatal("bad scenario in test: %s", qPrintable(error));
    }
    return s;
}

const char *protocolName(WireProtocol p)
{
    switch (p) {
    case WireProtocol::Bedrock:
        return "bedrock";
    case WireProtocol::Anthropic:
        return "anthropic";
    case WireProtocol::OpenAi:
        return "openai";
    case WireProtocol::AzureOpenAi:
        return "azure";
    }
    return "?";
}

void printOutcome(const RunResult &r)
{
    for (const QString &n : r.notices) {
        qInfo().noquote() << "  notice shown to the user:" << n;
    }
    if (r.response.error) {
        qInfo().noquote() << "  message shown to the user:"
                          << errorKindName(r.response.error->kind) + QStringLiteral(": ") +
                                 r.response.error->message;
    }
}

} // namespace

class TestRemoteProviders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void streamsEachProtocol_data();
    void streamsEachProtocol();
    void nonStreamedAnswers_data();
    void nonStreamedAnswers();
    void bedrockApiKeyAsBearer();
    void azureV1Api();
    void retriedFaults_data();
    void retriedFaults();
    void firstTokenWaitIsNotCutByTheIdleTimeout_data();
    void firstTokenWaitIsNotCutByTheIdleTimeout();
    void faultsAfterOutput_data();
    void faultsAfterOutput();
    void wrongKeyIsAuthErrorWithoutRetry();
    void missingKeyNeverReachesNetwork();
    void cancelMidStream();
    void hugeResponseIsCapped();
    void connectionRefusedIsNetworkError();
    void serverWithoutANameIsCalledByItsHost();

private:
    RunResult run(WireProtocol protocol, const Scenario &scenario, int firstTokenMs = 3000,
                  int idleMs = 3000);

    EmulatorServer m_server;
    quint16 m_port = 0;
};

void TestRemoteProviders::initTestCase()
{
    m_port = m_server.listenLoopback();
    QVERIFY(m_port != 0);
}

void TestRemoteProviders::init()
{
    m_server.setScenario(Scenario{});
}

RunResult TestRemoteProviders::run(WireProtocol protocol, const Scenario &scenario,
                                   int firstTokenMs, int idleMs)
{
    m_server.setScenario(scenario);
    ProviderEntry entry = emulatorEntry(protocol, m_port);
    entry.timeouts.firstTokenMs = firstTokenMs;
    entry.timeouts.idleMs = idleMs;
    return runWithEmulatorKeys(entry, scenario);
}

void TestRemoteProviders::streamsEachProtocol_data()
{
    QTest::addColumn<int>("protocol");
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::Anthropic, WireProtocol::OpenAi,
                           WireProtocol::AzureOpenAi}) {
        QTest::newRow(protocolName(p)) << int(p);
    }
}

void TestRemoteProviders::streamsEachProtocol()
{
    QFETCH(int, protocol);
    const int before = m_server.modelRequests();
    const RunResult r = run(WireProtocol(protocol), Scenario{});
    QVERIFY(r.finished);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.text, Scenario{}.text);
    QVERIFY(!r.response.incomplete);
    QVERIFY(r.response.usage.inputTokens > 0);
    QCOMPARE(r.response.usage.outputTokens, qint64(Scenario{}.text.split(QLatin1Char(' ')).size()));
    QVERIFY(r.response.requestId.startsWith(QStringLiteral("emu-req-")));
    QVERIFY(!r.response.stopReason.isEmpty());
    QVERIFY(r.response.firstTokenMs >= 0);
    QCOMPARE(r.response.attempts, 1);
    QCOMPARE(m_server.modelRequests(), before + 1);
    const auto record = m_server.records().constLast();
    QVERIFY(record.authOk);
    QVERIFY(record.streamed);
    if (WireProtocol(protocol) == WireProtocol::Bedrock) {
        // Priced from the catalogue through the "eu." inference profile prefix.
        QVERIFY(r.response.costUsd > 0);
    }
    qInfo() << protocolName(WireProtocol(protocol)) << "ttft ms" << r.response.firstTokenMs
            << "total ms" << r.response.totalMs << "tokens/s" << r.response.tokensPerSecond
            << "cost USD" << r.response.costUsd;
}

void TestRemoteProviders::nonStreamedAnswers_data()
{
    streamsEachProtocol_data();
}

void TestRemoteProviders::nonStreamedAnswers()
{
    QFETCH(int, protocol);
    m_server.setScenario(Scenario{});
    ProviderEntry entry = emulatorEntry(WireProtocol(protocol), m_port);
    entry.stream = false;
    const RunResult r = runWithEmulatorKeys(entry);
    QVERIFY(!r.response.error);
    QCOMPARE(r.text, Scenario{}.text);
    QVERIFY(r.response.usage.outputTokens > 0);
    QVERIFY(!m_server.records().constLast().streamed);
}

void TestRemoteProviders::bedrockApiKeyAsBearer()
{
    ProviderEntry entry = emulatorEntry(WireProtocol::Bedrock, m_port);
    entry.credentials = CredentialSource::BedrockApiKey;
    const RunResult r = runWithEmulatorKeys(entry);
    QVERIFY(!r.response.error);
    QVERIFY(m_server.records().constLast().authOk);
}

void TestRemoteProviders::azureV1Api()
{
    ProviderEntry entry = emulatorEntry(WireProtocol::AzureOpenAi, m_port);
    entry.azureApiVersion.clear();
    const RunResult r = runWithEmulatorKeys(entry);
    QVERIFY(!r.response.error);
    QCOMPARE(m_server.records().constLast().path, QStringLiteral("/openai/v1/chat/completions"));
}

void TestRemoteProviders::retriedFaults_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<int>("firstTokenMs");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minElapsedMs");
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::Anthropic, WireProtocol::OpenAi}) {
        const QByteArray name = protocolName(p);
        // Bedrock sends no Retry-After: it backs off instead (50 ms base in these tests).
        const int retryAfterMs = p == WireProtocol::Bedrock ? 0 : 900;
        QTest::addRow("%s/rate-limit then ok", name.constData())
            << int(p) << QByteArray(R"([{"fault":"rate-limit","retryAfter":1}])") << 3000 << true
            << 2 << 0 << retryAfterMs;
        QTest::addRow("%s/server-error then ok", name.constData())
            << int(p) << QByteArray(R"([{"fault":"server-error"}])") << 3000 << true << 2 << 0 << 0;
        QTest::addRow("%s/overloaded every time", name.constData())
            << int(p)
            << QByteArray(
                   R"([{"fault":"overloaded"},{"fault":"overloaded"},{"fault":"overloaded"}])")
            << 3000 << false << 3 << int(ErrorKind::Provider) << 0;
        QTest::addRow("%s/auth-error not retried", name.constData())
            << int(p) << QByteArray(R"([{"fault":"auth-error"}])") << 3000 << false << 1
            << int(ErrorKind::Auth) << 0;
        QTest::addRow("%s/slow first token then ok", name.constData())
            << int(p) << QByteArray(R"([{"fault":"slow-first-token","delayMs":1500}])") << 600
            << true << 2 << 0 << 600;
        QTest::addRow("%s/slow first token within limit", name.constData())
            << int(p) << QByteArray(R"([{"fault":"slow-first-token","delayMs":300}])") << 3000
            << true << 1 << 0 << 300;
        QTest::addRow("%s/disconnect before output", name.constData())
            << int(p) << QByteArray(R"([{"fault":"disconnect","afterChunks":0}])") << 3000 << true
            << 2 << 0 << 0;
        QTest::addRow("%s/proxy html page every time", name.constData())
            << int(p)
            << QByteArray(R"([{"fault":"html-page"},{"fault":"html-page"},{"fault":"html-page"}])")
            << 3000 << false << 3 << int(ErrorKind::Network) << 0;
    }
}

void TestRemoteProviders::retriedFaults()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, steps);
    QFETCH(int, firstTokenMs);
    QFETCH(bool, succeeds);
    QFETCH(int, attempts);
    QFETCH(int, kind);
    QFETCH(int, minElapsedMs);
    const RunResult r = run(WireProtocol(protocol), scenarioWith(steps), firstTokenMs);
    printOutcome(r);
    QVERIFY(r.finished);
    QCOMPARE(r.response.attempts, attempts);
    QCOMPARE(r.notices.size(), attempts - 1); // every retry is announced, none is silent
    QVERIFY(r.elapsedMs >= minElapsedMs);
    if (succeeds) {
        QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
        QCOMPARE(r.text, Scenario{}.text); // shown once: nothing from a failed attempt leaks in
    } else {
        QVERIFY(r.response.error);
        QCOMPARE(int(r.response.error->kind), kind);
        QVERIFY(!r.response.error->message.isEmpty());
        QVERIFY(r.response.incomplete);
    }
}

void TestRemoteProviders::firstTokenWaitIsNotCutByTheIdleTimeout_data()
{
    QTest::addColumn<int>("protocol");
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::Anthropic, WireProtocol::OpenAi}) {
        QTest::newRow(protocolName(p)) << int(p);
    }
}

// A first token that takes longer than the idle limit but less than the first-token limit is
// waited for: one attempt, no retry, no "stopped sending" (headers arrive at once).
void TestRemoteProviders::firstTokenWaitIsNotCutByTheIdleTimeout()
{
    QFETCH(int, protocol);
    const int before = m_server.modelRequests();
    const RunResult r = run(WireProtocol(protocol),
                            scenarioWith(R"([{"fault":"slow-first-token","delayMs":1200}])"),
                            /*firstTokenMs=*/4000, /*idleMs=*/400);
    printOutcome(r);
    QVERIFY(r.finished);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.response.attempts, 1);
    QVERIFY(r.notices.isEmpty());
    QCOMPARE(m_server.modelRequests(), before + 1);
    QCOMPARE(r.text, Scenario{}.text);
}

void TestRemoteProviders::faultsAfterOutput_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<int>("kind");
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::Anthropic, WireProtocol::OpenAi}) {
        const QByteArray name = protocolName(p);
        QTest::addRow("%s/stall", name.constData())
            << int(p) << QByteArray(R"([{"fault":"stall","afterChunks":3}])")
            << int(ErrorKind::Network);
        QTest::addRow("%s/disconnect mid-stream", name.constData())
            << int(p) << QByteArray(R"([{"fault":"disconnect","afterChunks":3}])")
            << int(ErrorKind::Network);
        QTest::addRow("%s/malformed json", name.constData())
            << int(p) << QByteArray(R"([{"fault":"malformed-json","afterChunks":3}])")
            << int(ErrorKind::Provider);
        QTest::addRow("%s/truncated frame", name.constData())
            << int(p) << QByteArray(R"([{"fault":"truncated-frame","afterChunks":3}])")
            << int(ErrorKind::Network); // the same kind on every protocol
        QTest::addRow("%s/error inside the stream", name.constData())
            << int(p) << QByteArray(R"([{"fault":"stream-error","afterChunks":3}])")
            << int(ErrorKind::Provider);
    }
    QTest::newRow("bedrock/bad crc")
        << int(WireProtocol::Bedrock) << QByteArray(R"([{"fault":"bad-crc","afterChunks":3}])")
        << int(ErrorKind::Provider);
}

void TestRemoteProviders::faultsAfterOutput()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, steps);
    QFETCH(int, kind);
    const RunResult r = run(WireProtocol(protocol), scenarioWith(steps), 3000, 500);
    printOutcome(r);
    QVERIFY(r.finished);
    QVERIFY(r.response.error);
    QCOMPARE(int(r.response.error->kind), kind);
    // The partial output is kept and marked incomplete; no silent retry after it was shown.
    QCOMPARE(r.text, QStringLiteral("The emulator read "));
    QVERIFY(r.response.incomplete);
    QCOMPARE(r.response.attempts, 1);
    QVERIFY(r.notices.isEmpty());
}

void TestRemoteProviders::wrongKeyIsAuthErrorWithoutRetry()
{
    ProviderEntry entry = emulatorEntry(WireProtocol::Bedrock, m_port);
    MemorySecretStore secrets;
    Scenario wrong;
    wrong.awsSecretAccessKey = "not-the-right-secret-EXAMPLE";
    storeEmulatorKeys(secrets, entry, wrong);
    RemoteProvider provider(entry, &secrets);
    const RunResult r = runOnce(provider, sampleRequest());
    printOutcome(r);
    QVERIFY(r.response.error);
    QCOMPARE(r.response.error->kind, ErrorKind::Auth);
    QCOMPARE(r.response.attempts, 1);
    QVERIFY(!m_server.records().constLast().authOk);
}

void TestRemoteProviders::missingKeyNeverReachesNetwork()
{
    const int before = m_server.modelRequests();
    ProviderEntry entry = emulatorEntry(WireProtocol::Anthropic, m_port);
    MemorySecretStore empty;
    RemoteProvider provider(entry, &empty);
    const RunResult r = runOnce(provider, sampleRequest());
    printOutcome(r);
    QVERIFY(r.response.error);
    QCOMPARE(r.response.error->kind, ErrorKind::Auth);
    QCOMPARE(m_server.modelRequests(), before);
}

void TestRemoteProviders::cancelMidStream()
{
    Scenario slow;
    slow.chunkDelayMs = 50;
    m_server.setScenario(slow);
    ProviderEntry entry = emulatorEntry(WireProtocol::Anthropic, m_port);
    MemorySecretStore secrets;
    storeEmulatorKeys(secrets, entry);
    RemoteProvider provider(entry, &secrets);
    const RunResult r = runOnce(provider, sampleRequest(), 15000, 10);
    QVERIFY(r.response.error);
    QCOMPARE(r.response.error->kind, ErrorKind::Cancelled);
    QVERIFY(r.response.incomplete);
    QVERIFY(!r.text.isEmpty());
    QVERIFY(r.text.size() < slow.text.size());
}

void TestRemoteProviders::hugeResponseIsCapped()
{
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::OpenAi}) {
        m_server.setScenario(scenarioWith(R"([{"fault":"huge"}])"));
        ProviderEntry entry = emulatorEntry(p, m_port);
        MemorySecretStore secrets;
        storeEmulatorKeys(secrets, entry);
        RemoteProvider provider(entry, &secrets);
        provider.setMaxResponseBytes(4 * 1024 * 1024);
        const RunResult r = runOnce(provider, sampleRequest());
        printOutcome(r);
        QVERIFY(r.response.error);
        QCOMPARE(r.response.error->kind, ErrorKind::TooLarge);
        QVERIFY(r.response.incomplete);
        QVERIFY(!r.text.isEmpty()); // the part received is kept
    }
}

void TestRemoteProviders::connectionRefusedIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ProviderEntry entry = emulatorEntry(WireProtocol::OpenAi, closedPort);
    entry.retries.maxAttempts = 2;
    const RunResult r = runWithEmulatorKeys(entry);
    printOutcome(r);
    QVERIFY(r.response.error);
    QCOMPARE(r.response.error->kind, ErrorKind::Network);
    QCOMPARE(r.response.attempts, 2);
}

void TestRemoteProviders::serverWithoutANameIsCalledByItsHost()
{
    m_server.setScenario(scenarioWith(R"([{"fault":"malformed-json","afterChunks":3}])"));
    ProviderEntry entry = emulatorEntry(WireProtocol::OpenAi, m_port);
    entry.displayName.clear();
    const RunResult r = runWithEmulatorKeys(entry);
    printOutcome(r);
    QVERIFY(r.response.error);
    // Was "The answer from The model server was damaged …".
    QVERIFY2(r.response.error->message.startsWith(QStringLiteral("The answer from 127.0.0.1 ")),
             qPrintable(r.response.error->message));
}

QTEST_GUILESS_MAIN(TestRemoteProviders)
#include "test_remote_providers.moc"

// Corporate network set-up against real processes on loopback: requests demonstrably pass
// through a real proxy (tinyproxy, started here; its Via header reaches the emulator), the
// no-proxy list bypasses it, proxy credentials come from the keychain (407 without them), and
// TLS with a CA generated here with openssl is trusted only when configured.
#include "provider_harness.h"
#include "providers/remote/configured_providers.h"
#include "test_support.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        return 0;
    }
    return probe.serverPort();
}

bool run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestProviderNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void requestsPassThroughProxy();
    void noProxyListGoesDirect();
    void proxyCredentialsFromKeychain();
    void tlsTrustedOnlyWithConfiguredCa();
    void proxySecretsInTheSettingsFileAreRefused_data();
    void proxySecretsInTheSettingsFileAreRefused();

private:
    bool startProxy(const QByteArray &extraConfig);
    void stopProxy(int waitMs = 3000);
    RunResult runVia(const ProviderNetworkSettings &network, MemorySecretStore &secrets,
                     const QString &baseUrl = {});

    emulator::EmulatorServer m_server;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
};

void TestProviderNetwork::initTestCase()
{
    m_port = m_server.listenLoopback();
    QVERIFY(m_port != 0);
}

void TestProviderNetwork::cleanupTestCase()
{
    stopProxy();
}

bool TestProviderNetwork::startProxy(const QByteArray &extraConfig)
{
    stopProxy();
    const QString tinyproxy = QStandardPaths::findExecutable(
        QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (tinyproxy.isEmpty()) {
        return false;
    }
    m_proxyPort = freePort();
    const QByteArray config = "Port " + QByteArray::number(m_proxyPort) +
                              "\nListen 127.0.0.1\nTimeout 30\n"
                              "Allow 127.0.0.1\nMaxClients 20\nLogLevel Critical\n" +
                              extraConfig;
    const QString path = writeFile(m_dir.path(), QStringLiteral("tinyproxy.conf"), config);
    m_proxy.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), path});
    if (!m_proxy.waitForStarted(5000)) {
        return false;
    }
    // Ready when it accepts connections.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_proxyPort);
        if (probe.waitForConnected(100)) {
            return true;
        }
        QTest::qWait(50);
    }
    return false;
}

void TestProviderNetwork::stopProxy(int waitMs)
{
    if (m_proxy.state() != QProcess::NotRunning) {
        m_proxy.terminate();
        if (!m_proxy.waitForFinished(waitMs)) {
            m_proxy.kill();
            m_proxy.waitForFinished(3000);
        }
    }
}

RunResult TestProviderNetwork::runVia(const ProviderNetworkSettings &network,
                                      MemorySecretStore &secrets, const QString &baseUrl)
{
    ProviderEntry entry = emulatorEntry(WireProtocol::Anthropic, m_port);
    if (!baseUrl.isEmpty()) {
        entry.baseUrl = baseUrl;
    }
    entry.retries.maxAttempts = 1;
    storeEmulatorKeys(secrets, entry);
    RemoteProvider provider(entry, &secrets, network);
    return runOnce(provider, sampleRequest());
}

void TestProviderNetwork::requestsPassThroughProxy()
{
    if (!startProxy({})) {
        QSKIP("tinyproxy is not installed (packaging/install-deps.sh installs it)");
    }
    ProviderNetworkSettings network;
    network.proxyMode = ProviderNetworkSettings::ProxyMode::Explicit;
    network.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
    MemorySecretStore secrets;
    const RunResult r = runVia(network, secrets);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.text, emulator::Scenario{}.text);
    const QByteArray via = m_server.records().constLast().proxyVia;
    qInfo() << "Via header seen by the emulator:" << via;
    QVERIFY(via.contains("tinyproxy"));
}

void TestProviderNetwork::noProxyListGoesDirect()
{
    if (!startProxy({})) {
        QSKIP("tinyproxy is not installed (packaging/install-deps.sh installs it)");
    }
    ProviderNetworkSettings network;
    network.proxyMode = ProviderNetworkSettings::ProxyMode::Explicit;
    network.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
    network.noProxy = {QStringLiteral("127.0.0.1")};
    MemorySecretStore secrets;
    const RunResult r = runVia(network, secrets);
    QVERIFY(!r.response.error);
    QVERIFY(m_server.records().constLast().proxyVia.isEmpty());
    QVERIFY(NetworkSetup::bypassesProxy(QStringLiteral("api.corp.example.com"),
                                        {QStringLiteral(".example.com")}));
    QVERIFY(!NetworkSetup::bypassesProxy(QStringLiteral("example.org"),
                                         {QStringLiteral("example.com")}));
}

void TestProviderNetwork::proxyCredentialsFromKeychain()
{
    if (!startProxy("BasicAuth proxyuser pr0xy-pass-EXAMPLE\n")) {
        QSKIP("tinyproxy is not installed (packaging/install-deps.sh installs it)");
    }
    ProviderNetworkSettings network;
    network.proxyMode = ProviderNetworkSettings::ProxyMode::Explicit;
    network.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
    network.proxyUser = QStringLiteral("proxyuser");
    {
        MemorySecretStore noPassword;
        const RunResult r = runVia(network, noPassword);
        QVERIFY(r.response.error);
        qInfo().noquote() << "  message shown to the user:" << r.response.error->message;
        QCOMPARE(r.response.error->kind, ErrorKind::Auth);
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(ProviderNetworkSettings::proxyPasswordKey(), "pr0xy-pass-EXAMPLE").ok());
    const RunResult r = runVia(network, secrets);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QVERIFY(m_server.records().constLast().proxyVia.contains("tinyproxy"));
}

void TestProviderNetwork::tlsTrustedOnlyWithConfiguredCa()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("openssl is not installed (packaging/install-deps.sh installs it)");
    }
    const QString d = m_dir.path();
    QVERIFY(run(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Promptdesk Test CA")},
                d));
    QVERIFY(run(openssl,
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")},
                d));
    writeFile(d, QStringLiteral("ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    QVERIFY(
        run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
            d));
    QFile certFile(d + QStringLiteral("/server.pem"));
    QFile keyFile(d + QStringLiteral("/server.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    emulator::EmulatorServer tlsServer;
    tlsServer.sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
    const quint16 tlsPort = tlsServer.listenLoopback();
    QVERIFY(tlsPort != 0);
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(tlsPort);
    {
        MemorySecretStore secrets;
        const RunResult r = runVia(
            ProviderNetworkSettings{ProviderNetworkSettings::ProxyMode::None, {}, {}, {}, {}},
            secrets, base);
        QVERIFY(r.response.error);
        qInfo().noquote() << "  without the CA, message shown to the user:"
                          << r.response.error->message;
        QCOMPARE(r.response.error->kind, ErrorKind::Network);
        QVERIFY(r.response.error->message.contains(QStringLiteral("certificate")));
        QCOMPARE(tlsServer.modelRequests(), 0);
    }
    ProviderNetworkSettings trusted{
        ProviderNetworkSettings::ProxyMode::None, {}, {}, {}, {d + QStringLiteral("/ca.pem")}};
    MemorySecretStore secrets;
    const RunResult r = runVia(trusted, secrets, base);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.text, emulator::Scenario{}.text);
    QCOMPARE(tlsServer.modelRequests(), 1);
}

void TestProviderNetwork::proxySecretsInTheSettingsFileAreRefused_data()
{
    QTest::addColumn<QByteArray>("network");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain address")
        << QByteArray(R"({"proxy":"http://proxy.example:3128"})") << true;
    QTest::newRow("user and password in the address")
        << QByteArray(R"({"proxy":"http://alice:s3cret-EXAMPLE@proxy.example:3128"})") << false;
    QTest::newRow("user in the address")
        << QByteArray(R"({"proxy":"http://alice@proxy.example:3128"})") << false;
    QTest::newRow("proxyPassword") << QByteArray(R"({"proxy":"http://proxy.example:3128",
        "proxyUser":"alice","proxyPassword":"s3cret-EXAMPLE"})")
                                   << false;
}

void TestProviderNetwork::proxySecretsInTheSettingsFileAreRefused()
{
    QFETCH(QByteArray, network);
    QFETCH(bool, accepted);
    const QByteArray json = R"({"providers":[],"network":)" + network + "}";
    const Result<ProviderConfig> config = ProviderConfig::parse(json);
    QCOMPARE(bool(config), accepted);
    if (!accepted) {
        QCOMPARE(config.error().kind, ErrorKind::Usage);
        QVERIFY2(config.error().message.contains(QStringLiteral("keychain")),
                 qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(QStringLiteral("s3cret")));
    }
}

QTEST_GUILESS_MAIN(TestProviderNetwork)
#include "test_provider_network.moc"

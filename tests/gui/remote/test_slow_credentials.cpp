// Credentials are an asynchronous phase of a remote request: a keychain that takes its time
// (an unlock prompt) or a slow AWS credential_process never blocks the window, and the request
// can be cancelled while they are still being read. The seam is a secret store that answers
// 1.5 s late; its blocking read() sleeps, so a request that still read synchronously would
// freeze the window for that long and the test would see it.
#include "../../integration/providers/provider_harness.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace promptdesk;
using namespace promptdesk::testing;
using emulator::EmulatorServer;
using emulator::Scenario;

namespace {

constexpr int kKeychainDelayMs = 1500;

class SlowSecretStore final : public SecretStore {
public:
    Result<std::optional<QByteArray>> read(const QString &key) override
    {
        ++blockingReads;
        QThread::msleep(kKeychainDelayMs);
        return m_store.read(key);
    }
    void readLater(const QString &key, QObject *context, ReadAnswer done) override
    {
        ++laterReads;
        QTimer::singleShot(kKeychainDelayMs / 3, context,
                           [this, key, done = std::move(done)] { done(m_store.read(key)); });
    }
    Result<void> write(const QString &key, const QByteArray &secret) override
    {
        return m_store.write(key, secret);
    }
    Result<void> remove(const QString &key) override { return m_store.remove(key); }

    MemorySecretStore &inner() { return m_store; }
    int blockingReads = 0;
    int laterReads = 0;

private:
    MemorySecretStore m_store;
};

// An emulator entry whose keys sit in the slow store.
struct SlowProvider {
    SlowSecretStore secrets;
    RemoteProvider provider;

    SlowProvider(WireProtocol protocol, quint16 port)
        : provider(keyed(protocol, port, secrets), &secrets)
    {
    }
    static ProviderEntry keyed(WireProtocol protocol, quint16 port, SlowSecretStore &secrets)
    {
        ProviderEntry entry = emulatorEntry(protocol, port);
        storeEmulatorKeys(secrets.inner(), entry);
        return entry;
    }
};

// Counts event-loop turns and a button press while a request waits for its credentials.
struct Responsiveness {
    QPushButton button{QStringLiteral("Still here")};
    QTimer ticker;
    int ticks = 0;
    int clicks = 0;
    qint64 clickedAtMs = -1;
    QElapsedTimer clock;

    Responsiveness()
    {
        ticker.setInterval(20);
        QObject::connect(&ticker, &QTimer::timeout, [this] { ++ticks; });
        QObject::connect(&button, &QPushButton::clicked, [this] {
            ++clicks;
            clickedAtMs = clock.elapsed();
        });
        button.show();
        clock.start();
        ticker.start();
        // A user presses a button while the keychain has not answered yet.
        QTimer::singleShot(200, &button, [this] { QTest::mouseClick(&button, Qt::LeftButton); });
    }
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestSlowCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowStaysResponsiveWhileKeychainIsSlow();
    void cancelWhileKeychainAnswers();
    void slowCredentialProcessDoesNotBlock();
    void failingCredentialProcessIsReadable();

private:
    // An emulator Bedrock entry whose credentials come from an AWS profile that runs `script`.
    ProviderEntry profileRunning(const QString &profile, const QByteArray &script);

    EmulatorServer m_server;
    quint16 m_port = 0;
    QTemporaryDir m_aws;
};

void TestSlowCredentials::initTestCase()
{
    m_port = m_server.listenLoopback();
    QVERIFY(m_port != 0);
    QVERIFY(m_aws.isValid());
}

void TestSlowCredentials::windowStaysResponsiveWhileKeychainIsSlow()
{
    m_server.setScenario(Scenario{});
    SlowProvider slow(WireProtocol::Bedrock, m_port);
    SlowSecretStore &secrets = slow.secrets;
    RemoteProvider &provider = slow.provider;

    Responsiveness ui;
    const int before = m_server.modelRequests();
    const RunResult r = runOnce(provider, sampleRequest(), 15000);
    QVERIFY(r.finished);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.text, Scenario{}.text);
    QCOMPARE(m_server.modelRequests(), before + 1);
    QVERIFY(m_server.records().constLast().authOk);

    QCOMPARE(secrets.blockingReads, 0); // the request never waited on the keychain
    QCOMPARE(secrets.laterReads, 3);    // access key id, secret key, session token
    QVERIFY2(r.elapsedMs >= kKeychainDelayMs - 50, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(ui.clicks, 1);
    QVERIFY2(ui.clickedAtMs < kKeychainDelayMs / 2, qPrintable(QString::number(ui.clickedAtMs)));
    // 20 ms ticks through 1.5 s of waiting: a blocked thread would have shown almost none.
    QVERIFY2(ui.ticks >= 40, qPrintable(QString::number(ui.ticks)));
    qInfo() << "keychain answered after" << r.elapsedMs << "ms; event-loop ticks meanwhile"
            << ui.ticks << "; button press handled at" << ui.clickedAtMs << "ms";
}

void TestSlowCredentials::cancelWhileKeychainAnswers()
{
    m_server.setScenario(Scenario{});
    SlowProvider slow(WireProtocol::Anthropic, m_port);
    RemoteProvider &provider = slow.provider;
    const int before = m_server.modelRequests();

    QObject owner;
    ProviderStream *stream = provider.start(sampleRequest(), &owner);
    std::optional<ProviderResponse> response;
    connect(stream, &ProviderStream::finished, &owner,
            [&response](const ProviderResponse &r) { response = r; });
    QTimer::singleShot(100, stream, &ProviderStream::cancel);
    QVERIFY(QTest::qWaitFor([&response] { return response.has_value(); }, 2000));
    QVERIFY(response->error);
    QCOMPARE(response->error->kind, ErrorKind::Cancelled);
    QTest::qWait(kKeychainDelayMs); // the keychain's late answer must not start the send
    QCOMPARE(m_server.modelRequests(), before);
}

void TestSlowCredentials::slowCredentialProcessDoesNotBlock()
{
    if (!QFile::exists(QStringLiteral("/bin/sh"))) {
        QSKIP("needs /bin/sh for the credential_process script");
    }
    m_server.setScenario(Scenario{});
    const Scenario keys;
    const ProviderEntry entry = profileRunning(
        QStringLiteral("slow"), "sleep 1\nprintf '{\"Version\": 1, \"AccessKeyId\": \"" +
                                    keys.awsAccessKeyId + "\", \"SecretAccessKey\": \"" +
                                    keys.awsSecretAccessKey + "\"}'\n");
    RemoteProvider provider(entry, nullptr);

    Responsiveness ui;
    const RunResult r = runOnce(provider, sampleRequest(), 15000);
    QVERIFY(r.finished);
    QVERIFY2(!r.response.error, r.response.error ? qPrintable(r.response.error->message) : "");
    QCOMPARE(r.text, Scenario{}.text);
    QVERIFY(m_server.records().constLast().authOk); // signed with the process's keys
    QCOMPARE(ui.clicks, 1);
    QVERIFY2(ui.ticks >= 25, qPrintable(QString::number(ui.ticks)));
    qInfo() << "credential_process answered after" << r.elapsedMs << "ms; ticks meanwhile"
            << ui.ticks;
}

void TestSlowCredentials::failingCredentialProcessIsReadable()
{
    if (!QFile::exists(QStringLiteral("/bin/sh"))) {
        QSKIP("needs /bin/sh for the credential_process script");
    }
    const ProviderEntry entry =
        profileRunning(QStringLiteral("failing"), "echo 'token expired' >&2\nexit 3\n");
    RemoteProvider provider(entry, nullptr);
    const int before = m_server.modelRequests();
    const RunResult r = runOnce(provider, sampleRequest(), 15000);
    QVERIFY(r.finished);
    QVERIFY(r.response.error);
    QCOMPARE(r.response.error->kind, ErrorKind::Auth);
    QVERIFY2(r.response.error->message.contains(QStringLiteral("credential_process failed")),
             qPrintable(r.response.error->message));
    QVERIFY(!r.response.error->message.contains(QStringLiteral("token expired")));
    QCOMPARE(m_server.modelRequests(), before);
}

ProviderEntry TestSlowCredentials::profileRunning(const QString &profile, const QByteArray &script)
{
    const QString path = m_aws.filePath(profile + QStringLiteral("-credentials.sh"));
    writeFile(path, "#!/bin/sh\n" + script);
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        qWarning("cannot make %s executable", qPrintable(path));
    }
    writeFile(m_aws.filePath(QStringLiteral("config")),
              "[profile " + profile.toUtf8() +
                  "]\nregion = eu-central-1\ncredential_process = " + path.toUtf8() + "\n");
    qputenv("AWS_CONFIG_FILE", m_aws.filePath(QStringLiteral("config")).toUtf8());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", m_aws.filePath(QStringLiteral("none")).toUtf8());
    ProviderEntry entry = emulatorEntry(WireProtocol::Bedrock, m_port);
    entry.credentials = CredentialSource::AwsProfile;
    entry.awsProfile = profile;
    return entry;
}

QTEST_MAIN(TestSlowCredentials)
#include "test_slow_credentials.moc"

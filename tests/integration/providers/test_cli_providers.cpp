// The configured providers through promptdesk-cli with promptdesk-emulator as a separate
// process: providers.json entries for Bedrock, Anthropic and an OpenAI-compatible server are
// listed; a key stored with `provider-key` lands in the keychain and in no file; and a send the
// policy does not approve is blocked without anything reaching the network.
#include "test_support.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;

namespace {

struct Cli {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliProviders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void providersAreListed();
    void unapprovedSendNeverReachesNetwork();
    void storedKeyIsInNoFile();

private:
    Cli cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QProcess m_emulator;
    quint16 m_port = 0;
    QString m_keyring;
};

void TestCliProviders::initTestCase()
{
    m_keyring = testing::ensureUnlockedKeyring();
    m_emulator.setProgram(testing::binDir() + QStringLiteral("/promptdesk-emulator"));
    m_emulator.start();
    QVERIFY2(m_emulator.waitForStarted(), "promptdesk-emulator did not start");
    QVERIFY(m_emulator.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(m_emulator.readLine());
    const auto match = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_port);
    const QByteArray json = R"({"version":1,"network":{"proxy":"none"},"providers":[
 {"id":"emu-bedrock","protocol":"bedrock","region":"eu-central-1","baseUrl":")" +
                            base + R"(",
  "credentials":"keychain","models":["eu.anthropic.claude-haiku-4-5-20251001-v1:0"]},
 {"id":"emu-anthropic","protocol":"anthropic","baseUrl":")" +
                            base + R"(",
  "credentials":"keychain","models":["claude-haiku-4-5-20251001"]},
 {"id":"emu-local","protocol":"openai","baseUrl":")" +
                            base + R"(/v1",
  "credentials":"none","models":["llama-3.1-8b-instruct"]}]})";
    testing::writeFile(m_config.path(), QStringLiteral("providers.json"), json);
}

void TestCliProviders::cleanupTestCase()
{
    m_emulator.kill();
    m_emulator.waitForFinished(3000);
}

Cli TestCliProviders::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_config.path());
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), m_data.path());
    process.setProcessEnvironment(env);
    process.start(testing::binDir() + QStringLiteral("/promptdesk-cli"), args);
    process.write(input);
    process.closeWriteChannel();
    Cli result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliProviders::providersAreListed()
{
    const Cli r = cli({QStringLiteral("providers")});
    QCOMPARE(r.exitCode, 0);
    for (const char *id : {"offline", "emu-bedrock", "emu-anthropic", "emu-local"}) {
        QVERIFY2(r.out.contains(QLatin1String(id)), qPrintable(r.out));
    }
    QVERIFY(r.out.contains(QStringLiteral("eu.anthropic.claude-haiku-4-5-20251001-v1:0")));
}

void TestCliProviders::unapprovedSendNeverReachesNetwork()
{
    const QString input =
        testing::writeFile(m_data.path(), QStringLiteral("notes.txt"),
                           "The meeting moved to Tuesday. Mail jo@example.com for notes.\n");
    for (const char *id : {"emu-bedrock", "emu-anthropic", "emu-local"}) {
        const Cli r =
            cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                 QStringLiteral("--provider"), QLatin1String(id), input});
        qInfo().noquote() << id << "->" << r.err.trimmed();
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: blocked:")), qPrintable(r.err));
    }
    // The emulator logs every model request it receives: there must be none.
    QTest::qWait(200);
    const QByteArray log = m_emulator.readAllStandardError();
    QVERIFY2(!log.contains("request "), log.constData());
}

void TestCliProviders::storedKeyIsInNoFile()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    const QByteArray key = "sk-emulator-example-key-7f3c9a";
    const Cli stored = cli(
        {QStringLiteral("provider-key"), QStringLiteral("set"), QStringLiteral("emu-anthropic")},
        key + "\n");
    QCOMPARE(stored.exitCode, 0);
    QVERIFY(!stored.out.contains(QString::fromLatin1(key)));
    // Use the app once more so it writes whatever it writes (audit, settings, history).
    QCOMPARE(cli({QStringLiteral("providers")}).exitCode, 0);
    for (const QString &dir : {m_config.path(), m_data.path()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
        }
    }
    const Cli removed = cli({QStringLiteral("provider-key"), QStringLiteral("delete"),
                             QStringLiteral("emu-anthropic")});
    QCOMPARE(removed.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliProviders)
#include "test_cli_providers.moc"

// The configured providers through promptdesk-cli with promptdesk-emulator as a separate
// process: providers.json entries for Bedrock, Anthropic and an OpenAI-compatible server are
// listed; a key stored with `provider-key` lands in the keychain and in no file; and a send the
// policy does not approve is blocked without anything reaching the network; once a signed
// policy approves them, `run` streams a result from each protocol as the README explains.
#include "test_support.h"

#include <QDateTime>
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
    void approvedSendStreamsFromEveryProtocol();

private:
    Cli cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QProcess m_emulator;
    quint16 m_port = 0;
    QString m_keyring;
    QTemporaryDir m_policy; // used only once a test has signed a policy into it
    bool m_policySigned = false;
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
  "credentials":"keychain","models":["llama-3.1-8b-instruct"]}]})";
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
    if (m_policySigned) {
        env.insert(QStringLiteral("PROMPTDESK_POLICY_DIR"),
                   m_policy.filePath(QStringLiteral("deployed")));
    } else {
        env.remove(QStringLiteral("PROMPTDESK_POLICY_DIR"));
    }
    env.remove(QStringLiteral("PROMPTDESK_POLICY_DEVELOPMENT"));
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

void TestCliProviders::approvedSendStreamsFromEveryProtocol()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    // The administrator's steps (docs/policy.md): a key pair, the public key deployed, the
    // policy approving the three entries signed.
    const QString keys = m_policy.filePath(QStringLiteral("keys"));
    const QString deployed = m_policy.filePath(QStringLiteral("deployed"));
    QVERIFY(QDir().mkpath(deployed + QStringLiteral("/trusted-keys")));
    QVERIFY(QDir().mkpath(keys));
    QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"), keys,
                  QStringLiteral("--name"), QStringLiteral("admin")})
                 .exitCode,
             0);
    QVERIFY(QFile::copy(keys + QStringLiteral("/admin.pub"),
                        deployed + QStringLiteral("/trusted-keys/admin.pub")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray policy =
        R"({"schema":1,"version":"emulator-test","organisation":"Example Ltd","issued":")" +
        now.addDays(-1).toString(Qt::ISODate).toUtf8() + R"(","expires":")" +
        now.addDays(30).toString(Qt::ISODate).toUtf8() +
        R"(","providers":[{"id":"emu-bedrock","region":"eu-central-1"},{"id":"emu-anthropic"},
 {"id":"emu-local"}]})";
    testing::writeFile(deployed, QStringLiteral("policy.json"), policy);
    const Cli signedPolicy =
        cli({QStringLiteral("policy"), QStringLiteral("sign"), QStringLiteral("--key"),
             keys + QStringLiteral("/admin.key"), deployed + QStringLiteral("/policy.json")});
    QVERIFY2(signedPolicy.exitCode == 0, qPrintable(signedPolicy.err));
    m_policySigned = true;

    // The user's step: keys into the keychain from standard input.
    const QList<std::pair<QStringList, QByteArray>> secrets = {
        {{QStringLiteral("emu-anthropic")}, "sk-emulator-example-key\n"},
        {{QStringLiteral("emu-local")}, "sk-emulator-example-key\n"},
        {{QStringLiteral("emu-bedrock"), QStringLiteral("--what"), QStringLiteral("access-key-id")},
         "AKIAIOSFODNN7EXAMPLE\n"},
        {{QStringLiteral("emu-bedrock"), QStringLiteral("--what"),
          QStringLiteral("secret-access-key")},
         "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"},
    };
    for (const auto &[args, secret] : secrets) {
        const Cli stored =
            cli(QStringList{QStringLiteral("provider-key"), QStringLiteral("set")} + args, secret);
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    }

    const QString input = testing::writeFile(
        m_data.path(), QStringLiteral("approved.txt"),
        "The depot opens at six. Drivers collect their badges at the front desk.\n");
    m_emulator.readAllStandardError();
    for (const char *id : {"emu-bedrock", "emu-anthropic", "emu-local"}) {
        const Cli r =
            cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                 QStringLiteral("--provider"), QLatin1String(id), input});
        qInfo().noquote() << id << "->" << r.out.left(60).trimmed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("The emulator read your text")), qPrintable(r.out));
    }
    QTest::qWait(200);
    const QByteArray log = m_emulator.readAllStandardError();
    QVERIFY2(log.contains("request bedrock auth=ok"), log.constData());
    QVERIFY2(log.contains("request anthropic auth=ok"), log.constData());
    QVERIFY2(log.contains("request openai auth=ok"), log.constData());
}

QTEST_GUILESS_MAIN(TestCliProviders)
#include "test_cli_providers.moc"

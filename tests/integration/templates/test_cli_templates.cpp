// promptdesk-cli with the template library against promptdesk-emulator as separate processes
// (acceptance 1): `templates` lists every built-in, and `run --template ID` works for every
// built-in template over an Anthropic-protocol entry approved by a (development) policy; and an
// extraction whose first answer is not valid JSON gets one retry and ends with the valid table.
// Needs a Secret Service on D-Bus for the provider key (CI runs it under dbus-run-session).
#include "templates/template_json.h"
#include "templates/template_library.h"
#include "test_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const QByteArray kKey = "sk-emulator-example-key";

void stop(QProcess &emulator)
{
    if (emulator.state() != QProcess::NotRunning) {
        emulator.kill();
        emulator.waitForFinished(3000);
    }
}

} // namespace

class TestCliTemplates final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void templatesListsTheLibrary();
    void companyTemplatesAreShownAndProtected();
    void everyBuiltinTemplateRunsAgainstTheEmulator();
    void invalidJsonGetsOneRetryAndTheValidTable();

private:
    bool startEmulator(const QByteArray &scenario = {});
    Cli cli(const QStringList &args, const QByteArray &input = {});
    QStringList emulatorRequests(); // the emulator's request log lines so far (metadata only)

    QTemporaryDir m_dir;
    QProcess m_emulator;
    QString m_keyring;
    QString m_input;
};

void TestCliTemplates::initTestCase()
{
    m_keyring = testing::ensureUnlockedKeyring();
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("policy"));
    // A development-mode (unsigned) policy that approves the emulator entry and adds one
    // company template (a copy of a built-in under the company's id).
    QJsonObject company = templateToJson(
        *TemplateLibrary::loadBuiltins().value().find(QStringLiteral("summarise-brief")));
    company.insert(QStringLiteral("id"), QStringLiteral("company-incident-brief"));
    company.insert(QStringLiteral("name"), QStringLiteral("Company incident brief"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject policy{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("version"), QStringLiteral("templates-cli-test-1")},
        {QStringLiteral("issued"), now.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("expires"), now.addDays(30).toString(Qt::ISODate)},
        {QStringLiteral("providers"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("emu-anthropic")}}}},
        {QStringLiteral("templates"), QJsonObject{{QStringLiteral("admin"), QJsonArray{company}}}}};
    testing::writeFile(m_dir.filePath(QStringLiteral("policy")), QStringLiteral("policy.json"),
                       QJsonDocument(policy).toJson());
    m_input = testing::writeFile(
        m_dir.path(), QStringLiteral("notes.txt"),
        "Team meeting, 3 March 2026. The canteen closes at three on Fridays from April. Dana will "
        "send the budget figures by 10 March. Acme Ltd signed the delivery contract.\n"
        "Hi Sam, could you confirm the new delivery dates? Thanks, Dana\n");
}

void TestCliTemplates::cleanup()
{
    stop(m_emulator);
}

bool TestCliTemplates::startEmulator(const QByteArray &scenario)
{
    stop(m_emulator);
    QStringList args;
    if (!scenario.isEmpty()) {
        args << QStringLiteral("--scenario")
             << testing::writeFile(m_dir.path(), QStringLiteral("scenario.json"), scenario);
    }
    m_emulator.setProgram(testing::binDir() + QStringLiteral("/promptdesk-emulator"));
    m_emulator.setArguments(args);
    m_emulator.start();
    if (!m_emulator.waitForStarted() || !m_emulator.waitForReadyRead(10000)) {
        return false;
    }
    const QString line = QString::fromUtf8(m_emulator.readLine());
    const auto match = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(line);
    if (!match.hasMatch()) {
        return false;
    }
    const QByteArray base = "http://127.0.0.1:" + match.captured(1).toLatin1();
    testing::writeFile(m_dir.filePath(QStringLiteral("config")), QStringLiteral("providers.json"),
                       R"({"version":1,"network":{"proxy":"none"},"providers":[
 {"id":"emu-anthropic","protocol":"anthropic","baseUrl":")" +
                           base + R"(","credentials":"keychain",
  "retries":{"maxAttempts":1},
  "models":[{"id":"claude-haiku-4-5-20251001","contextTokens":200000,
             "inputPricePerMTok":1.0,"outputPricePerMTok":5.0}]}]})");
    return true;
}

QStringList TestCliTemplates::emulatorRequests()
{
    QTest::qWait(50);
    QStringList lines;
    for (const QByteArray &line : m_emulator.readAllStandardError().split('\n')) {
        if (line.startsWith("request ")) {
            lines.append(QString::fromUtf8(line));
        }
    }
    return lines;
}

Cli TestCliTemplates::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PROMPTDESK_POLICY_DIR"), m_dir.filePath(QStringLiteral("policy")));
    env.insert(QStringLiteral("PROMPTDESK_POLICY_DEVELOPMENT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(testing::binDir() + QStringLiteral("/promptdesk-cli"), args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    Cli result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(3000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliTemplates::templatesListsTheLibrary()
{
    const Cli r = cli({QStringLiteral("templates")});
    QCOMPARE(r.exitCode, 0);
    const QList<Template> builtins = TemplateLibrary::loadBuiltins().value().all();
    QVERIFY(builtins.size() >= 20);
    for (const Template &t : builtins) {
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("(^|\\n)") +
                                                   QRegularExpression::escape(t.id) +
                                                   QStringLiteral("\\t"))),
                 qPrintable(t.id));
    }
}

void TestCliTemplates::companyTemplatesAreShownAndProtected()
{
    const QString id = QStringLiteral("company-incident-brief");
    QVERIFY(cli({QStringLiteral("templates")}).out.contains(id + QLatin1Char('\t')));
    const Cli shown = cli({QStringLiteral("templates"), QStringLiteral("show"), id});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY(shown.out.contains(QStringLiteral("Company incident brief")));

    // Exported, it can be imported by no one under the company's id, nor deleted.
    const QString exported = m_dir.filePath(QStringLiteral("company.json"));
    QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("export"), id, exported}).exitCode,
             0);
    const Cli imported = cli({QStringLiteral("templates"), QStringLiteral("import"), exported});
    QVERIFY(imported.exitCode != 0);
    QVERIFY2(imported.err.contains(QStringLiteral("company template")), qPrintable(imported.err));
    const Cli deleted = cli({QStringLiteral("templates"), QStringLiteral("delete"), id});
    QVERIFY(deleted.exitCode != 0);
    QVERIFY2(deleted.err.contains(QStringLiteral("not one of your own")), qPrintable(deleted.err));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("config/templates"))).isEmpty());
}

void TestCliTemplates::everyBuiltinTemplateRunsAgainstTheEmulator()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    QVERIFY(startEmulator());
    const Cli stored = cli(
        {QStringLiteral("provider-key"), QStringLiteral("set"), QStringLiteral("emu-anthropic")},
        kKey + "\n");
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    const QList<Template> builtins = TemplateLibrary::loadBuiltins().value().all();
    int requestsBefore = 0;
    for (const Template &t : builtins) {
        const Cli r = cli({QStringLiteral("run"), QStringLiteral("--template"), t.id,
                           QStringLiteral("--provider"), QStringLiteral("emu-anthropic"), m_input});
        QVERIFY2(r.exitCode == 0, qPrintable(t.id + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(t.id));
        const QStringList requests = emulatorRequests();
        QVERIFY2(!requests.isEmpty(), qPrintable(t.id + QStringLiteral(": nothing was sent")));
        for (const QString &request : requests) {
            QVERIFY2(request.contains(QStringLiteral("request anthropic auth=ok")),
                     qPrintable(request));
        }
        if (t.outputFormat == OutputFormat::Json) {
            // The emulator answers an instance of the template's schema: valid at once, shown
            // as a table, no retry and no warning about the answer.
            QVERIFY2(requests.size() == 1, qPrintable(t.id + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("JSON")), qPrintable(t.id + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("emulator example")) ||
                         r.out.contains(QStringLiteral("2026-01-15")),
                     qPrintable(t.id + QStringLiteral(": ") + r.out));
        } else {
            QCOMPARE(requests.size(), 1);
            QVERIFY2(r.out.contains(QStringLiteral("The emulator read your text")),
                     qPrintable(r.out));
        }
        requestsBefore += static_cast<int>(requests.size());
    }
    qInfo() << builtins.size() << "templates," << requestsBefore << "requests";
}

void TestCliTemplates::invalidJsonGetsOneRetryAndTheValidTable()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    const QJsonObject scenario{
        {QStringLiteral("steps"),
         QJsonArray{
             QJsonObject{{QStringLiteral("text"),
                          QStringLiteral("Here are the facts: {\"rows\": [{\"fact\": \"The "
                                         "canteen closes at three\"")}},
             QJsonObject{{QStringLiteral("text"),
                          QStringLiteral(R"({"rows": [{"fact": "The canteen closes at three on )"
                                         R"(Fridays", "source": "first paragraph"}, )"
                                         R"({"fact": "Acme Ltd signed the contract", )"
                                         R"("source": "first paragraph"}]})")}}}}};
    QVERIFY(startEmulator(QJsonDocument(scenario).toJson()));
    const Cli stored = cli(
        {QStringLiteral("provider-key"), QStringLiteral("set"), QStringLiteral("emu-anthropic")},
        kKey + "\n");
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    const QString csv = m_dir.filePath(QStringLiteral("facts.csv"));
    const Cli r = cli({QStringLiteral("extract-table"), QStringLiteral("--template"),
                       QStringLiteral("extract-key-facts"), QStringLiteral("--provider"),
                       QStringLiteral("emu-anthropic"), QStringLiteral("--out"), csv, m_input});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("warning")), qPrintable(r.err)); // valid in the end
    const QStringList requests = emulatorRequests();
    QCOMPARE(requests.size(), 2); // the answer, then the one retry
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QChar(0xFEFF));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Fact,Source"));
    QCOMPARE(lines.at(2), QStringLiteral("Acme Ltd signed the contract,first paragraph"));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "test_cli_templates.moc"

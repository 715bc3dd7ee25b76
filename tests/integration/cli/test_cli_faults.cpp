// promptdesk-cli against promptdesk-emulator's faults and a full disk, as the fault matrix ran
// it: retries are announced, each HTTP attempt is in the audit log (counted against what the
// emulator received), stderr holds only the contract's lines, and a data folder on a nearly
// full file system (a real tmpfs, mounted in a private mount namespace) sends nothing and says
// "disk", never "damaged".
#include "cli_runner.h"
#include "emulator_server.h"
#include "test_support.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace promptdesk;
using promptdesk::testing::CliRun;
using promptdesk::testing::runCli;
using promptdesk::testing::WhileWaiting;

namespace {

QByteArray developmentPolicy(quint16 port)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject provider{
        {QStringLiteral("id"), QStringLiteral("local-emu")},
        {QStringLiteral("displayName"), QStringLiteral("Local model (emulated)")},
        {QStringLiteral("protocol"), QStringLiteral("openai")},
        {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port)},
        {QStringLiteral("credentials"), QStringLiteral("keychain")},
        {QStringLiteral("models"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("llama-3.1-8b-instruct")}}}},
    };
    const QJsonObject classes{
        {QStringLiteral("default"), QStringLiteral("Internal")},
        {QStringLiteral("providers"),
         QJsonObject{{QStringLiteral("Public"), QJsonArray{QStringLiteral("*")}},
                     {QStringLiteral("Internal"), QJsonArray{QStringLiteral("local-emu")}}}},
    };
    const QJsonObject policy{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("version"), QStringLiteral("cli-faults-test")},
        {QStringLiteral("organisation"), QStringLiteral("Example Rides")},
        {QStringLiteral("issued"), now.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("expires"), now.addDays(30).toString(Qt::ISODate)},
        {QStringLiteral("providers"), QJsonArray{provider}},
        {QStringLiteral("dataClasses"), classes},
        {QStringLiteral("defaults"),
         QJsonObject{{QStringLiteral("provider"), QStringLiteral("local-emu")}}},
    };
    return QJsonDocument(policy).toJson();
}

const QByteArray kNotes = "The depot opens at six. Drivers collect their badges at the desk.\n";

// One CSV record's cells (the export quotes cells holding commas, quotes or newlines).
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

// Lines a script reads on stderr: nothing else may appear there.
bool isContractLine(const QString &line)
{
    return line.startsWith(QLatin1String("error: ")) ||
           line.startsWith(QLatin1String("warning: ")) || line.startsWith(QLatin1String("note: "));
}

} // namespace

class TestCliFaults final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void retryIsAnnouncedAndEachSendIsAudited();
    void stderrHoldsOnlyContractLines();
    void nearlyFullDiskSendsNothingAndSaysDisk_data();
    void nearlyFullDiskSendsNothingAndSaysDisk();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    QProcessEnvironment environment() const;
    QStringList auditCsv();

    emulator::EmulatorServer m_emulator;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFaults::initTestCase()
{
    m_port = m_emulator.listenLoopback();
    QVERIFY(m_port != 0);
}

void TestCliFaults::init()
{
    const QString keyring = promptdesk::testing::ensureUnlockedKeyring();
    if (!keyring.isEmpty()) {
        QSKIP(qPrintable(keyring));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString policyDir = m_dir->filePath(QStringLiteral("policy"));
    QVERIFY(QDir().mkpath(policyDir));
    promptdesk::testing::writeFile(policyDir, QStringLiteral("policy.json"),
                                   developmentPolicy(m_port));
    m_emulator.setScenario({});
    // The emulator's example key, stored the way an admin does it (read from stdin).
    const CliRun key =
        cli({QStringLiteral("provider-key"), QStringLiteral("set"), QStringLiteral("local-emu")},
            emulator::Scenario{}.apiKey);
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
}

QProcessEnvironment TestCliFaults::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PROMPTDESK_POLICY_DIR"), m_dir->filePath(QStringLiteral("policy")));
    env.insert(QStringLiteral("PROMPTDESK_POLICY_DEVELOPMENT"), QStringLiteral("1"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

CliRun TestCliFaults::cli(const QStringList &args, const QByteArray &input)
{
    return runCli(args, environment(), input, WhileWaiting::PumpEvents);
}

QStringList TestCliFaults::auditCsv()
{
    const CliRun exported = cli({QStringLiteral("audit"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    if (exported.exitCode != 0) {
        qWarning() << "audit export failed:" << exported.err;
    }
    return exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCliFaults::retryIsAnnouncedAndEachSendIsAudited()
{
    emulator::Scenario scenario;
    emulator::Step busy;
    busy.fault = emulator::Fault::RateLimit;
    busy.retryAfterSeconds = 1;
    emulator::Step down;
    down.fault = emulator::Fault::ServerError;
    scenario.steps = {busy, down};
    m_emulator.setScenario(scenario);
    const qsizetype before = m_emulator.records().size();
    const CliRun run = cli({QStringLiteral("run"), QStringLiteral("--template"),
                            QStringLiteral("summarise"), QStringLiteral("-")},
                           kNotes);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.isEmpty());
    // Both waits are announced (were silent): "note: … is busy — retrying in 1 s."
    QVERIFY2(run.err.contains(QStringLiteral("note: Local model (emulated) is busy — retrying "
                                             "in 1 s.")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QStringLiteral("retrying in")), 2);

    // Three HTTP sends reached the emulator, and the log holds three attempts.
    const qsizetype sends = m_emulator.records().size() - before;
    QCOMPARE(sends, 3);
    const QStringList lines = auditCsv();
    QVERIFY(!lines.isEmpty());
    const QStringList header = csvCells(lines.first());
    const int action = int(header.indexOf(QStringLiteral("action")));
    const int status = int(header.indexOf(QStringLiteral("status")));
    const int operation = int(header.indexOf(QStringLiteral("operation")));
    QVERIFY(action >= 0 && status >= 0 && operation >= 0);
    QStringList requests;
    QStringList answers;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = csvCells(line);
        if (cells.value(action) == QStringLiteral("request")) {
            requests.append(cells.value(operation));
        } else if (cells.value(action) == QStringLiteral("response")) {
            answers.append(cells.value(status) + QLatin1Char(' ') + cells.value(operation));
        }
    }
    QCOMPARE(requests.size(), sends);
    QCOMPARE(requests, (QStringList{QStringLiteral("attempt:1"), QStringLiteral("attempt:2"),
                                    QStringLiteral("attempt:3")}));
    QCOMPARE(answers.size(), 3);
    QVERIFY2(answers.at(0).startsWith(QStringLiteral("retried:provider attempt:1;http:429")),
             qPrintable(answers.at(0)));
    QVERIFY2(answers.at(1).startsWith(QStringLiteral("retried:provider attempt:2;http:500")),
             qPrintable(answers.at(1)));
    QCOMPARE(answers.at(2), QStringLiteral("ok attempt:3"));
}

void TestCliFaults::stderrHoldsOnlyContractLines()
{
    // A providers.json the app refuses (a password in the proxy address) logs a warning at
    // start-up: it reached stderr as a raw "promptdesk.providers: …" line.
    const QString config = m_dir->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    promptdesk::testing::writeFile(
        config, QStringLiteral("providers.json"),
        R"({"providers":[],"network":{"proxy":"http://alice:s3cret-EXAMPLE@127.0.0.1:9"}})");
    const CliRun run = cli({QStringLiteral("run"), QStringLiteral("--template"),
                            QStringLiteral("summarise"), QStringLiteral("-")},
                           kNotes);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "the refused settings file is reported");
    for (const QString &line : lines) {
        QVERIFY2(isContractLine(line), qPrintable(line));
    }
    QVERIFY2(run.err.contains(QStringLiteral("warning: ")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("s3cret")));

    // With logging asked for, the diagnostic log is there, as "log:" lines.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("promptdesk.*=true"));
    const QString log = runCli({QStringLiteral("providers")}, env).err;
    QVERIFY2(log.contains(QStringLiteral("log: promptdesk.")), qPrintable(log));
}

void TestCliFaults::nearlyFullDiskSendsNothingAndSaysDisk_data()
{
    QTest::addColumn<int>("freeKiB");
    QTest::newRow("a few KiB free") << 4;
    QTest::newRow("80 KiB free") << 80;
    QTest::newRow("4 MiB free (under the 8 MiB needed)") << 4096;
}

void TestCliFaults::nearlyFullDiskSendsNothingAndSaysDisk()
{
    QFETCH(int, freeKiB);
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) {
        QSKIP("unshare (util-linux) is not installed: no private mount namespace for a tmpfs");
    }
    // A data folder that works: one run first, on the normal disk.
    const CliRun first = cli({QStringLiteral("run"), QStringLiteral("--template"),
                              QStringLiteral("summarise"), QStringLiteral("-")},
                             kNotes);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));

    // Then the same folder on a 16 MiB tmpfs filled to `freeKiB`, in a mount namespace of
    // its own (root, or an unprivileged user namespace), running the CLI there.
    const QString mountPoint = m_dir->filePath(QStringLiteral("small-disk"));
    const QString results = m_dir->filePath(QStringLiteral("results"));
    QVERIFY(QDir().mkpath(mountPoint));
    QVERIFY(QDir().mkpath(results));
    const QString cliPath = promptdesk::testing::binDir() + QStringLiteral("/promptdesk-cli");
    const QString script = QStringLiteral(
        "set -e\n"
        "mount -t tmpfs -o size=16m tmpfs \"$MNT\" || exit 77\n"
        "cp -a \"$DATA\" \"$MNT/data\"\n"
        "avail=$(df -k --output=avail \"$MNT\" | tail -1)\n"
        "fill=$((avail - FREE_KIB))\n"
        "[ \"$fill\" -gt 0 ] && dd if=/dev/zero of=\"$MNT/fill\" bs=1k count=\"$fill\" "
        "2>/dev/null || true\n"
        "set +e\n"
        "printf '%s' \"$NOTES\" | PROMPTDESK_DATA_DIR=\"$MNT/data\" \"$CLI\" run --template "
        "summarise - >\"$OUT/run.out\" 2>\"$OUT/run.err\"; echo $? >\"$OUT/run.rc\"\n"
        "rm -f \"$MNT/fill\"\n"
        "PROMPTDESK_DATA_DIR=\"$MNT/data\" \"$CLI\" audit verify >\"$OUT/verify.out\" "
        "2>\"$OUT/verify.err\"; echo $? >\"$OUT/verify.rc\"\n"
        "umount \"$MNT\"\n");
    QProcess shell;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("MNT"), mountPoint);
    env.insert(QStringLiteral("DATA"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("OUT"), results);
    env.insert(QStringLiteral("CLI"), cliPath);
    env.insert(QStringLiteral("FREE_KIB"), QString::number(freeKiB));
    env.insert(QStringLiteral("NOTES"), QString::fromUtf8(kNotes));
    shell.setProcessEnvironment(env);
    QStringList args{QStringLiteral("-m")};
    if (::geteuid() != 0) {
        args.prepend(QStringLiteral("-r"));
    }
    args << QStringLiteral("sh") << QStringLiteral("-c") << script;
    const qsizetype before = m_emulator.records().size();
    shell.start(unshare, args);
    // The emulator answers from this event loop, should anything be sent.
    QVERIFY(promptdesk::testing::finishWithEvents(shell, 120000));
    if (shell.exitCode() == 77 || !QFile::exists(results + QStringLiteral("/run.rc"))) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs in a private mount namespace here "
                                        "(unshare: %1)")
                             .arg(QString::fromUtf8(shell.readAllStandardError()).trimmed())));
    }
    auto read = [&results](const char *name) {
        QFile f(results + QLatin1Char('/') + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    };
    const QString err = read("run.err");
    qInfo().noquote() << "  stderr:" << err;
    QVERIFY2(read("run.rc") != QStringLiteral("0"), qPrintable(err)); // was exit 0
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QVERIFY2(isContractLine(line), qPrintable(line));
    }
    QCOMPARE(err.count(QStringLiteral("error: ")), 1); // one error line, the last
    QVERIFY2(lines.constLast().startsWith(QStringLiteral("error: disk: ")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("damaged")), qPrintable(err));
    QCOMPARE(m_emulator.records().size(), before); // nothing was sent
    QVERIFY(read("run.out").isEmpty());
    // Nothing was harmed: once space is freed the log verifies.
    QVERIFY2(read("verify.rc") == QStringLiteral("0"), qPrintable(read("verify.err")));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "test_cli_faults.moc"

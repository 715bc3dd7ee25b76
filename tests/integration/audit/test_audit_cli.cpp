// The audit and history commands of promptdesk-cli end to end: real stores in temporary
// folders, the real keychain (gnome-keyring on the test's D-Bus session) when available,
// tampering with sqlite3, kill -9 in the middle of a run, evidence verified on another
// "machine" (a second data folder without the keys).
#include "cli_runner.h"
#include "test_support.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

#include <csignal>

namespace {

using promptdesk::testing::CliRun;

const QByteArray kMarker = "Wombat-Kettering-8812";
const QByteArray kEmail = "pat.marker@example.org";
const QByteArray kPhone = "+1 555 0100 123";

QByteArray notes()
{
    return "Incident " + kMarker + " at the Lisbon depot was reported by " + kEmail +
           ". The rider was safe and the car was towed. Call " + kPhone +
           " for details. Facilities will fix the signage at gate B before the end of the month.\n";
}

} // namespace

class TestAuditCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void verifyPassesOnAFreshLogAndNamesAnEditedRow();
    void ocsfExportWritesOneObjectPerEvent();
    void csvExportHasAHeaderAndOneLinePerEvent();
    void evidencePackageVerifiesOnAnotherMachine();
    void killedRunLeavesTheLogIntactAndIsMarkedInterrupted();
    void historyListSearchShowPurge();
    void parallelRunsOnOneDataFolderLoseNothing();
    void verifyWithoutKeychainWarnsOnStderr();
    void damagedAuditLogIsReportedAndKept();
    void noFileHoldsPersonalDataInClear();

private:
    // extraEnv: variables set for this run only (e.g. PROMPTDESK_KEYCHAIN=off).
    CliRun cli(const QStringList &args, const QByteArray &input = {}, const QString &dataDir = {},
               const QMap<QString, QString> &extraEnv = {});
    QString notesFile();
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    int eventCount();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyringProblem;
};

void TestAuditCli::initTestCase()
{
    m_keyringProblem = promptdesk::testing::ensureUnlockedKeyring();
    if (!m_keyringProblem.isEmpty()) {
        qWarning("keychain unavailable, testing the keyless mode only: %s",
                 qPrintable(m_keyringProblem));
    }
}

void TestAuditCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

CliRun TestAuditCli::cli(const QStringList &args, const QByteArray &input, const QString &dataDir,
                         const QMap<QString, QString> &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"),
               dataDir.isEmpty() ? this->dataDir() : dataDir);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    return promptdesk::testing::runCli(args, env, input);
}

QString TestAuditCli::notesFile()
{
    return promptdesk::testing::writeFile(m_dir->path(), QStringLiteral("incident.txt"), notes());
}

int TestAuditCli::eventCount()
{
    const CliRun csv = cli({QStringLiteral("audit"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    return static_cast<int>(csv.out.trimmed().split(QStringLiteral("\r\n")).size()) - 1;
}

void TestAuditCli::verifyPassesOnAFreshLogAndNamesAnEditedRow()
{
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"),
                      QStringLiteral("summarise"), notesFile()})
                     .exitCode,
                 0);
    }
    const CliRun ok = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^(\\d+)/\\1 events valid, chain intact")).match(ok.out);
    QVERIFY2(m.hasMatch(), qPrintable(ok.out));
    QVERIFY(m.captured(1).toInt() >= 4);
    if (m_keyringProblem.isEmpty()) {
        QVERIFY2(QRegularExpression(QStringLiteral(", last checkpoint #\\d+ verified\\n$"))
                     .match(ok.out)
                     .hasMatch(),
                 qPrintable(ok.out));
    }

    // Edit event 3 as a tamperer would, with the sqlite3 shell when it is installed.
    const QString db = dataDir() + QStringLiteral("/audit.sqlite");
    const QString sql = QStringLiteral("DROP TRIGGER audit_events_no_update; "
                                       "UPDATE audit_events SET tokens_out = 1 WHERE seq = 3;");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess shell;
        shell.start(sqlite3, {db, sql});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
    } else {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        conn.setDatabaseName(db);
        QVERIFY(conn.open());
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QSqlQuery(conn).exec(statement);
        }
        conn.close();
        conn = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    }
    const CliRun bad = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.out.contains(QStringLiteral("chain broken at event #3")), qPrintable(bad.out));
    QVERIFY2(bad.err.startsWith(QStringLiteral("error: corrupt: ")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("event #3")));
}

void TestAuditCli::ocsfExportWritesOneObjectPerEvent()
{
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                  notesFile()})
                 .exitCode,
             0);
    const int events = eventCount();
    QVERIFY(events >= 2);
    const QString out = m_dir->filePath(QStringLiteral("events.ocsf.jsonl"));
    const CliRun r =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("ocsf"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    // The csv export above is itself an audited export event, so one more by now.
    QCOMPARE(lines.size(), events + 1);
    QSet<QString> activities;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(doc.isObject(), line.constData());
        QCOMPARE(doc.object().value(QStringLiteral("class_uid")).toInt(), 6003);
        activities.insert(doc.object()
                              .value(QStringLiteral("api"))
                              .toObject()
                              .value(QStringLiteral("operation"))
                              .toString());
        QVERIFY(!line.contains(kMarker));
        QVERIFY(!line.contains(kEmail));
    }
    QVERIFY(activities.contains(QStringLiteral("request")));
    QVERIFY(activities.contains(QStringLiteral("response")));
    QVERIFY(activities.contains(QStringLiteral("export")));
    // To standard output as well.
    const CliRun stdoutRun = cli({QStringLiteral("audit"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("ocsf")});
    QCOMPARE(stdoutRun.out.trimmed().split(QLatin1Char('\n')).size(), events + 2);
}

void TestAuditCli::csvExportHasAHeaderAndOneLinePerEvent()
{
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("rewrite"),
                  notesFile()})
                 .exitCode,
             0);
    const CliRun r =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--action"), QStringLiteral("request")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
    QVERIFY(lines.first().startsWith(QStringLiteral("seq,event_id,time_utc,action,")));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QStringLiteral(",request,")));
    const CliRun bad = cli({QStringLiteral("audit"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("xml")});
    QVERIFY(bad.err.startsWith(QStringLiteral("error: usage: ")));
}

void TestAuditCli::evidencePackageVerifiesOnAnotherMachine()
{
    if (!m_keyringProblem.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("signed checkpoints need the keychain: ") +
                         m_keyringProblem));
    }
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                  notesFile()})
                 .exitCode,
             0);
    const QString evidence = m_dir->filePath(QStringLiteral("evidence.jsonl"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("evidence"), QStringLiteral("--out"), evidence})
                 .exitCode,
             0);
    // A reviewer's machine: another data folder, no keys needed.
    const QString elsewhere = m_dir->filePath(QStringLiteral("reviewer"));
    const CliRun ok = cli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--evidence"), evidence},
        {}, elsewhere);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral(
                     "^(\\d+)/\\1 events valid, chain intact, last checkpoint #\\d+ verified"))
                 .match(ok.out)
                 .hasMatch(),
             qPrintable(ok.out));
    QVERIFY(ok.out.contains(QStringLiteral("signed by key ")));

    QFile file(evidence);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.contains("\"action\":\"response\""));
    bytes.replace("\"action\":\"response\"", "\"action\":\"cancelled\"");
    const QString tampered =
        promptdesk::testing::writeFile(m_dir->path(), QStringLiteral("tampered.jsonl"), bytes);
    const CliRun bad = cli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--evidence"), tampered},
        {}, elsewhere);
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.out.contains(QStringLiteral("chain broken at event #")));
    QVERIFY(bad.err.startsWith(QStringLiteral("error: corrupt: ")));
}

void TestAuditCli::killedRunLeavesTheLogIntactAndIsMarkedInterrupted()
{
    // A long input keeps the offline engine busy after the request event is written.
    QByteArray big;
    for (int i = 0; big.size() < 6 * 1024 * 1024; ++i) {
        big += "Sentence number " + QByteArray::number(i) +
               " talks about depots, riders, signage and the weekly operations review. ";
        if (i % 7 == 0) {
            big += '\n';
        }
    }
    const QString input =
        promptdesk::testing::writeFile(m_dir->path(), QStringLiteral("big.txt"), big);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode,
             0); // creates the log
    const QString db = dataDir() + QStringLiteral("/audit.sqlite");

    bool killedMidRun = false;
    for (int attempt = 0; attempt < 3 && !killedMidRun; ++attempt) {
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"),
                   m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), dataDir());
        run.setProcessEnvironment(env);
        run.start(promptdesk::testing::binDir() + QStringLiteral("/promptdesk-cli"),
                  {QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                   input});
        QVERIFY(run.waitForStarted());
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        conn.setDatabaseName(db);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        QVERIFY(conn.open());
        QElapsedTimer waited;
        waited.start();
        int requests = 0;
        int responses = 0;
        while (waited.elapsed() < 30000 && run.state() == QProcess::Running) {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral(
                    "SELECT sum(action='request'), sum(action='response') FROM audit_events")) &&
                q.next()) {
                requests = q.value(0).toInt();
                responses = q.value(1).toInt();
            }
            if (requests > attempt) {
                ::kill(static_cast<pid_t>(run.processId()), SIGKILL); // kill -9
                break;
            }
            QTest::qWait(2);
        }
        run.waitForFinished(10000);
        killedMidRun = run.exitStatus() == QProcess::CrashExit && requests > responses;
        conn.close();
        conn = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    }
    if (!killedMidRun) {
        QSKIP("the run finished before it could be killed; the machine is too fast for this input");
    }
    const CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.contains(QStringLiteral("chain intact")), qPrintable(verify.out));
    const CliRun csv =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--action"), QStringLiteral("interrupted")});
    QVERIFY2(csv.out.trimmed().split(QStringLiteral("\r\n")).size() >= 2, qPrintable(csv.out));
    QVERIFY(csv.out.contains(QStringLiteral(",interrupted,")));
}

// Eight runs at once on one data folder (scripts in a loop, several windows): every run saves
// its history entry and both audit events, or fails loudly; none exits 0 having lost one.
void TestAuditCli::parallelRunsOnOneDataFolderLoseNothing()
{
    constexpr int kRuns = 8;
    const QString input = notesFile();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), dataDir());
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < kRuns; ++i) {
        auto run = std::make_unique<QProcess>();
        run->setProcessEnvironment(env);
        run->start(promptdesk::testing::binDir() + QStringLiteral("/promptdesk-cli"),
                   {QStringLiteral("run"), QStringLiteral("--template"),
                    QStringLiteral("summarise"), input});
        runs.push_back(std::move(run));
    }
    for (auto &run : runs) {
        QVERIFY(run->waitForFinished(120000));
        QVERIFY2(run->exitStatus() == QProcess::NormalExit && run->exitCode() == 0,
                 run->readAllStandardError().constData());
    }
    const CliRun list = cli({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), kRuns);
    const CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.contains(QStringLiteral("chain intact")), qPrintable(verify.out));
    const CliRun responses =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--action"), QStringLiteral("response")});
    QCOMPARE(responses.out.trimmed().split(QStringLiteral("\r\n")).size(), kRuns + 1); // + header
}

// Without the keychain the MACs cannot be checked: verify still passes on an intact chain, and
// says so on a warning line a script can see.
void TestAuditCli::verifyWithoutKeychainWarnsOnStderr()
{
    const QMap<QString, QString> noKeychain{
        {QStringLiteral("PROMPTDESK_KEYCHAIN"), QStringLiteral("off")}};
    auto runCli = [&](const QStringList &args) {
        return cli(args, {}, {}, noKeychain);
    };
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--template"),
                     QStringLiteral("summarise"), notesFile()})
                 .exitCode,
             0);
    const CliRun verify = runCli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.contains(QStringLiteral("chain intact")), qPrintable(verify.out));
    QVERIFY2(verify.err.startsWith(QStringLiteral("warning: the MACs were not checked")),
             qPrintable(verify.err));
}

void TestAuditCli::historyListSearchShowPurge()
{
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                  notesFile()})
                 .exitCode,
             0);
    const CliRun list = cli({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(list.out.startsWith(QStringLiteral("1\t")));
    QVERIFY(list.out.contains(QStringLiteral("\tsummarise\toffline\tok\t")));

    const CliRun words =
        cli({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("towed")});
    QCOMPARE(words.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    const CliRun none =
        cli({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("zeppelin")});
    QVERIFY(none.out.trimmed().isEmpty());
    const CliRun person =
        cli({QStringLiteral("history"), QStringLiteral("search"), QString::fromLatin1(kEmail)});
    const CliRun show =
        cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(show.exitCode, 0);
    if (m_keyringProblem.isEmpty()) {
        // Found through the keyed index of original values; shown with the originals back.
        QCOMPARE(person.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    } else {
        QVERIFY(person.out.trimmed().isEmpty());
        QVERIFY(show.err.contains(QStringLiteral("Personal data is not kept")));
    }

    const CliRun exported =
        cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--redacted")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(!exported.out.contains(QString::fromLatin1(kEmail)));
    QVERIFY(QJsonDocument::fromJson(exported.out.toUtf8()).isObject());

    const CliRun kept = cli({QStringLiteral("history"), QStringLiteral("purge"),
                             QStringLiteral("--older-than"), QStringLiteral("30")});
    QCOMPARE(kept.out.trimmed(), QStringLiteral("0 entries removed"));
    const CliRun erased = cli({QStringLiteral("history"), QStringLiteral("purge")});
    QCOMPARE(erased.out.trimmed(), QStringLiteral("1 entries removed"));
    QVERIFY(cli({QStringLiteral("history"), QStringLiteral("list")}).out.isEmpty());
}

void TestAuditCli::damagedAuditLogIsReportedAndKept()
{
    QDir().mkpath(dataDir());
    const QByteArray garbage(8192, '\x6b');
    const QString db =
        promptdesk::testing::writeFile(dataDir(), QStringLiteral("audit.sqlite"), garbage);
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: corrupt: ")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestAuditCli::noFileHoldsPersonalDataInClear()
{
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                  notesFile()})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    int scanned = 0;
    for (const QString &root : {m_dir->filePath(QStringLiteral("config")), dataDir()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            // Personal data: nowhere in clear (the history vault is sealed).
            QVERIFY2(!bytes.contains(kEmail), qPrintable(path));
            QVERIFY2(!bytes.contains(kPhone), qPrintable(path));
            // Content: only in the user's own history, never in the audit log or elsewhere.
            if (!QFileInfo(path).fileName().startsWith(QStringLiteral("history.sqlite"))) {
                QVERIFY2(!bytes.contains(kMarker), qPrintable(path));
            }
            ++scanned;
        }
    }
    QVERIFY(scanned >= 2);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "test_audit_cli.moc"

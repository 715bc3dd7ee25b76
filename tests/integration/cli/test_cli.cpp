// promptdesk-cli end to end, as admins and scripts use it: real files, real SQLite stores in
// temporary PROMPTDESK_CONFIG_DIR / PROMPTDESK_DATA_DIR, the contract of DESIGN.md.
#include "cli_runner.h"
#include "test_support.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using promptdesk::testing::CliRun;

const QByteArray kNotes =
    "Weekly operations notes for the Lisbon depot.\n"
    "The new pickup zone at the airport opened on Monday and riders found it quickly.\n"
    "Average waiting time fell from nine minutes to six minutes during the morning peak.\n"
    "Two drivers reported that the signage near gate B is hard to read at night.\n"
    "Facilities agreed to install brighter signs before the end of the month.\n"
    "Support tickets about lost items rose slightly, mostly umbrellas and phone chargers.\n"
    "The team will review the lost-property process with the city partner next week.\n"
    "Questions can go to ops.lisbon@example.com or +44 20 7946 0958.\n";

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void versionPrintsTheVersion();
    void helpListsTheCommands();
    void unknownCommandIsAUsageError();
    void extractTextPrintsTheText();
    void extractTextJsonHasPages();
    void extractTextRejectsExecutables();
    void extractTextErrorKinds_data();
    void extractTextErrorKinds();
    void redactReplacesPersonalData();
    void redactJsonlUsesCodePointOffsets();
    void redactJsonlRejectsMalformedLines();
    void runSummariseUsesSentencesFromTheInput();
    void runReadsStandardInput();
    void binaryOnStandardInputIsRefused_data();
    void binaryOnStandardInputIsRefused();
    void runEveryTemplate_data();
    void runEveryTemplate();
    void runRejectsUnknownOptionValues();
    void hugeOptionValueIsNotEchoedBack();
    void runUnknownProviderIsAUsageError();
    void templatesAndProvidersAreListed();
    void auditVerifyPassesAndDetectsAnEditedRow();
    void noStateFileHoldsTheOriginals();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    QString notesFile();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    // The CLI opens the keychain: the session's throw-away keyring must own the Secret Service
    // first, or D-Bus activation starts a default-keyring daemon that later tests in the same
    // session (provider-key set) find locked. Without a keyring the CLI degrades by itself.
    (void)promptdesk::testing::ensureUnlockedKeyring();
    m_dir = std::make_unique<QTemporaryDir>();
}

CliRun TestCli::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    return promptdesk::testing::runCli(args, env, input);
}

QString TestCli::notesFile()
{
    return promptdesk::testing::writeFile(m_dir->path(), QStringLiteral("notes.txt"), kNotes);
}

void TestCli::versionPrintsTheVersion()
{
    const CliRun r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("promptdesk-cli ")));
}

void TestCli::helpListsTheCommands()
{
    const CliRun r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"extract-text", "redact", "run", "templates", "providers"}) {
        QVERIFY(r.out.contains(QLatin1String(command)));
    }
}

void TestCli::unknownCommandIsAUsageError()
{
    const CliRun r = cli({QStringLiteral("fly")});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.startsWith(QStringLiteral("error: usage: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::extractTextPrintsTheText()
{
    const CliRun r = cli({QStringLiteral("extract-text"), notesFile()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(kNotes));
}

void TestCli::extractTextJsonHasPages()
{
    const CliRun r = cli({QStringLiteral("extract-text"), QStringLiteral("--json"), notesFile()});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("pages")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("pages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toInt(),
             1);
    QVERIFY(doc.value(QStringLiteral("pages"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("Lisbon depot")));
    QVERIFY(doc.contains(QStringLiteral("warnings")));
}

void TestCli::extractTextRejectsExecutables()
{
    const CliRun r = cli({QStringLiteral("extract-text"), QStringLiteral("/bin/ls")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: unsupported: ")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::extractTextErrorKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray()
                           << QStringLiteral("no-text");
    QTest::newRow("whitespace") << QStringLiteral("blank.txt") << QByteArray(" \n\t\n")
                                << QStringLiteral("no-text");
    // An image is read only through OCR (--ocr); without it there is no text.
    QTest::newRow("png") << QStringLiteral("photo.txt")
                         << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("no-text");
    QTest::newRow("binary") << QStringLiteral("blob.bin")
                            << QByteArray("\x01\x02\0\0\xff\xfe\x00\x07", 8).repeated(64)
                            << QStringLiteral("unsupported");
    QTest::newRow("missing") << QString() << QByteArray() << QStringLiteral("usage");
}

void TestCli::extractTextErrorKinds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    const QString path = name.isEmpty()
                             ? m_dir->filePath(QStringLiteral("gone.txt"))
                             : promptdesk::testing::writeFile(m_dir->path(), name, bytes);
    const CliRun r = cli({QStringLiteral("extract-text"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: ") + kind + QStringLiteral(": ")),
             qPrintable(r.err));
}

void TestCli::redactReplacesPersonalData()
{
    const CliRun r = cli({QStringLiteral("redact"), notesFile()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QStringLiteral("ops.lisbon@example.com")));
    QVERIFY(r.out.contains(QStringLiteral("[EMAIL_1]")));
    QVERIFY(r.out.contains(QStringLiteral("[PHONE_1]")));
    QVERIFY(r.out.contains(QStringLiteral("Weekly operations notes")));
}

void TestCli::redactJsonlUsesCodePointOffsets()
{
    // U+1F600 is two UTF-16 units but one code point: offsets after it must count it once.
    const QString text = QStringLiteral("\U0001F600 Grüße an anna.schmidt@example.de bitte");
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("doc-1")},
                                  {QStringLiteral("text"), text}})
            .toJson(QJsonDocument::Compact) +
        "\n";
    const CliRun r = cli({QStringLiteral("redact"), QStringLiteral("--jsonl")}, line + line);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const QJsonObject out = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("id")).toString(), QStringLiteral("doc-1"));
    const QJsonArray spans = out.value(QStringLiteral("spans")).toArray();
    QCOMPARE(spans.size(), 1);
    const QJsonObject span = spans.first().toObject();
    QCOMPARE(span.value(QStringLiteral("type")).toString(), QStringLiteral("EMAIL"));
    const QList<uint> codePoints = text.toUcs4();
    const int start = span.value(QStringLiteral("start")).toInt();
    const int end = span.value(QStringLiteral("end")).toInt();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                               end - start),
             QStringLiteral("anna.schmidt@example.de"));
}

void TestCli::redactJsonlRejectsMalformedLines()
{
    const CliRun r = cli({QStringLiteral("redact"), QStringLiteral("--jsonl")},
                         QByteArray("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": broken\n"));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: corrupt: line 2")), qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("{\"id\":\"a\"")));
}

void TestCli::runSummariseUsesSentencesFromTheInput()
{
    const CliRun r =
        cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
             QStringLiteral("--provider"), QStringLiteral("offline"), notesFile()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The summariser may join chosen sentences into one paragraph, and the input wraps lines,
    // so compare sentence by sentence with whitespace normalised.
    const QString input = QString::fromUtf8(kNotes).simplified();
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    int sentences = 0;
    for (QString line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('*'))) {
            line = line.mid(1).trimmed();
        }
        for (const QString &sentence : line.split(sentenceEnd, Qt::SkipEmptyParts)) {
            QVERIFY2(input.contains(sentence.simplified()),
                     qPrintable(QStringLiteral("not from the input: ") + sentence));
            ++sentences;
        }
    }
    QVERIFY(sentences >= 1);
}

void TestCli::runReadsStandardInput()
{
    const CliRun r = cli({QStringLiteral("run"), QStringLiteral("--template"),
                          QStringLiteral("summarise"), QStringLiteral("-")},
                         kNotes);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
}

void TestCli::binaryOnStandardInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
    QTest::newRow("ELF executable") << (QByteArray("\x7f"
                                                   "ELF\x02\x01\x01",
                                                   7) +
                                        QByteArray(2000, '\x01'));
    QByteArray noise(8192, '\0');
    quint32 state = 12345;
    for (char &c : noise) {
        state = state * 1103515245u + 12345u;
        c = char(state >> 24);
    }
    QTest::newRow("random bytes") << noise;
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
}

// Standard input gets the same sniffing as a file by path: binary data is refused, and nothing
// is sent or audited as a request.
void TestCli::binaryOnStandardInputIsRefused()
{
    QFETCH(QByteArray, input);
    for (const char *command : {"run", "redact"}) {
        QStringList args{QLatin1String(command)};
        if (QByteArrayView(command) == "run") {
            args << QStringLiteral("--template") << QStringLiteral("summarise");
        }
        args << QStringLiteral("-");
        const CliRun r = cli(args, input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: unsupported: Standard input is")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    const CliRun requests =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--action"), QStringLiteral("request")});
    QCOMPARE(requests.out.trimmed().split(QStringLiteral("\r\n")).size(), 1); // header only
}

void TestCli::runEveryTemplate_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("summarise short") << QStringList{
        QStringLiteral("summarise"), QStringLiteral("--var"), QStringLiteral("length=short")};
    QTest::newRow("rewrite bullets") << QStringList{
        QStringLiteral("rewrite"), QStringLiteral("--var"), QStringLiteral("style=bullets")};
    QTest::newRow("rewrite formal") << QStringList{
        QStringLiteral("rewrite"), QStringLiteral("--var"), QStringLiteral("style=formal")};
    QTest::newRow("extract all") << QStringList{QStringLiteral("extract")};
    QTest::newRow("extract contacts") << QStringList{
        QStringLiteral("extract"), QStringLiteral("--var"), QStringLiteral("fields=contacts")};
}

void TestCli::runEveryTemplate()
{
    QFETCH(QStringList, args);
    QStringList full{QStringLiteral("run"), QStringLiteral("--template")};
    full += args;
    full.append(notesFile());
    const CliRun r = cli(full);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
    if (args.contains(QStringLiteral("fields=contacts"))) {
        QVERIFY2(r.out.contains(QStringLiteral("ops.lisbon@example.com")),
                 qPrintable(r.out)); // restored
    }
}

void TestCli::runRejectsUnknownOptionValues()
{
    const CliRun r =
        cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
             QStringLiteral("--var"), QStringLiteral("length=epic"), notesFile()});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.startsWith(QStringLiteral("error: usage: ")));
    QVERIFY(r.err.contains(QStringLiteral("short")));
}

// A 120 KB --var value gets a one-line error that quotes only its beginning.
void TestCli::hugeOptionValueIsNotEchoedBack()
{
    const QString huge(120 * 1024, QLatin1Char('x'));
    for (const QString &var : QStringList{QStringLiteral("length=") + huge, huge}) {
        const CliRun r =
            cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                 QStringLiteral("--var"), var, QStringLiteral("-")},
                kNotes);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: usage: ")), qPrintable(r.err.left(200)));
        QVERIFY2(r.err.size() < 400, qPrintable(QString::number(r.err.size())));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
}

void TestCli::runUnknownProviderIsAUsageError()
{
    const CliRun r =
        cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
             QStringLiteral("--provider"), QStringLiteral("nowhere"), notesFile()});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: usage: ")), qPrintable(r.err));
}

void TestCli::templatesAndProvidersAreListed()
{
    const CliRun t = cli({QStringLiteral("templates")});
    QCOMPARE(t.exitCode, 0);
    for (const char *id : {"summarise", "rewrite", "extract"}) {
        QVERIFY(t.out.contains(QLatin1String(id)));
    }
    const CliRun p = cli({QStringLiteral("providers")});
    QCOMPARE(p.exitCode, 0);
    QVERIFY(p.out.startsWith(QStringLiteral("offline\t")));
    QVERIFY(p.out.contains(QStringLiteral("(default)")));
}

void TestCli::auditVerifyPassesAndDetectsAnEditedRow()
{
    const QString notes = notesFile();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"),
                      QStringLiteral("summarise"), notes})
                     .exitCode,
                 0);
    }
    const CliRun ok = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    // "N/N events valid, chain intact[, last checkpoint #K verified | , no checkpoint yet ...]"
    QVERIFY2(QRegularExpression(QStringLiteral("^(\\d+)/\\1 events valid, chain intact"))
                 .match(ok.out)
                 .hasMatch(),
             qPrintable(ok.out));

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("data/audit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET tokens_out = 1 WHERE seq = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const CliRun bad = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.out.contains(QStringLiteral("#3")));
    QVERIFY2(bad.err.startsWith(QStringLiteral("error: corrupt: ")), qPrintable(bad.err));
}

void TestCli::noStateFileHoldsTheOriginals()
{
    const QByteArray marker = "Quokka-Zanzibar-4471";
    const QByteArray email = "jo.marker@example.org";
    const QString path =
        promptdesk::testing::writeFile(m_dir->path(), QStringLiteral("secret.txt"),
                                       "Incident " + marker + " was reported by " + email +
                                           ". The rider was safe. The car was towed.\n");
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--template"), QStringLiteral("summarise"),
                  path})
                 .exitCode,
             0);
    int scanned = 0;
    QDirIterator it(m_dir->path(), {QStringLiteral("*")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file == path) {
            continue;
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(email), qPrintable(file));
        if (file.contains(QStringLiteral("audit"))) {
            QVERIFY2(!bytes.contains(marker), qPrintable(file));
        }
        ++scanned;
    }
    QVERIFY(scanned >= 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

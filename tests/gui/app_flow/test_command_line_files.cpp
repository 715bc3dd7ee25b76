// `promptdesk FILE…` as a file manager's "Open with" runs it (the .desktop file passes %F): the
// real binary, started as its own process, puts every file it was given into the input list
// and ignores the options. The start-up report (--benchmark-startup) says how many inputs the
// window holds when it first paints.
#include "test_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk::testing;

class TestCommandLineFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filesOnTheCommandLineAreOpened();
};

void TestCommandLineFiles::filesOnTheCommandLineAreOpened()
{
    const QString program = binDir() + QStringLiteral("/promptdesk");
    if (!QFileInfo::exists(program)) {
        QSKIP("the GUI binary was not built");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ticket = writeFile(dir.path(), QStringLiteral("ticket.txt"),
                                     "Rider reports the driver took a longer route.\n");
    const QString notes = writeFile(dir.path(), QStringLiteral("notes.md"),
                                    "# Shift notes\n\nTwo late pick-ups at the airport.\n");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PROMPTDESK_KEYCHAIN"), QStringLiteral("off"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(program, {QStringLiteral("--benchmark-startup"), ticket, notes,
                        dir.filePath(QStringLiteral("missing.pdf"))});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    QVERIFY(app.waitForFinished(60000));
    const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             qPrintable(out + QString::fromLocal8Bit(app.readAllStandardError())));
    const QRegularExpressionMatch report =
        QRegularExpression(QStringLiteral("inputs=(\\d+)")).match(out);
    QVERIFY2(report.hasMatch(), qPrintable(out));
    QCOMPARE(report.captured(1).toInt(), 2); // the two files; the missing one is reported
}

QTEST_GUILESS_MAIN(TestCommandLineFiles)
#include "test_command_line_files.moc"

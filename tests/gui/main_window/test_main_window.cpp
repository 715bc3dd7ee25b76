// The main window driven through its named actions, with a fake pipeline: what the user sees
// and can do. The engine itself is tested in tests/unit and tests/integration.
#include "drop_zone.h"
#include "fake_pipeline.h"
#include "gui_helpers.h"
#include "main_window.h"
#include "output_file.h"
#include "output_view.h"
#include "template_picker.h"
#include "test_support.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace promptdesk;
using namespace promptdesk::testing;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsInputTemplatesAndProvider();
    void pastedNotesRunIntoOutput();
    void cancelKeepsWindowUsable();
    void dropZoneHandsFoldersAndManyFilesToTheList();
    void keyboardReachesEverything();
    void saveReportsFailureClearly();

private:
    QTemporaryDir m_files;
};

namespace {

QString visibleText(QWidget *root)
{
    QStringList parts;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible()) {
            parts.append(label->text());
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
}

void TestMainWindow::showsInputTemplatesAndProvider()
{
    FakePipeline fake;
    MainWindow window(fake.pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Promptdesk"));
    const QString shown = visibleText(&window);
    QVERIFY2(shown.contains(QStringLiteral("Drop a document here, or paste your notes")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Run uses: Test engine (basic) (Internal data)")),
             qPrintable(shown));

    auto *picker = window.findChild<TemplatePicker *>();
    QVERIFY(picker);
    QStringList names;
    for (QRadioButton *button : picker->templateButtons()) {
        QVERIFY(button->isVisible());
        names.append(button->accessibleName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Summarise"), QStringLiteral("Rewrite"),
                                 QStringLiteral("Extract")}));
    QCOMPARE(picker->templateId(), QStringLiteral("summarise"));
    QCOMPARE(picker->options().value(QStringLiteral("length")), QStringLiteral("medium"));
    QVERIFY(picker->setTemplateId(QStringLiteral("rewrite")));
    QCOMPARE(picker->options().value(QStringLiteral("style")), QStringLiteral("clean-up"));

    // Nothing to run yet: Run waits for input, Cancel for a running job.
    QVERIFY(!namedAction(&window, QStringLiteral("actionRun"))->isEnabled());
    QVERIFY(!namedAction(&window, QStringLiteral("actionCancel"))->isEnabled());
}

void TestMainWindow::pastedNotesRunIntoOutput()
{
    FakePipeline fake;
    MainWindow window(fake.pipeline());
    window.show();
    auto *dropZone = window.findChild<DropZone *>();
    auto *output = window.findChild<OutputView *>();
    dropZone->notesEdit()->setPlainText(QStringLiteral("The printer on floor two is jammed."));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QVERIFY(run->isEnabled());

    run->trigger();
    QVERIFY(window.isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(namedAction(&window, QStringLiteral("actionCancel"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);

    QVERIFY(output->markdown().contains(QStringLiteral("printer on floor two is jammed.")));
    QVERIFY(output->browser()->toPlainText().contains(QStringLiteral("Summary:")));
    QVERIFY(output->isBasicNoteVisible());
    QVERIFY(output->messageText().isEmpty());
    QVERIFY(run->isEnabled());
    QVERIFY(namedAction(&window, QStringLiteral("actionCopy"))->isEnabled());
}

void TestMainWindow::cancelKeepsWindowUsable()
{
    FakePipeline slow(150); // one word every 150 ms
    MainWindow window(slow.pipeline());
    window.show();
    auto *dropZone = window.findChild<DropZone *>();
    auto *output = window.findChild<OutputView *>();
    dropZone->notesEdit()->setPlainText(
        QStringLiteral("one two three four five six seven eight nine ten eleven twelve"));

    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(output->markdown().contains(QStringLiteral("one")), 10000);
    namedAction(&window, QStringLiteral("actionCancel"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 5000);

    QCOMPARE(output->messageText(), QStringLiteral("(stopped — partial result)"));
    QVERIFY(output->markdown().contains(QStringLiteral("one")));
    QVERIFY(!output->markdown().contains(QStringLiteral("twelve")));

    // Still usable: the input can be edited and a new run completes.
    QVERIFY(!dropZone->notesEdit()->isReadOnly());
    dropZone->notesEdit()->setPlainText(QStringLiteral("short note"));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
    QVERIFY(output->markdown().contains(QStringLiteral("short note")));
    QVERIFY(output->messageText().isEmpty());
}

void TestMainWindow::dropZoneHandsFoldersAndManyFilesToTheList()
{
    FakePipeline fake;
    MainWindow window(fake.pipeline());
    window.show();
    auto *dropZone = window.findChild<DropZone *>();
    auto *message = dropZone->findChild<QLabel *>(QStringLiteral("dropZoneMessage"));

    // A folder goes to the input list, which reads what is inside; no "drop a file instead".
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(m_files.path())}));
    QVERIFY(dropZone->filePath().isEmpty());
    QVERIFY2(message->text().contains(QStringLiteral("added to the list")),
             qPrintable(message->text()));

    dropUrls(dropZone, {QUrl(QStringLiteral("https://example.com/report.pdf"))});
    QVERIFY(dropZone->filePath().isEmpty());
    QVERIFY2(message->text().contains(QStringLiteral("Only files on this computer")),
             qPrintable(message->text()));

    const QString first = writeFile(m_files.path(), QStringLiteral("first.txt"), "First.");
    const QString second = writeFile(m_files.path(), QStringLiteral("second.txt"), "Second.");
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)}));
    QVERIFY2(message->text().contains(QStringLiteral("added to the list")),
             qPrintable(message->text()));
    QVERIFY(!message->text().contains(QStringLiteral("Only one document")));
    QTRY_VERIFY_WITH_TIMEOUT(namedAction(&window, QStringLiteral("actionRun"))->isEnabled(), 30000);
}

void TestMainWindow::keyboardReachesEverything()
{
    FakePipeline fake;
    MainWindow window(fake.pipeline());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const QMap<QString, QKeySequence> expected{
        {QStringLiteral("actionOpen"), QKeySequence(QKeySequence::Open)},
        {QStringLiteral("actionPaste"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {QStringLiteral("actionSaveAs"), QKeySequence(QKeySequence::Save)},
        {QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {QStringLiteral("actionCopy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {QStringLiteral("actionClear"), QKeySequence(Qt::CTRL | Qt::Key_L)},
        {QStringLiteral("actionRun"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {QStringLiteral("actionCancel"), QKeySequence(Qt::Key_Escape)},
        {QStringLiteral("actionShortcuts"), QKeySequence(QKeySequence::HelpContents)},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(namedAction(&window, it.key())->shortcut(), it.value());
    }
    // Every menu entry (About included) is also reachable through Alt+letter mnemonics.
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
        for (QAction *action : menu->menu()->actions()) {
            QVERIFY2(action->isSeparator() || action->text().contains(QLatin1Char('&')),
                     qPrintable(action->text()));
        }
    }

    // Tab walks through the input, the task and its option, Run and the result.
    auto *dropZone = window.findChild<DropZone *>();
    dropZone->notesEdit()->setPlainText(QStringLiteral("Notes to tidy up."));
    dropZone->chooseButton()->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 20; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        reached.insert(focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const QString &name :
         {QStringLiteral("chooseFileButton"), QStringLiteral("notesEdit"),
          QStringLiteral("template_summarise"), QStringLiteral("option_length"),
          QStringLiteral("runButton"), QStringLiteral("outputBrowser")}) {
        QVERIFY2(reached.contains(name), qPrintable(name + QStringLiteral(" not reached")));
    }

    // Ctrl+Return runs from the notes box; the result arrives.
    dropZone->notesEdit()->setFocus();
    QTest::keyClick(dropZone->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(window.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
    QVERIFY(window.findChild<OutputView *>()->markdown().contains(QStringLiteral("tidy up.")));
}

void TestMainWindow::saveReportsFailureClearly()
{
    const QString good = m_files.filePath(QStringLiteral("result.md"));
    QVERIFY(saveOutputFile(good, QStringLiteral("# Result\n")).ok());
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArrayLiteral("# Result\n"));

    const Result<void> bad = saveOutputFile(
        m_files.filePath(QStringLiteral("missing-folder/result.md")), QStringLiteral("x"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("“result.md” could not be")),
             qPrintable(bad.error().message));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"

// File > History… on a history filled by real jobs: search by words and by a name that is
// stored only sealed, a preview with the originals restored (or exactly what was sent), and
// deleting that leaves no trace of the entry in any file under the data folder.
#include "app_context.h"
#include "drop_zone.h"
#include "gui_helpers.h"
#include "history_dialog.h"
#include "main_window.h"
#include "template_picker.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

const QString kName = QStringLiteral("Maria Gonzalez");
const QByteArray kMarker = QByteArrayLiteral("Wombat-Kettering-7731");

// Every file under `dir` that holds `needle` (as UTF-8 or UTF-16), by path.
QStringList filesHolding(const QString &dir, const QByteArray &needle)
{
    const QString text = QString::fromUtf8(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (bytes.contains(needle) || bytes.contains(utf16)) {
                found.append(file.fileName());
            }
        }
    }
    return found;
}

} // namespace

class TestHistoryWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlHOpensTheHistoryNewestFirst();
    void searchFindsWordsAndASealedName();
    void previewRestoresOriginalsOrShowsWhatWasSent();
    void deleteLeavesNoTraceInAnyFile();
    void reopenPutsTheInputAndTaskBack();
    void exportWritesTheChosenEntriesRedactedOrRestored();
    void eraseAllAsksFirst(); // last: it empties the history of this process

private:
    void summarise(const QString &name, const QByteArray &text);
    HistoryDialog *openHistory(MainWindow &window);

    QTemporaryDir m_state;
    QTemporaryDir m_inputs;
    std::unique_ptr<AppContext> m_context;
    QString m_keyring;
};

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PROMPTDESK_CONFIG_DIR", m_state.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_state.filePath(QStringLiteral("data")).toUtf8());
    m_keyring = ensureUnlockedKeyring(); // the sealed vault needs the keychain's history key
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();
    summarise(QStringLiteral("canteen.txt"),
              "The canteen on the third floor closes for renovation from 3 March. Lunch is "
              "served in the ground-floor meeting room meanwhile.\n");
    summarise(QStringLiteral("refund.txt"),
              "Ticket 5512: " + kName.toUtf8() +
                  " was charged twice for one ride and asks for a refund. Write to "
                  "maria.gonzalez@contoso-test.invalid today.\n");
    summarise(QStringLiteral("wombat.txt"), "Reference " + kMarker +
                                                ": the depot's badge printer is out of toner "
                                                "and a new cartridge is on order.\n");
}

void TestHistoryWindow::summarise(const QString &name, const QByteArray &text)
{
    MainWindow window(m_context->pipeline());
    window.show();
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(writeFile(m_inputs.path(), name, text))}));
    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(QStringLiteral("summarise")));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
}

HistoryDialog *TestHistoryWindow::openHistory(MainWindow &window)
{
    QAction *history = namedAction(&window, QStringLiteral("actionHistory"));
    if (!history || history->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_H)) {
        return nullptr;
    }
    history->trigger();
    auto *dialog = window.findChild<HistoryDialog *>();
    if (dialog) {
        dialog->setConfirm([](const QString &) { return true; });
    }
    return dialog;
}

void TestHistoryWindow::ctrlHOpensTheHistoryNewestFirst()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->rowCount(), 3);
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(QStringLiteral("badge printer")),
             qPrintable(dialog->previewText())); // the newest job first
    const bool vaultKept = m_keyring.isEmpty();
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("historyBanner"))->isVisible(), !vaultKept);
}

void TestHistoryWindow::searchFindsWordsAndASealedName()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QStringLiteral("canteen"));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->search(QStringLiteral("nothing-like-this"));
    QCOMPARE(dialog->rowCount(), 0);
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    // The name is in no file in clear, yet it finds her job through the keyed index.
    QVERIFY(filesHolding(m_state.path(), "Gonzalez").isEmpty());
    dialog->search(kName);
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(QStringLiteral("refund")),
             qPrintable(dialog->previewText()));
}

void TestHistoryWindow::previewRestoresOriginalsOrShowsWhatWasSent()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QStringLiteral("ride"));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(kName), qPrintable(dialog->previewText()));
    auto *sent = dialog->findChild<QAbstractButton *>(QStringLiteral("historyShowSent"));
    QVERIFY(sent);
    sent->setChecked(true);
    const QString asSent = dialog->previewText();
    QVERIFY2(!asSent.contains(QStringLiteral("Gonzalez")), qPrintable(asSent));
    QVERIFY2(asSent.contains(QStringLiteral("[PERSON_1]")), qPrintable(asSent));
}

void TestHistoryWindow::deleteLeavesNoTraceInAnyFile()
{
    const QString data = m_state.filePath(QStringLiteral("data"));
    QVERIFY(!filesHolding(data, kMarker).isEmpty()); // the redacted text is stored
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QString::fromUtf8(kMarker));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    dialog->deleteSelected();
    QCOMPARE(dialog->rowCount(), 0);
    dialog->search({});
    QCOMPARE(dialog->rowCount(), 2);
    const QStringList left = filesHolding(data, kMarker);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestHistoryWindow::exportWritesTheChosenEntriesRedactedOrRestored()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QStringLiteral("ride"));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    const QString redacted = m_inputs.filePath(QStringLiteral("redacted.md"));
    QVERIFY(dialog->exportSelected(redacted, false));
    QFile md(redacted);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray markdown = md.readAll();
    QVERIFY2(markdown.contains("refund"), markdown.constData());
    QVERIFY2(!markdown.contains("Gonzalez"), markdown.constData()); // placeholders, as sent
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    const QString restored = m_inputs.filePath(QStringLiteral("restored.json"));
    QVERIFY(dialog->exportSelected(restored, true));
    QFile json(restored);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("Maria Gonzalez"));
}

void TestHistoryWindow::eraseAllAsksFirst()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    const int before = dialog->rowCount();
    QVERIFY(before > 0);
    QString asked;
    dialog->setConfirm([&asked](const QString &question) {
        asked = question;
        return false; // the user says no
    });
    dialog->eraseAll();
    QVERIFY(asked.contains(QStringLiteral("cannot be undone")));
    QCOMPARE(dialog->rowCount(), before);
    dialog->setConfirm([](const QString &) { return true; });
    dialog->eraseAll();
    QCOMPARE(dialog->rowCount(), 0);
    QVERIFY(filesHolding(m_state.filePath(QStringLiteral("data")), "canteen").isEmpty());
}

void TestHistoryWindow::reopenPutsTheInputAndTaskBack()
{
    MainWindow window(m_context->pipeline());
    window.show();
    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(QStringLiteral("rewrite")));
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QStringLiteral("canteen"));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    dialog->reopenSelected();
    QVERIFY(!dialog->isVisible());
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY2(dropZone->text().contains(QStringLiteral("canteen on the third floor")),
             qPrintable(dropZone->text()));
    QCOMPARE(window.findChild<TemplatePicker *>()->templateId(), QStringLiteral("summarise"));
    // And it runs again from there, as any input would.
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
}

QTEST_MAIN(TestHistoryWindow)
#include "test_history_window.moc"

// File > History… on a history filled by real jobs: search by words and by a name that is
// stored only sealed, a preview with the originals restored (or exactly what was sent), and
// deleting that leaves no trace of the entry in any file under the data folder.
#include "app_context.h"
#include "drop_zone.h"
#include "gui_helpers.h"
#include "history_dialog.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "template_picker.h"
#include "test_support.h"
#include "window_run.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

const QString kName = QStringLiteral("Maria Gonzalez");
const QByteArray kMarker = QByteArrayLiteral("Wombat-Kettering-7731");

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
    void listShowsTaskProviderInputAndDataClass();
    void filtersNarrowByTaskProviderAndDate();
    void saveAsWritesTheResultWithOriginals();
    void deleteSelectedRemovesEverySelectedRow();
    void historyOffInPreferencesErasesAndKeepsNothing();
    void keychainBannerOnlyWithoutAKeychain();
    void copyPutsTheResultOnTheClipboard();
    void retentionChosenInPreferencesIsShownInTheHistory();
    void eraseAllAsksFirst(); // last: it empties the history of this process

private:
    void summarise(const QString &name, const QByteArray &text,
                   const QString &templateId = QStringLiteral("summarise"),
                   const QMap<QString, QString> &options = {});
    QString cell(HistoryDialog *dialog, int row, int column) const;
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
              "served in the ground-floor meeting room meanwhile.\n",
              QStringLiteral("summarise"), {{QStringLiteral("length"), QStringLiteral("long")}});
    summarise(QStringLiteral("refund.txt"),
              "Ticket 5512: " + kName.toUtf8() +
                  " was charged twice for one ride and asks for a refund. Write to "
                  "maria.gonzalez@contoso-test.invalid today.\n");
    summarise(QStringLiteral("wombat.txt"),
              "Reference " + kMarker +
                  ": the depot's badge printer is out of toner and a new cartridge is on order.\n",
              QStringLiteral("rewrite"));
}

void TestHistoryWindow::summarise(const QString &name, const QByteArray &text,
                                  const QString &templateId, const QMap<QString, QString> &options)
{
    MainWindow window(m_context->pipeline());
    window.show();
    QVERIFY(runFileInWindow(window, writeFile(m_inputs.path(), name, text), templateId, options));
}

QString TestHistoryWindow::cell(HistoryDialog *dialog, int row, int column) const
{
    auto *list = dialog->findChild<QTableView *>(QStringLiteral("historyList"));
    return list ? list->model()->index(row, column).data().toString() : QString();
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
    // The options it ran with come back too, not the template's defaults.
    QCOMPARE(window.findChild<TemplatePicker *>()->options().value(QStringLiteral("length")),
             QStringLiteral("long"));
    // And it runs again from there, as any input would.
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
}

void TestHistoryWindow::listShowsTaskProviderInputAndDataClass()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTableView *>(QStringLiteral("historyList"));
    QVERIFY(list);
    QStringList headers;
    for (int c = 0; c < list->model()->columnCount(); ++c) {
        headers << list->model()->headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(headers, QStringList({QStringLiteral("Date"), QStringLiteral("Task"),
                                   QStringLiteral("Provider and model"), QStringLiteral("Input"),
                                   QStringLiteral("Data class"), QStringLiteral("Result")}));
    dialog->search(QStringLiteral("canteen"));
    QCOMPARE(dialog->rowCount(), 1);
    QVERIFY(!cell(dialog, 0, 0).isEmpty());
    QCOMPARE(cell(dialog, 0, 1), QStringLiteral("Summarise"));
    QVERIFY2(cell(dialog, 0, 2).startsWith(QStringLiteral("offline")),
             qPrintable(cell(dialog, 0, 2)));
    QCOMPARE(cell(dialog, 0, 3), QStringLiteral("canteen.txt"));
    QCOMPARE(cell(dialog, 0, 4), QStringLiteral("Internal")); // the policy's default class
    QVERIFY(!cell(dialog, 0, 5).isEmpty());
}

void TestHistoryWindow::filtersNarrowByTaskProviderAndDate()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 3);
    // The task filter lists the tasks the history holds, by name.
    QComboBox *task = dialog->templateFilter();
    const int rewrite = task->findData(QStringLiteral("rewrite"));
    QVERIFY(rewrite > 0);
    QCOMPARE(task->itemText(rewrite), QStringLiteral("Rewrite"));
    task->setCurrentIndex(rewrite);
    QCOMPARE(dialog->rowCount(), 1);
    QCOMPARE(cell(dialog, 0, 3), QStringLiteral("wombat.txt"));
    dialog->search(QStringLiteral("canteen")); // filters and words together
    QCOMPARE(dialog->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("historyProblem"))->isVisible());
    dialog->search({});
    task->setCurrentIndex(0);
    QCOMPARE(dialog->rowCount(), 3);
    QComboBox *provider = dialog->providerFilter();
    const int offline = provider->findData(QStringLiteral("offline"));
    QVERIFY(offline > 0);
    provider->setCurrentIndex(offline);
    QCOMPARE(dialog->rowCount(), 3);
    provider->setCurrentIndex(0);
    // Date: all three ran today.
    QComboBox *when = dialog->dateFilter();
    QCOMPARE(when->count(), 5);
    for (int i = 1; i < when->count(); ++i) {
        when->setCurrentIndex(i);
        QCOMPARE(dialog->rowCount(), 3);
    }
}

void TestHistoryWindow::saveAsWritesTheResultWithOriginals()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    auto *saveAs = dialog->findChild<QAbstractButton *>(QStringLiteral("historySaveAs"));
    QVERIFY(saveAs);
    QVERIFY(!saveAs->isEnabled()); // nothing chosen yet
    dialog->search(QStringLiteral("canteen"));
    dialog->selectRow(0);
    QVERIFY(saveAs->isEnabled());
    const QString path = m_inputs.filePath(QStringLiteral("saved-result.txt"));
    QVERIFY(dialog->saveSelectedAs(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY(!text.isEmpty());
    QVERIFY2(dialog->previewText().contains(text.trimmed().left(40)), qPrintable(text));
    // A folder that cannot be written says so in the window, and nothing else changes.
    QVERIFY(!dialog->saveSelectedAs(QStringLiteral("/proc/no-such-folder/result.txt")));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("historyProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("could not be written")),
             qPrintable(problem->text()));
    QCOMPARE(dialog->rowCount(), 1);
}

void TestHistoryWindow::deleteSelectedRemovesEverySelectedRow()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 3);
    auto *list = dialog->findChild<QTableView *>(QStringLiteral("historyList"));
    list->setFocus();
    dialog->selectRow(0);
    // Shift+Down adds the next row, as a keyboard user would select two entries.
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    QString asked;
    dialog->setConfirm([&asked](const QString &question) {
        asked = question;
        return true;
    });
    dialog->deleteSelected();
    QVERIFY2(asked.contains(QLatin1Char('2')), qPrintable(asked));
    QCOMPARE(dialog->rowCount(), 1);
    QCOMPARE(cell(dialog, 0, 3), QStringLiteral("canteen.txt")); // the oldest stays
    const QString data = m_state.filePath(QStringLiteral("data"));
    QVERIFY(filesHolding(data, kMarker).isEmpty());
    QVERIFY(filesHolding(data, "charged twice").isEmpty());
}

void TestHistoryWindow::historyOffInPreferencesErasesAndKeepsNothing()
{
    const QString data = m_state.filePath(QStringLiteral("data"));
    QVERIFY(!filesHolding(data, "canteen").isEmpty());
    MainWindow window(m_context->pipeline());
    window.show();
    // Edit > Preferences, as the user: untick "Keep a history of my jobs", press OK.
    bool seen = false;
    QTimer::singleShot(0, &window, [&seen] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->historyEnabledBox() || !dialog->historyEnabledBox()->isEnabled()) {
            if (dialog) {
                dialog->reject();
            }
            return;
        }
        seen = true;
        dialog->historyEnabledBox()->setChecked(false);
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("historyNote"));
        seen = note && note->text().contains(QStringLiteral("erased"));
        dialog->accept();
    });
    namedAction(&window, QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(seen);
    QVERIFY(filesHolding(data, "canteen").isEmpty());
    QVERIFY(filesHolding(data, kMarker).isEmpty());
    // A new job is not kept either, and the history window says why it is empty.
    summarise(QStringLiteral("zebra.txt"), "The zebra crossing by the depot gate is repainted.\n");
    QVERIFY(filesHolding(data, "zebra crossing").isEmpty());
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 0);
    auto *keptFor = dialog->findChild<QLabel *>(QStringLiteral("historyKeptFor"));
    QVERIFY2(keptFor->text().contains(QStringLiteral("turned off")), qPrintable(keptFor->text()));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("keychainBanner"))->isVisible());
}

void TestHistoryWindow::keychainBannerOnlyWithoutAKeychain()
{
    MainWindow window(m_context->pipeline());
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->isVisible(), !m_keyring.isEmpty());
    QVERIFY(banner->text().contains(QStringLiteral("placeholders")));
    QVERIFY(!banner->accessibleName().isEmpty());
}

void TestHistoryWindow::copyPutsTheResultOnTheClipboard()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->search(QStringLiteral("canteen"));
    dialog->selectRow(0);
    QApplication::clipboard()->clear();
    auto *copy = dialog->findChild<QAbstractButton *>(QStringLiteral("historyCopy"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QVERIFY2(dialog->previewText().contains(copied.trimmed().left(40)), qPrintable(copied));
}

void TestHistoryWindow::retentionChosenInPreferencesIsShownInTheHistory()
{
    MainWindow window(m_context->pipeline());
    window.show();
    bool set = false;
    QTimer::singleShot(0, &window, [&set] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        set = dialog->retentionBox() && dialog->retentionBox()->isEnabled();
        if (set) {
            dialog->retentionBox()->setValue(7);
        }
        dialog->accept();
    });
    namedAction(&window, QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(set);
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    auto *keptFor = dialog->findChild<QLabel *>(QStringLiteral("historyKeptFor"));
    QVERIFY2(keptFor->text().contains(QStringLiteral("7 day")), qPrintable(keptFor->text()));
    QCOMPARE(dialog->rowCount(), 3); // today's entries are inside the seven days
}

QTEST_MAIN(TestHistoryWindow)
#include "test_history_window.moc"

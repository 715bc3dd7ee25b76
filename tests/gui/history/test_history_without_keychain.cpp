// Without a keychain the vault of originals cannot be kept: the main window and the history
// window say so and what it means, the preview shows placeholders, and a name search finds
// nothing for those entries (which the banner explains). Driven as a user would.
#include "app_context.h"
#include "drop_zone.h"
#include "gui_helpers.h"
#include "history_dialog.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "template_picker.h"
#include "test_support.h"
#include "window_run.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace promptdesk;
using namespace promptdesk::testing;

class TestHistoryWithoutKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothWindowsSayTheOriginalsAreNotKept();
    void previewShowsPlaceholdersAndTheNameFindsNothing();
    void preferencesExplainWhatIsKept();

private:
    QTemporaryDir m_state;
    QTemporaryDir m_inputs;
    std::unique_ptr<AppContext> m_context;
};

void TestHistoryWithoutKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PROMPTDESK_CONFIG_DIR", m_state.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_state.filePath(QStringLiteral("data")).toUtf8());
    qputenv("PROMPTDESK_KEYCHAIN", "off");
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();
    QVERIFY(m_context->pipeline().history().historyKept());
    QVERIFY(!m_context->pipeline().history().originalsKept());
    MainWindow window(m_context->pipeline());
    window.show();
    const QString path = writeFile(m_inputs.path(), QStringLiteral("ticket.txt"),
                                   "Ticket 7702: Maria Gonzalez left her umbrella in the car "
                                   "and asks the driver to bring it to the depot.\n");
    QVERIFY(runFileInWindow(window, path, QStringLiteral("summarise")));
}

void TestHistoryWithoutKeychain::bothWindowsSayTheOriginalsAreNotKept()
{
    MainWindow window(m_context->pipeline());
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("placeholders")), qPrintable(banner->text()));
    namedAction(&window, QStringLiteral("actionHistory"))->trigger();
    auto *dialog = window.findChild<HistoryDialog *>();
    QVERIFY(dialog);
    auto *historyBanner = dialog->findChild<QLabel *>(QStringLiteral("historyBanner"));
    QVERIFY(historyBanner->isVisible());
    QVERIFY2(historyBanner->text().contains(QStringLiteral("name")),
             qPrintable(historyBanner->text())); // says name search finds nothing for them
}

void TestHistoryWithoutKeychain::previewShowsPlaceholdersAndTheNameFindsNothing()
{
    MainWindow window(m_context->pipeline());
    window.show();
    namedAction(&window, QStringLiteral("actionHistory"))->trigger();
    auto *dialog = window.findChild<HistoryDialog *>();
    QVERIFY(dialog);
    dialog->search(QStringLiteral("umbrella"));
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(QStringLiteral("[PERSON_1]")),
             qPrintable(dialog->previewText()));
    QVERIFY(!dialog->previewText().contains(QStringLiteral("Gonzalez")));
    dialog->search(QStringLiteral("Maria Gonzalez"));
    QCOMPARE(dialog->rowCount(), 0);
}

void TestHistoryWithoutKeychain::preferencesExplainWhatIsKept()
{
    MainWindow window(m_context->pipeline());
    window.show();
    QString note;
    QTimer::singleShot(0, &window, [&note] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("historyNote"))) {
            note = label->text();
        }
        dialog->reject();
    });
    namedAction(&window, QStringLiteral("actionPreferences"))->trigger();
    QVERIFY2(note.contains(QStringLiteral("keychain")), qPrintable(note));
}

QTEST_MAIN(TestHistoryWithoutKeychain)
#include "test_history_without_keychain.moc"

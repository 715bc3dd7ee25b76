// The history window under a company policy, against promptdesk-emulator: Run again sends the
// same input to the approved provider now and shows both answers side by side; the policy's
// retention is shown (and locked) in Preferences and in the history window, and deletes old
// entries while the app runs (clock seam), leaving no trace of them in any file.
#include "app_context.h"
#include "core/app_paths.h"
#include "drop_zone.h"
#include "emulator_server.h"
#include "gui_helpers.h"
#include "history/sqlite_history_store.h"
#include "history_dialog.h"
#include "main_window.h"
#include "pipeline/retention_keeper.h"
#include "rerun_dialog.h"
#include "settings_dialog.h"
#include "template_picker.h"
#include "test_support.h"
#include "window_run.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

const QString kHaiku = QStringLiteral("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
const QByteArray kMarker = QByteArrayLiteral("Pangolin-Ossendrecht-2290");
const QByteArray kOldMarker = QByteArrayLiteral("Okapi-Vlissingen-5178");
const QString kCustomer = QStringLiteral("Maria Gonzalez");
const QString kLockReason = QStringLiteral("Support keeps a record of its answers (HR-7).");

// A development policy (unsigned, accepted with PROMPTDESK_POLICY_DEVELOPMENT=1) whose only
// remote entry is the emulator's Bedrock; history kept 30 days and locked on.
QByteArray historyPolicy(quint16 port)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject model{{QStringLiteral("id"), kHaiku},
                            {QStringLiteral("displayName"), QStringLiteral("Haiku")},
                            {QStringLiteral("contextTokens"), 4000},
                            {QStringLiteral("inputPricePerMTok"), 1},
                            {QStringLiteral("outputPricePerMTok"), 5}};
    const QJsonObject bedrock{
        {QStringLiteral("id"), QStringLiteral("bedrock-eu")},
        {QStringLiteral("displayName"), QStringLiteral("Claude on Bedrock (EU, emulated)")},
        {QStringLiteral("protocol"), QStringLiteral("bedrock")},
        {QStringLiteral("region"), QStringLiteral("eu-central-1")},
        {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port)},
        {QStringLiteral("credentials"), QStringLiteral("aws-profile")},
        {QStringLiteral("defaultModel"), kHaiku},
        {QStringLiteral("models"), QJsonArray{model}}};
    const QJsonObject policy{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("version"), QStringLiteral("history-gui-test")},
        {QStringLiteral("organisation"), QStringLiteral("Example Rides")},
        {QStringLiteral("issued"), now.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("expires"), now.addDays(90).toString(Qt::ISODate)},
        {QStringLiteral("providers"), QJsonArray{bedrock}},
        {QStringLiteral("dataClasses"),
         QJsonObject{{QStringLiteral("default"), QStringLiteral("Internal")},
                     {QStringLiteral("providers"),
                      QJsonObject{{QStringLiteral("Public"), QJsonArray{QStringLiteral("*")}},
                                  {QStringLiteral("Internal"),
                                   QJsonArray{QStringLiteral("bedrock-eu")}}}}}},
        {QStringLiteral("defaults"),
         QJsonObject{{QStringLiteral("provider"), QStringLiteral("bedrock-eu")}}},
        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("historyDays"), 30}}},
        {QStringLiteral("lockedSettings"),
         QJsonObject{{QStringLiteral("history.enabled"),
                      QJsonObject{{QStringLiteral("value"), true},
                                  {QStringLiteral("reason"), kLockReason}}}}}};
    return QJsonDocument(policy).toJson();
}

emulator::Scenario answering(const QString &text)
{
    emulator::Scenario scenario;
    emulator::Step step;
    step.text = text;
    scenario.steps = {step};
    return scenario;
}

} // namespace

class TestHistoryRemote : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runAgainShowsTheOldAndTheNewAnswerSideBySide();
    void historyWindowSaysHowLongEntriesAreKept();
    void preferencesShowThePolicyLocksWithTheirReasons();
    void policyRetentionDeletesOldEntriesWhileTheAppRuns();
    void retentionAtStartRemovedAnEntryPastItsAge();
    void findByNameReopenRunAgainAndDeleteFromTheWindow(); // the acceptance

private:
    HistoryDialog *openHistory(MainWindow &window);

    QTemporaryDir m_state;
    QTemporaryDir m_inputs;
    emulator::EmulatorServer m_emulator;
    std::unique_ptr<AppContext> m_context;
    QString m_keyring;
};

void TestHistoryRemote::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const quint16 port = m_emulator.listenLoopback();
    QVERIFY(port != 0);
    useAppStateIn(m_state.path());
    useDevelopmentPolicy(m_state.filePath(QStringLiteral("policy")), historyPolicy(port));
    useEmulatorAwsProfile(m_state.filePath(QStringLiteral("aws")));
    m_keyring = ensureUnlockedKeyring();
    {
        // An entry from 40 days ago, written before this start: the policy keeps 30.
        QVERIFY(QDir().mkpath(AppPaths::fromEnvironment().dataDir()));
        auto old = SqliteHistoryStore::open(AppPaths::fromEnvironment().historyDatabase());
        QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
        HistoryEntry entry;
        entry.createdUtc = QDateTime::currentDateTimeUtc().addDays(-40);
        entry.jobId = QStringLiteral("forty-days-ago");
        entry.templateId = QStringLiteral("summarise");
        entry.providerId = QStringLiteral("bedrock-eu");
        entry.redactedInput = QStringLiteral("Reference ") + QString::fromUtf8(kOldMarker);
        entry.redactedOutput = QStringLiteral("An old summary.");
        QVERIFY(old.value()->save(entry).ok());
    }
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();

    // One job on the emulated Bedrock, as a user runs it.
    m_emulator.setScenario(answering(QStringLiteral("Before: the badge printer needs toner.")));
    MainWindow window(m_context->pipeline());
    window.show();
    const QString path = writeFile(m_inputs.path(), QStringLiteral("depot.txt"),
                                   "Reference " + kMarker + ": " + kCustomer.toUtf8() +
                                       " says the depot's badge printer is out of toner and a "
                                       "new cartridge is on order.\n");
    QVERIFY(runFileInWindow(window, path, QStringLiteral("summarise")));
    QCOMPARE(m_emulator.records().size(), 1);
}

HistoryDialog *TestHistoryRemote::openHistory(MainWindow &window)
{
    namedAction(&window, QStringLiteral("actionHistory"))->trigger();
    return window.findChild<HistoryDialog *>();
}

void TestHistoryRemote::runAgainShowsTheOldAndTheNewAnswerSideBySide()
{
    m_emulator.setScenario(answering(QStringLiteral("Now: order toner for the badge printer.")));
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    auto *rerun = dialog->findChild<QAbstractButton *>(QStringLiteral("historyRerun"));
    QVERIFY(rerun && rerun->isEnabled());
    rerun->click();
    RerunDialog *side = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((side = window.findChild<RerunDialog *>()) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!side->isRunning(), 30000);
    QVERIFY2(side->beforeText().contains(QStringLiteral("Before: the badge printer")),
             qPrintable(side->beforeText()));
    QVERIFY2(side->nowText().contains(QStringLiteral("Now: order toner")),
             qPrintable(side->nowText()));
    QVERIFY2(side->statusText().startsWith(QStringLiteral("Done")), qPrintable(side->statusText()));
    // Each side names what produced it: the stored entry's provider, the current choice.
    QStringList titles;
    for (const QLabel *label : side->findChildren<QLabel *>()) {
        titles << label->text();
    }
    const QString joined = titles.join(QLatin1Char('|'));
    QVERIFY2(joined.contains(QStringLiteral("Before: bedrock-eu")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("Now: ")), qPrintable(joined));
    // It went to the approved provider, signed, with the current model.
    QCOMPARE(m_emulator.records().size(), 2);
    QVERIFY(m_emulator.records().last().authOk);
    QCOMPARE(m_emulator.records().last().model, kHaiku);
    // The history window made way for the comparison; opened again, it holds the new run, an
    // ordinary job, next to the old one.
    QTRY_VERIFY(window.findChild<HistoryDialog *>() == nullptr);
    dialog = openHistory(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 2);
    // The input stays in the main window for the user afterwards.
    QVERIFY(window.findChild<DropZone *>()->text().contains(QString::fromUtf8(kMarker)));
}

void TestHistoryRemote::historyWindowSaysHowLongEntriesAreKept()
{
    MainWindow window(m_context->pipeline());
    window.show();
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    auto *keptFor = dialog->findChild<QLabel *>(QStringLiteral("historyKeptFor"));
    QVERIFY(keptFor);
    QVERIFY2(keptFor->text().contains(QStringLiteral("30 day")), qPrintable(keptFor->text()));
    QCOMPARE(dialog->rowCount(), 1);
    QVERIFY(dialog->providerFilter()->findData(QStringLiteral("bedrock-eu")) > 0);
}

void TestHistoryRemote::preferencesShowThePolicyLocksWithTheirReasons()
{
    MainWindow window(m_context->pipeline());
    window.show();
    bool enabledLocked = false;
    bool retentionLocked = false;
    QStringList reasons;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        enabledLocked = dialog->historyEnabledBox() && !dialog->historyEnabledBox()->isEnabled() &&
                        dialog->historyEnabledBox()->isChecked();
        retentionLocked = dialog->retentionBox() && !dialog->retentionBox()->isEnabled() &&
                          dialog->retentionBox()->value() == 30;
        for (auto *label : dialog->findChildren<QLabel *>(QStringLiteral("historyLockReason"))) {
            reasons << label->text();
        }
        dialog->historyEnabledBox()->setChecked(false); // a locked box: the user cannot
        dialog->accept();
    });
    namedAction(&window, QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(enabledLocked);
    QVERIFY(retentionLocked);
    QCOMPARE(reasons.size(), 2);
    QVERIFY2(reasons.first().contains(kLockReason), qPrintable(reasons.join(QLatin1Char('|'))));
    QVERIFY2(reasons.last().contains(QStringLiteral("30 day")),
             qPrintable(reasons.join(QLatin1Char('|'))));
    // Whatever the dialog was made to say, the policy's lock holds: history is still kept.
    QVERIFY(m_context->pipeline().history().historyKept());
    HistoryDialog *dialog = openHistory(window);
    QCOMPARE(dialog->rowCount(), 1);
}

void TestHistoryRemote::policyRetentionDeletesOldEntriesWhileTheAppRuns()
{
    const QString data = m_state.filePath(QStringLiteral("data"));
    QVERIFY(!filesHolding(data, kMarker).isEmpty());
    MainWindow window(m_context->pipeline());
    window.show();
    RetentionKeeper *keeper = window.retentionKeeper();
    QVERIFY(keeper);
    QVERIFY(keeper->timer()->isActive()); // applied while the window is open, not only at start
    QVERIFY(keeper->timer()->interval() <= 24 * 3600 * 1000);
    QSignalSpy deleted(keeper, &RetentionKeeper::entriesDeleted);
    // 29 days on, the entry is inside the policy's 30 days and stays.
    keeper->setClock([] { return QDateTime::currentDateTimeUtc().addDays(29); });
    keeper->timer()->start(1);
    QTest::qWait(50);
    QCOMPARE(deleted.size(), 0);
    QCOMPARE(m_context->pipeline().history().find(QString())->size(), 1);
    // 31 days on, the timer's next round deletes it, and says so in the status bar.
    keeper->setClock([] { return QDateTime::currentDateTimeUtc().addDays(31); });
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 5000);
    QCOMPARE(deleted.first().first().toInt(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("retention")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(m_context->pipeline().history().find(QString())->size(), 0);
    const QStringList left = filesHolding(data, kMarker);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestHistoryRemote::retentionAtStartRemovedAnEntryPastItsAge()
{
    QCOMPARE(m_context->pipeline().history().find(QString())->size(), 1); // today's job only
    const QStringList left = filesHolding(m_state.filePath(QStringLiteral("data")), kOldMarker);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestHistoryRemote::findByNameReopenRunAgainAndDeleteFromTheWindow()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring)); // the name is found through the keychain-keyed index
    }
    m_emulator.setScenario(answering(QStringLiteral("Now: [PERSON_1] needs toner.")));
    MainWindow window(m_context->pipeline());
    window.show();
    // Last week's summary, found by the customer's name (stored only sealed).
    HistoryDialog *dialog = openHistory(window);
    QVERIFY(dialog);
    dialog->dateFilter()->setCurrentIndex(2); // last 7 days
    dialog->search(kCustomer);
    QCOMPARE(dialog->rowCount(), 1);
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(kCustomer), qPrintable(dialog->previewText()));
    // Reopen: the input is back in the main window with its task.
    dialog->findChild<QAbstractButton *>(QStringLiteral("historyReopen"))->click();
    QVERIFY(window.findChild<DropZone *>()->text().contains(kCustomer));
    QCOMPARE(window.findChild<TemplatePicker *>()->templateId(), QStringLiteral("summarise"));
    // Run again on the current model, side by side.
    QTRY_VERIFY(window.findChild<HistoryDialog *>() == nullptr);
    dialog = openHistory(window);
    dialog->search(kCustomer);
    dialog->selectRow(0);
    dialog->findChild<QAbstractButton *>(QStringLiteral("historyRerun"))->click();
    RerunDialog *side = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((side = window.findChild<RerunDialog *>()) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!side->isRunning(), 30000);
    QVERIFY2(side->nowText().contains(kCustomer + QStringLiteral(" needs toner")),
             qPrintable(side->nowText())); // the placeholder restored in the new answer
    side->close();
    // Delete last week's entry (the new run stays), from the window.
    QTRY_VERIFY(window.findChild<HistoryDialog *>() == nullptr);
    dialog = openHistory(window);
    dialog->setConfirm([](const QString &) { return true; });
    dialog->search(kCustomer);
    QCOMPARE(dialog->rowCount(), 2);
    dialog->selectRow(1); // the older one
    dialog->findChild<QAbstractButton *>(QStringLiteral("historyDelete"))->click();
    QCOMPARE(dialog->rowCount(), 1);
    // What remains is the new run (its answer), not last week's.
    dialog->selectRow(0);
    QVERIFY2(dialog->previewText().contains(QStringLiteral("needs toner")),
             qPrintable(dialog->previewText()));
    QVERIFY(!dialog->previewText().contains(QStringLiteral("Before: the badge printer")));
}

QTEST_MAIN(TestHistoryRemote)
#include "test_history_remote.moc"

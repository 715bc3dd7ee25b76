// Staff reach the provider the company approved with no configuration of their own: a
// development policy alone (providers[] entries with their connection, defaults, model
// routing, data classes) makes Run in the real window send to promptdesk-emulator, which
// checks the wire format and the signature. Driven as a user would: drop, choose, run, read.
#include "app_context.h"
#include "audit/audit_log.h"
#include "drop_zone.h"
#include "emulator_server.h"
#include "extraction_table_view.h"
#include "gui_helpers.h"
#include "main_window.h"
#include "output_view.h"
#include "run_target_chooser.h"
#include "secrets/keychain_secret_store.h"
#include "template_picker.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

const QString kEmail = QStringLiteral("rosa.example@contoso-test.invalid");
const QString kHaiku = QStringLiteral("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
const QString kSonnet = QStringLiteral("eu.anthropic.claude-sonnet-4-5-20250929-v1:0");

QByteArray developmentPolicy(quint16 port)
{
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(port);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return R"J({"schema":1,"version":"remote-gui-test","organisation":"Example Rides",
  "issued":")J" +
           now.addDays(-1).toString(Qt::ISODate).toUtf8() + R"J(","expires":")J" +
           now.addDays(30).toString(Qt::ISODate).toUtf8() + R"J(",
  "providers":[
   {"id":"bedrock-eu","displayName":"Claude on Bedrock (EU, emulated)","protocol":"bedrock",
    "region":"eu-central-1","baseUrl":")J" +
           base + R"J(","credentials":"aws-profile",
    "dpaReference":"DPA-2026-014","defaultModel":")J" +
           kHaiku.toUtf8() + R"J(",
    "models":[{"id":")J" +
           kHaiku.toUtf8() +
           R"J(","displayName":"Haiku","contextTokens":4000,
               "inputPricePerMTok":1,"outputPricePerMTok":5},
              {"id":")J" +
           kSonnet.toUtf8() +
           R"J(","displayName":"Sonnet","contextTokens":4000,
               "inputPricePerMTok":3,"outputPricePerMTok":15}]},
   {"id":"bedrock-restricted","displayName":"Claude on Bedrock (zero retention, emulated)",
    "protocol":"bedrock","region":"eu-central-1","baseUrl":")J" +
           base + R"J(","credentials":"aws-profile","zeroRetention":true,
    "models":[{"id":")J" +
           kHaiku.toUtf8() +
           R"J(","inputPricePerMTok":1,"outputPricePerMTok":5}]},
   {"id":"anthropic-emu","displayName":"Claude (Anthropic, emulated)","protocol":"anthropic",
    "baseUrl":")J" +
           base + R"J(","credentials":"keychain",
    "models":[{"id":"claude-haiku-4-5-20251001","inputPricePerMTok":1,"outputPricePerMTok":5}]},
   {"id":"nokey-emu","displayName":"Claude without a key (emulated)","protocol":"anthropic",
    "baseUrl":")J" +
           base + R"J(","credentials":"keychain",
    "models":[{"id":"claude-haiku-4-5-20251001"}]},
   {"id":"local-emu","displayName":"Local model (emulated)","protocol":"openai",
    "baseUrl":")J" +
           base + R"J(/v1","credentials":"keychain",
    "models":[{"id":"llama-3.1-8b-instruct"}]}],
  "dataClasses":{"default":"Internal",
    "providers":{"Public":["*"],"Internal":["bedrock-eu","bedrock-restricted","anthropic-emu","nokey-emu","local-emu"],
                 "Confidential":["bedrock-eu","bedrock-restricted"],"Restricted":["bedrock-restricted"]},
    "raiseWhenFound":{"CREDIT_CARD":"Restricted"}},
  "defaults":{"provider":"bedrock-eu"},
  "modelRouting":{"workhorse":")J" +
           kHaiku.toUtf8() + R"J(","strong":")J" + kSonnet.toUtf8() + R"J(",
    "categories":{"extract":")J" +
           kSonnet.toUtf8() + R"J(","reduce":")J" + kSonnet.toUtf8() + R"J("}}})J";
}

} // namespace

class TestRemoteRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void statusBarNamesTheApprovedProviderBeforeRun();
    void runReachesBedrockAndRestoresPlaceholders();
    void anthropicAndOpenAiEntriesRunToo();
    void driversLicenceExtractionShowsTheTemplateColumns();
    void longDocumentRunsMapReduceWithRoutedModels();
    void cardNumberMovesTheChoiceToRestricted();
    void blockedChoiceSaysWhy();
    void unreachableProviderSaysWhichAndNeverFallsBack();
    void retryIsAnnouncedAndEachAttemptIsAudited();
    void openFilesPutsThemInTheInputList();
    void userEntryRedirectingAPolicyProviderIsRefusedAndAudited();
    void screenshot();

private:
    void runOn(MainWindow &window, const QString &path, const QString &templateId);
    QList<StoredAuditEvent> responses() const;

    QTemporaryDir m_state;
    QTemporaryDir m_inputs;
    emulator::EmulatorServer m_emulator;
    std::unique_ptr<AppContext> m_context;
    QString m_keyring;
};

void TestRemoteRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const quint16 port = m_emulator.listenLoopback();
    QVERIFY(port != 0);
    useAppStateIn(m_state.path());
    useDevelopmentPolicy(m_state.filePath(QStringLiteral("policy")), developmentPolicy(port));
    // The AWS profile the Bedrock entries use (the emulator's example keys).
    useEmulatorAwsProfile(m_state.filePath(QStringLiteral("aws")));
    m_keyring = ensureUnlockedKeyring();
    if (m_keyring.isEmpty()) {
        KeychainSecretStore secrets;
        for (const QString &id : {QStringLiteral("anthropic-emu"), QStringLiteral("local-emu")}) {
            QVERIFY(secrets
                        .write(QStringLiteral("provider/") + id + QStringLiteral("/api-key"),
                               "sk-emulator-example-key")
                        .ok());
        }
    }
    // The user's own providers.json tries to send the policy's Bedrock provider elsewhere.
    const QString config = m_state.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    writeFile(config, QStringLiteral("providers.json"),
              R"({"providers":[{"id":"bedrock-eu","protocol":"bedrock","region":"eu-central-1",
                 "baseUrl":"http://127.0.0.1:9","credentials":"aws-profile"}]})");
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();
}

QList<StoredAuditEvent> TestRemoteRun::responses() const
{
    QList<StoredAuditEvent> found;
    const QList<StoredAuditEvent> all = m_context->auditLog().events().value();
    for (const StoredAuditEvent &e : all) {
        if (e.event.action == auditAction::response) {
            found.append(e);
        }
    }
    return found;
}

void TestRemoteRun::init()
{
    // The choice is remembered per user: every test starts from the policy's default.
    MainWindow window(m_context->pipeline());
    RunTargetChooser *chooser = window.runTargetChooser();
    chooser->dataClassBox()->setCurrentIndex(
        chooser->dataClassBox()->findData(QStringLiteral("Internal")));
    chooser->targetBox()->setCurrentIndex(
        chooser->targetBox()->findData(QStringLiteral("bedrock-eu"), Qt::UserRole));
}

void TestRemoteRun::runOn(MainWindow &window, const QString &path, const QString &templateId)
{
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(path)}));
    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(templateId));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
}

void TestRemoteRun::statusBarNamesTheApprovedProviderBeforeRun()
{
    MainWindow window(m_context->pipeline());
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("providerLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("Claude on Bedrock (EU, emulated)")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("Internal")), qPrintable(label->text()));
    // The chooser offers only what the policy approves for the class; details in the tooltip.
    QComboBox *targets = window.runTargetChooser()->targetBox();
    QVERIFY(targets->count() >= 4);
    QVERIFY2(targets->toolTip().contains(QStringLiteral("DPA-2026-014")),
             qPrintable(targets->toolTip()));
    QVERIFY(targets->toolTip().contains(QStringLiteral("eu-central-1")));
}

void TestRemoteRun::runReachesBedrockAndRestoresPlaceholders()
{
    emulator::Scenario scenario;
    emulator::Step step;
    step.text =
        QStringLiteral("Summary: the customer asks for a refund; reply to [EMAIL_1] today.");
    scenario.steps = {step};
    m_emulator.setScenario(scenario);
    const qsizetype before = m_emulator.records().size();
    const QString path = writeFile(m_inputs.path(), QStringLiteral("ticket.txt"),
                                   "Ticket 4471: the customer was charged twice for one ride. "
                                   "Please write to " +
                                       kEmail.toUtf8() + " about the refund.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    runOn(window, path, QStringLiteral("summarise"));

    const QList<emulator::RequestRecord> records = m_emulator.records().mid(before);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().protocol, QStringLiteral("bedrock"));
    QVERIFY(records.first().authOk); // SigV4 checked by the emulator
    QVERIFY(records.first().streamed);
    auto *output = window.findChild<OutputView *>();
    const QString shown = output->browser()->toPlainText();
    QVERIFY2(shown.contains(kEmail), qPrintable(shown));
    QVERIFY(!output->isBasicNoteVisible());
    const AuditEvent last = responses().last().event;
    QCOMPARE(last.providerId, QStringLiteral("bedrock-eu"));
    QCOMPARE(last.region, QStringLiteral("eu-central-1"));
    QCOMPARE(last.modelRequested, kHaiku);
    QCOMPARE(last.dataClass, QStringLiteral("Internal"));
    QCOMPARE(last.status, QStringLiteral("ok"));
}

void TestRemoteRun::anthropicAndOpenAiEntriesRunToo()
{
    if (!m_keyring.isEmpty()) {
        QSKIP(qPrintable(m_keyring));
    }
    m_emulator.setScenario({});
    const QString path = writeFile(m_inputs.path(), QStringLiteral("shift.txt"),
                                   "The depot opens at six. Drivers collect badges at the desk.\n");
    for (const auto &[id, protocol] :
         {std::pair{QStringLiteral("anthropic-emu"), QStringLiteral("anthropic")},
          std::pair{QStringLiteral("local-emu"), QStringLiteral("openai")}}) {
        MainWindow window(m_context->pipeline());
        window.show();
        QComboBox *targets = window.runTargetChooser()->targetBox();
        const int index = targets->findData(id, Qt::UserRole);
        QVERIFY2(index >= 0, qPrintable(id));
        targets->setCurrentIndex(index);
        const qsizetype before = m_emulator.records().size();
        runOn(window, path, QStringLiteral("summarise"));
        const QList<emulator::RequestRecord> records = m_emulator.records().mid(before);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().protocol, protocol);
        QVERIFY(records.first().authOk);
        QVERIFY(window.findChild<OutputView *>()->browser()->toPlainText().contains(
            QStringLiteral("The emulator read your text")));
        QCOMPARE(responses().last().event.providerId, id);
    }
}

void TestRemoteRun::driversLicenceExtractionShowsTheTemplateColumns()
{
    emulator::Scenario scenario;
    emulator::Step step;
    step.text = QStringLiteral(
        R"({"licence_number":"D1234567","surname":"[PERSON_1]","given_names":"","date_of_birth":"",)"
        R"("address":"","issue_date":"2021-04-01","expiry_date":"2031-03-31","categories":"B",)"
        R"("issuing_authority":"DVLA","country":"UK"})");
    scenario.steps = {step};
    m_emulator.setScenario(scenario);
    const QString path =
        writeFile(m_inputs.path(), QStringLiteral("licence.txt"),
                  "DRIVING LICENCE. 5. D1234567. 4a. 01.04.2021 4b. 31.03.2031. 9. B. 4c. DVLA\n");
    MainWindow window(m_context->pipeline());
    window.show();
    const qsizetype before = m_emulator.records().size();
    runOn(window, path, QStringLiteral("extract-drivers-licence"));
    QCOMPARE(m_emulator.records().size() - before, 1);
    // The strong tier / extraction category routes to the stronger model.
    QCOMPARE(QUrl::fromPercentEncoding(m_emulator.records().last().model.toUtf8()), kSonnet);
    ExtractionTableView *table = window.extractionTable();
    QVERIFY(table->isVisible());
    const ExtractionTable shown = table->table();
    QVERIFY2(shown.columns.contains(QStringLiteral("licence_number")),
             qPrintable(shown.columns.join(u',')));
    QVERIFY(shown.columns.contains(QStringLiteral("expiry_date")));
    QVERIFY(!shown.columns.contains(QStringLiteral("Field")));
    QCOMPARE(shown.rows.size(), 1);
    QVERIFY(shown.rows.first().contains(QStringLiteral("D1234567")));
}

void TestRemoteRun::longDocumentRunsMapReduceWithRoutedModels()
{
    m_emulator.setScenario({});
    QByteArray text;
    for (int n = 1; n <= 150; ++n) {
        text += "Depot " + QByteArray::number(n) +
                " reported late pickups on the ring road during the morning shift this week. "
                "The regional manager reviewed the routes and moved two vans to the early rota. ";
        text += n % 5 == 0 ? "\f" : "\n\n";
    }
    const QString path = writeFile(m_inputs.path(), QStringLiteral("depots.txt"), text);
    MainWindow window(m_context->pipeline());
    window.show();
    const qsizetype before = m_emulator.records().size();
    // The estimate comes first: parts, models and cost; the user starts it.
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(path)}));
    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(QStringLiteral("summarise")));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
    run->trigger();
    QMessageBox *estimate = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (estimate = window.findChild<QMessageBox *>(QStringLiteral("costEstimateDialog"))), 20000);
    QVERIFY2(estimate->text().contains(QStringLiteral("Haiku")) ||
                 estimate->text().contains(kHaiku),
             qPrintable(estimate->text()));
    estimate->findChild<QPushButton *>(QStringLiteral("costEstimateStart"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
    const QList<emulator::RequestRecord> records = m_emulator.records().mid(before);
    QVERIFY2(records.size() >= 3, qPrintable(QString::number(records.size())));
    for (qsizetype i = 0; i + 1 < records.size(); ++i) {
        QCOMPARE(QUrl::fromPercentEncoding(records.at(i).model.toUtf8()), kHaiku);
    }
    QCOMPARE(QUrl::fromPercentEncoding(records.last().model.toUtf8()), kSonnet);
}

void TestRemoteRun::cardNumberMovesTheChoiceToRestricted()
{
    m_emulator.setScenario({});
    const QString path = writeFile(m_inputs.path(), QStringLiteral("refund.txt"),
                                   "The rider paid with card 4111 1111 1111 1111 and was charged "
                                   "twice for the trip to the airport.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    QCOMPARE(window.runTargetChooser()->providerId(), QStringLiteral("bedrock-eu"));
    const qsizetype before = m_emulator.records().size();
    runOn(window, path, QStringLiteral("summarise"));
    QCOMPARE(window.runTargetChooser()->dataClass(), QStringLiteral("Restricted"));
    QCOMPARE(window.runTargetChooser()->providerId(), QStringLiteral("bedrock-restricted"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Restricted")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(m_emulator.records().size() - before, 1);
    const AuditEvent last = responses().last().event;
    QCOMPARE(last.providerId, QStringLiteral("bedrock-restricted"));
    QCOMPARE(last.dataClass, QStringLiteral("Restricted"));
    QCOMPARE(last.redactionCounts.value(QStringLiteral("CREDIT_CARD")), 1);
}

void TestRemoteRun::blockedChoiceSaysWhy()
{
    MainWindow window(m_context->pipeline());
    window.show();
    RunTargetChooser *chooser = window.runTargetChooser();
    QComboBox *classes = chooser->dataClassBox();
    classes->setCurrentIndex(classes->findData(QStringLiteral("Restricted")));
    // Only the zero-retention entry may receive Restricted data; the others say why not.
    QCOMPARE(chooser->providerId(), QStringLiteral("bedrock-restricted"));
    QComboBox *targets = chooser->targetBox();
    const int anthropic = targets->findData(QStringLiteral("anthropic-emu"), Qt::UserRole);
    QVERIFY(anthropic >= 0);
    const QString why = targets->itemData(anthropic, Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QStringLiteral("not approved for Restricted")), qPrintable(why));
    auto *label = window.findChild<QLabel *>(QStringLiteral("providerLabel"));
    QVERIFY(label->text().contains(QStringLiteral("Restricted")));
}

void TestRemoteRun::unreachableProviderSaysWhichAndNeverFallsBack()
{
    const QString path =
        writeFile(m_inputs.path(), QStringLiteral("nokey.txt"), "The depot opens at six.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    QComboBox *targets = window.runTargetChooser()->targetBox();
    targets->setCurrentIndex(targets->findData(QStringLiteral("nokey-emu"), Qt::UserRole));
    const qsizetype before = m_emulator.records().size();
    runOn(window, path, QStringLiteral("summarise"));
    QCOMPARE(m_emulator.records().size(), before); // nothing reached any provider
    const QString message = window.findChild<OutputView *>()->messageText();
    QVERIFY2(message.contains(QStringLiteral("Claude without a key (emulated)")) ||
                 message.contains(QStringLiteral("nokey-emu")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("key")), qPrintable(message));
    QCOMPARE(window.runTargetChooser()->providerId(), QStringLiteral("nokey-emu"));
    QCOMPARE(responses().last().event.providerId, QStringLiteral("nokey-emu"));
    QVERIFY(responses().last().event.status.startsWith(QStringLiteral("error:auth")));
}

void TestRemoteRun::retryIsAnnouncedAndEachAttemptIsAudited()
{
    emulator::Scenario scenario;
    emulator::Step busy;
    busy.fault = emulator::Fault::RateLimit;
    busy.retryAfterSeconds = 1;
    scenario.steps = {busy};
    m_emulator.setScenario(scenario);
    const qsizetype before = m_emulator.records().size();
    const qsizetype eventsBefore = m_context->auditLog().events().value().size();
    const QString path =
        writeFile(m_inputs.path(), QStringLiteral("busy.txt"), "The depot opens at six.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    // What the status bar's stage label says while the run waits (it has no change signal).
    auto *stage = window.findChild<QLabel *>(QStringLiteral("stageLabel"));
    QVERIFY(stage);
    QStringList shown;
    QTimer watch;
    connect(&watch, &QTimer::timeout, &window, [&] {
        if (shown.isEmpty() || shown.constLast() != stage->text()) {
            shown.append(stage->text());
        }
    });
    watch.start(20);
    runOn(window, path, QStringLiteral("summarise"));
    watch.stop();

    // The wait is announced where the user looks (was silent).
    QVERIFY2(shown.join(QLatin1Char('|')).contains(QStringLiteral("busy — retrying in 1 s")),
             qPrintable(shown.join(QLatin1Char('|'))));
    // Two HTTP sends reached the emulator; the audit log has each one: a request per attempt
    // and the first attempt's answer (429) as its own response event.
    const qsizetype sends = m_emulator.records().size() - before;
    QCOMPARE(sends, 2);
    const QList<StoredAuditEvent> events = m_context->auditLog().events().value().mid(eventsBefore);
    QStringList requests;
    QStringList answers;
    for (const StoredAuditEvent &e : events) {
        if (e.event.action == auditAction::request) {
            requests.append(e.event.operation);
        } else if (e.event.action == auditAction::response) {
            answers.append(e.event.status + QLatin1Char(' ') + e.event.operation);
        }
    }
    QCOMPARE(requests.size(), sends);
    QCOMPARE(requests, (QStringList{QStringLiteral("attempt:1"), QStringLiteral("attempt:2")}));
    QCOMPARE(answers.size(), 2);
    QVERIFY2(answers.first().startsWith(QStringLiteral("retried:provider attempt:1;http:429;")),
             qPrintable(answers.first()));
    QCOMPARE(answers.last(), QStringLiteral("ok attempt:2"));
}

void TestRemoteRun::openFilesPutsThemInTheInputList()
{
    const QString a = writeFile(m_inputs.path(), QStringLiteral("a.txt"), "First note.\n");
    const QString b = writeFile(m_inputs.path(), QStringLiteral("b.txt"), "Second note.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    window.openFiles({a, b, m_inputs.filePath(QStringLiteral("missing.txt"))});
    QTRY_VERIFY_WITH_TIMEOUT(namedAction(&window, QStringLiteral("actionRun"))->isEnabled(), 20000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("missing.txt")));
}

void TestRemoteRun::screenshot()
{
    const QString dir = qEnvironmentVariable("PROMPTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set PROMPTDESK_SCREENSHOT_DIR to write main-window.png");
    }
    emulator::Scenario scenario;
    emulator::Step step;
    step.text =
        QStringLiteral("**Incident 2024-117 (checkout outage)**\n\n"
                       "- Checkout was down for 53 minutes on Tuesday morning.\n"
                       "- The cause was an expired certificate on the payment gateway connection.\n"
                       "- About 340 orders were lost; affected customers get a 10% voucher.\n"
                       "- Certificate expiry is now monitored 30 days ahead.\n"
                       "- Write to the incident lead, [EMAIL_1], with any questions.");
    scenario.steps = {step};
    scenario.chunkDelayMs = 0;
    m_emulator.setScenario(scenario);
    const QString path = writeFile(
        m_inputs.path(), QStringLiteral("incident-report-2024-117.txt"),
        "Incident 2024-117: the web shop checkout was down for 53 minutes on Tuesday morning. "
        "The cause was an expired certificate on the payment gateway connection. "
        "About 340 orders were not completed. Affected customers will receive a 10% voucher. "
        "For questions contact the incident lead at sam.rivera@example-shop.invalid.\n");
    MainWindow window(m_context->pipeline());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runOn(window, path, QStringLiteral("summarise"));
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
}

void TestRemoteRun::userEntryRedirectingAPolicyProviderIsRefusedAndAudited()
{
    // Refused when the app started (initTestCase wrote the entry), with an audit event that
    // names the provider, the rule and where it would have gone; runs still reach the
    // policy's address (runReachesBedrockAndRestoresPlaceholders sees them at the emulator).
    const QList<StoredAuditEvent> all = m_context->auditLog().events().value();
    const auto refused = std::find_if(all.cbegin(), all.cend(), [](const StoredAuditEvent &e) {
        return e.event.action == auditAction::blocked &&
               e.event.operation == QStringLiteral("providers-json");
    });
    QVERIFY(refused != all.cend());
    QCOMPARE(refused->event.providerId, QStringLiteral("bedrock-eu"));
    QCOMPARE(refused->event.policyRule, QStringLiteral("providers.connection"));
    QCOMPARE(refused->event.endpointHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(refused->event.status, QStringLiteral("blocked"));
}

QTEST_MAIN(TestRemoteRun)
#include "test_remote_run.moc"

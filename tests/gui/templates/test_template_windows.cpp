// The templates features as the user meets them in the window, over the real pipeline classes
// with an in-process remote model (PageEchoProvider) and the offline engine:
// - Run > Compare Models shows two models' answers with tokens, cost, first token and speed,
//   and a vote reaches Help > Model Usage (acceptance 3);
// - an extraction result shows as a table, edits stay, and it exports to CSV and XLSX with the
//   schema's columns (acceptance 2);
// - a long input shows the cost estimate first, "chunk N of M" progress, and page citations
//   that open the cited page's text;
// - Templates > Manage Templates duplicates a built-in into the user's folder and the picker
//   offers it at once.
#include "compare_dialog.h"
#include "compare_view.h"
#include "documents/local_document_reader.h"
#include "drop_zone.h"
#include "extraction_table_view.h"
#include "fake_pipeline.h"
#include "gui_helpers.h"
#include "main_window.h"
#include "output_view.h"
#include "page_echo_provider.h"
#include "page_source_dialog.h"
#include "providers/offline/offline_provider.h"
#include "redaction/pattern_redactor.h"
#include "template_editor.h"
#include "template_manager_dialog.h"
#include "template_picker.h"
#include "template_run_controller.h"
#include "usage_dashboard.h"
#include "usage_dialog.h"

#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace promptdesk;
using promptdesk::testing::namedAction;
using promptdesk::testing::PageEchoProvider;

namespace {

QByteArray zipEntry(const QString &path, const QString &entry)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = input.readAll();
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry)) {
        return {};
    }
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

// A long input: pages separated by form feeds, page N naming N in its first sentence.
QString longDocument(int pages)
{
    QStringList texts;
    for (int n = 1; n <= pages; ++n) {
        QString text = QStringLiteral("Depot %1 reported %2 late deliveries this week. ")
                           .arg(n)
                           .arg(n * 3 + 1);
        text += QStringLiteral("Drivers noted congestion near the ring road during the morning "
                               "shift and asked for earlier loading slots. ")
                    .repeated(14);
        texts.append(text);
    }
    return texts.join(QLatin1Char('\f'));
}

} // namespace

class TestTemplateWindows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void compareShowsTwoModelsWithCostAndSpeed();
    void extractionShowsTableAndExportsCsvAndXlsx();
    void longInputShowsEstimateProgressAndCitedPages();
    void cancelKeepsThePartialResult();
    void declinedEstimateSendsNothing();
    void offlineEngineRunsLongInputWithoutAsking();
    void answerCutAtTheLimitCanBeContinued();
    void manageTemplatesDuplicatesIntoTheUserFolder();
    void screenshots();

private:
    void typeNotes(MainWindow &window, const QString &text);

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    LocalDocumentReader m_reader;
    std::unique_ptr<Redactor> m_redactor;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<BuiltinPolicy> m_policy;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::shared_ptr<PageEchoProvider> m_echo;
    testing::FakeAuditLog m_audit;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TestTemplateWindows::initTestCase()
{
    qputenv("PROMPTDESK_CONFIG_DIR", m_config.path().toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_data.path().toUtf8());
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestTemplateWindows::init()
{
    m_redactor = PatternRedactor::withDefaultDetectors();
    m_templates = std::make_unique<TemplateLibrary>(
        TemplateLibrary::loadBuiltins(QLocale(QLocale::English)).value());
    m_policy = std::make_unique<BuiltinPolicy>(
        QStringList{QStringLiteral("offline"), QStringLiteral("echo")});
    m_providers = std::make_unique<ProviderRegistry>();
    m_echo = std::make_shared<PageEchoProvider>(QStringLiteral("echo"));
    m_echo->setDelayMs(20);
    m_providers->add(std::make_shared<OfflineProvider>());
    m_providers->add(m_echo);
    m_providers->add(std::make_shared<PageEchoProvider>(QStringLiteral("unapproved")));
    m_providers->setDefaultProviderId(QStringLiteral("echo"));
    PipelineServices s;
    s.documents = &m_reader;
    s.redactor = m_redactor.get();
    s.templates = m_templates.get();
    s.policy = m_policy.get();
    s.providers = m_providers.get();
    s.audit = &m_audit;
    s.userName = QStringLiteral("tester");
    s.deviceName = QStringLiteral("test-device");
    m_pipeline = std::make_unique<Pipeline>(s);
}

void TestTemplateWindows::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w)) {
            w->close();
        }
    }
    m_pipeline.reset();
    m_providers.reset();
    m_echo.reset();
}

void TestTemplateWindows::typeNotes(MainWindow &window, const QString &text)
{
    window.findChild<DropZone *>()->notesEdit()->setPlainText(text);
    QTRY_VERIFY_WITH_TIMEOUT(namedAction(&window, QStringLiteral("actionRun"))->isEnabled(), 10000);
}

void TestTemplateWindows::compareShowsTwoModelsWithCostAndSpeed()
{
    m_echo->setScriptedAnswers({QStringLiteral(
        "The canteen closes early on Friday, a new menu starts on Monday, and staff may bring "
        "guests to the summer party.")});
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, QStringLiteral("The canteen closes at three on Friday. The new menu starts "
                                     "on Monday. Staff may bring guests to the summer party."));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("summarise-brief")));

    QAction *compare = namedAction(&window, QStringLiteral("actionCompareModels"));
    QVERIFY(!compare->shortcut().isEmpty());
    compare->trigger();
    CompareDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<CompareDialog>()) != nullptr, 5000);

    // Only what the policy approves is offered: the offline engine and both echo models.
    QStringList offered;
    for (int i = 0; i < dialog->modelList()->count(); ++i) {
        offered.append(dialog->modelList()->item(i)->text());
    }
    QCOMPARE(offered.size(), 3);
    QVERIFY(!offered.join(QLatin1Char(',')).contains(QStringLiteral("unapproved")));
    const int offline =
        static_cast<int>(offered.indexOf(QRegularExpression(QStringLiteral("^(?!Echo).*"))));
    const int echo = static_cast<int>(offered.indexOf(QStringLiteral("Echo echo · Echo large")));
    QVERIFY2(offline >= 0 && echo >= 0, qPrintable(offered.join(QStringLiteral(" | "))));
    dialog->setChecked({offline, echo});
    QVERIFY(dialog->compareButton()->isEnabled());

    QSignalSpy done(dialog, &CompareDialog::comparisonFinished);
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));

    CompareView *view = dialog->view();
    QCOMPARE(view->columnCount(), 2);
    const int first = offline < echo ? 0 : 1; // columns follow the list order
    const int second = 1 - first;
    QVERIFY2(!view->outputText(first).trimmed().isEmpty(), "the offline answer is missing");
    QVERIFY2(!view->outputText(second).trimmed().isEmpty(), "the echo answer is missing");
    for (int column : {first, second}) {
        const QString figures = view->figuresText(column);
        qInfo().noquote() << "column" << column << ":" << figures;
        QVERIFY2(figures.contains(QStringLiteral("out tokens")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("first token")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("tokens/s")), qPrintable(figures));
    }
    // The echo model has a list price: its cost shows in dollars.
    QVERIFY2(view->figuresText(second).contains(
                 QRegularExpression(QStringLiteral("\\$0\\.\\d{3}[1-9]"))),
             qPrintable(view->figuresText(second)));

    // "This answer is better" records a vote that Help > Model Usage shows.
    auto *vote = view->findChild<QPushButton *>(QStringLiteral("compareVote_%1").arg(second));
    QVERIFY(vote && vote->isEnabled());
    QTest::mouseClick(vote, Qt::LeftButton);
    QCOMPARE(view->winner(), second);
    QVERIFY(QFileInfo::exists(m_data.filePath(QStringLiteral("compare-votes.jsonl"))));
    dialog->close();

    namedAction(&window, QStringLiteral("actionModelUsage"))->trigger();
    UsageDialog *usage = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((usage = topLevel<UsageDialog>()) != nullptr, 5000);
    QTableWidget *grid = usage->dashboard()->grid();
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->item(0, 0)->text(), QStringLiteral("echo/echo-large"));
    QCOMPARE(grid->item(0, 3)->text(), QStringLiteral("100 %"));
    usage->close();
}

void TestTemplateWindows::extractionShowsTableAndExportsCsvAndXlsx()
{
    m_echo->setScriptedAnswers({QStringLiteral(
        R"({"rows":[{"task":"Send the budget","owner":"Dana","due_date":"2026-12-01"},)"
        R"({"task":"Book room four","owner":"Sam","due_date":"2026-12-03"}]})")});
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, QStringLiteral("Dana sends the budget by 1 December. Sam books room four "
                                     "by 3 December."));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("extract-action-items")));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);

    ExtractionTableView *tableView = window.extractionTable();
    QVERIFY(tableView->isVisible());
    auto *grid = tableView->findChild<QTableWidget *>(QStringLiteral("extractionGrid"));
    QCOMPARE(grid->columnCount(), 3);
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->horizontalHeaderItem(0)->text(), QStringLiteral("Task"));
    QCOMPARE(grid->horizontalHeaderItem(2)->text(), QStringLiteral("Due date"));
    QCOMPARE(grid->item(1, 1)->text(), QStringLiteral("Sam"));
    // The user corrects a cell; exports write what is shown.
    grid->item(1, 1)->setText(QStringLiteral("Kim"));

    const QString csvPath = m_data.filePath(QStringLiteral("actions.csv"));
    const QString xlsxPath = m_data.filePath(QStringLiteral("actions.xlsx"));
    QVERIFY(tableView->exportTo(csvPath).ok());
    QVERIFY(tableView->exportTo(xlsxPath).ok());

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QString csvText = QString::fromUtf8(csv.readAll());
    csvText.remove(QChar(0xFEFF));
    const QStringList lines = csvText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Task,Owner,Due date"));
    QCOMPARE(lines.at(2), QStringLiteral("Book room four,Kim,2026-12-03"));

    const QString sheet =
        QString::fromUtf8(zipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(!sheet.isEmpty(), "the workbook has no first sheet");
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"[^>]*><is><t[^>]*>([^<]*)</t>"));
    QMap<QString, QString> cells;
    for (auto it = cell.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        cells.insert(m.captured(1), m.captured(2));
    }
    QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("Task"));
    QCOMPARE(cells.value(QStringLiteral("B1")), QStringLiteral("Owner"));
    QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("Due date"));
    QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("Send the budget"));
    QCOMPARE(cells.value(QStringLiteral("B3")), QStringLiteral("Kim"));
    QCOMPARE(cells.size(), 9);
}

void TestTemplateWindows::longInputShowsEstimateProgressAndCitedPages()
{
    m_echo->setReduceKeepEvery(1); // the summary keeps every note, so every page is cited
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, longDocument(120));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("summarise-detailed")));
    auto *stage = window.findChild<QLabel *>(QStringLiteral("stageLabel"));
    QStringList stages;
    namedAction(&window, QStringLiteral("actionRun"))->trigger();

    // The estimate comes first; nothing is sent before the user agrees.
    QTRY_VERIFY_WITH_TIMEOUT(window.templateRun() && window.templateRun()->estimateBox(), 20000);
    QMessageBox *box = window.templateRun()->estimateBox();
    QVERIFY2(box->text().contains(QStringLiteral("parts")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("$")), qPrintable(box->text()));
    QCOMPARE(m_echo->received().size(), 0);
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!stages.contains(stage->text())) {
            stages.append(stage->text());
        }
    });
    poll.start(5);
    box->findChild<QPushButton *>(QStringLiteral("costEstimateStart"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
    poll.stop();

    static const QRegularExpression progress(
        QStringLiteral("^chunk \\d+ of (\\d+) · (< )?\\$\\d+\\.\\d{4} so far$"));
    QStringList progressLines = stages.filter(progress);
    QVERIFY2(progressLines.size() >= 2, qPrintable(stages.join(QStringLiteral(" | "))));
    QVERIFY2(stage->text().contains(QStringLiteral("chunk")), qPrintable(stage->text()));

    // Citations link to the source pages; following one shows that page's own text.
    OutputView *output = window.outputView();
    QVERIFY(output->markdown().contains(QStringLiteral("[p. 7]")));
    QVERIFY(output->browser()->toHtml().contains(QStringLiteral("page:7")));
    Q_EMIT output->browser()->anchorClicked(QUrl(QStringLiteral("page:7")));
    PageSourceDialog *page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = topLevel<PageSourceDialog>()) != nullptr, 5000);
    QVERIFY2(page->pageText().startsWith(QStringLiteral("Depot 7 reported 22 late deliveries")),
             qPrintable(page->pageText().left(80)));
    // A link that is no citation of ours opens nothing.
    page->close();
    Q_EMIT output->browser()->anchorClicked(QUrl(QStringLiteral("https://example.com/")));
    QTest::qWait(50);
    QVERIFY(!topLevel<PageSourceDialog>());
}

void TestTemplateWindows::cancelKeepsThePartialResult()
{
    m_echo->setDelayMs(300); // slow answers: the first wave of four parts is done in ~0.3 s
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, longDocument(120));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("summarise-detailed")));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.templateRun() && window.templateRun()->estimateBox(), 20000);
    window.templateRun()
        ->estimateBox()
        ->findChild<QPushButton *>(QStringLiteral("costEstimateStart"))
        ->click();
    auto *stage = window.findChild<QLabel *>(QStringLiteral("stageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(stage->text().startsWith(QStringLiteral("chunk 4 of")), 20000);
    QAction *cancel = namedAction(&window, QStringLiteral("actionCancel"));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);

    OutputView *output = window.outputView();
    QVERIFY2(output->markdown().contains(QStringLiteral("[p. 1]")),
             qPrintable(output->markdown().left(200)));
    QVERIFY2(output->messageText().contains(QStringLiteral("partial")),
             qPrintable(output->messageText()));
    QVERIFY(namedAction(&window, QStringLiteral("actionRun"))->isEnabled());
}

void TestTemplateWindows::declinedEstimateSendsNothing()
{
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, longDocument(120));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.templateRun() && window.templateRun()->estimateBox(), 20000);
    window.templateRun()->estimateBox()->reject(); // Cancel / Escape
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
    QCOMPARE(m_echo->received().size(), 0);
    QVERIFY2(window.outputView()->messageText().contains(QStringLiteral("nothing")),
             qPrintable(window.outputView()->messageText()));
    QVERIFY(namedAction(&window, QStringLiteral("actionRun"))->isEnabled());
}

void TestTemplateWindows::offlineEngineRunsLongInputWithoutAsking()
{
    // The built-in engine sends nothing and costs nothing: no estimate to agree to.
    m_providers->setDefaultProviderId(QStringLiteral("offline"));
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, longDocument(120));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("summarise-detailed")));
    bool asked = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        asked = asked || (window.templateRun() && window.templateRun()->estimateBox());
    });
    poll.start(5);
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
    poll.stop();
    QVERIFY(!asked);
    QVERIFY(window.outputView()->hasOutput());
    QCOMPARE(m_echo->received().size(), 0);
}

void TestTemplateWindows::answerCutAtTheLimitCanBeContinued()
{
    m_echo->setTruncateNext(1);
    m_echo->setScriptedAnswers({QStringLiteral("The canteen closes early"),
                                QStringLiteral(" on Friday; the new menu starts on Monday.")});
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, QStringLiteral("The canteen closes at three on Friday. The new menu starts "
                                     "on Monday."));
    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("summarise-brief")));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
    auto *more = window.findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(more);
    QVERIFY(more->isVisible());
    QCOMPARE(window.outputView()->markdown(), QStringLiteral("The canteen closes early"));

    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
    QCOMPARE(window.outputView()->markdown(),
             QStringLiteral("The canteen closes early on Friday; the new menu starts on Monday."));
    QVERIFY(!more->isVisible()); // complete now
    QCOMPARE(m_echo->received().size(), 2);
    const QList<ChatMessage> sent = m_echo->received().last().messages;
    QCOMPARE(sent.at(sent.size() - 2).content, QStringLiteral("The canteen closes early"));
}

void TestTemplateWindows::manageTemplatesDuplicatesIntoTheUserFolder()
{
    MainWindow window(*m_pipeline);
    QVERIFY(!namedAction(&window, QStringLiteral("actionManageTemplates"))->isEnabled());
    window.setEditableTemplates(m_templates.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    namedAction(&window, QStringLiteral("actionManageTemplates"))->trigger();
    TemplateManagerDialog *manager = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((manager = topLevel<TemplateManagerDialog>()) != nullptr, 5000);
    QCOMPARE(manager->list()->count(), static_cast<int>(m_templates->all().size()));

    QVERIFY(manager->selectId(QStringLiteral("summarise-brief")));
    manager->duplicateSelected();
    TemplateEditor *editor = manager->editor();
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    const QString copyId = editor->editedTemplate().id;
    QCOMPARE(copyId, QStringLiteral("summarise-brief-copy"));
    editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();

    const QString file =
        m_config.filePath(QStringLiteral("templates/") + copyId + QStringLiteral(".json"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 5000);
    QVERIFY(m_templates->find(copyId));
    QVERIFY(window.templatePicker()->setTemplateId(copyId));

    // Exported, deleted, imported back.
    QVERIFY(manager->selectId(copyId));
    const QString shared = m_data.filePath(QStringLiteral("shared.json"));
    QVERIFY(manager->exportSelected(shared).ok());
    QVERIFY(manager->deleteSelected().ok());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!m_templates->find(copyId));
    const Result<QString> imported = manager->importFrom(shared);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value(), copyId);
    QVERIFY(QFileInfo::exists(file));
    // Built-ins cannot be deleted.
    QVERIFY(manager->selectId(QStringLiteral("summarise")));
    QVERIFY(!manager->deleteSelected().ok());
    manager->close();
}

void TestTemplateWindows::screenshots()
{
    // Screenshots of the compare window and an extraction result, for the README and reviews.
    const QString dir = qEnvironmentVariable("PROMPTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set PROMPTDESK_SCREENSHOT_DIR to write compare.png and extraction.png");
    }
    QVERIFY(QDir().mkpath(dir));
    m_echo->setScriptedAnswers(
        {QStringLiteral("The canteen closes early on Friday; the new menu starts on Monday."),
         QStringLiteral(R"({"rows":[{"task":"Send the budget","owner":"Dana",)"
                        R"("due_date":"2026-12-01"}]})")});
    MainWindow window(*m_pipeline);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNotes(window, QStringLiteral("The canteen closes at three on Friday. The new menu starts "
                                     "on Monday. Dana sends the budget by 1 December."));
    namedAction(&window, QStringLiteral("actionCompareModels"))->trigger();
    CompareDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<CompareDialog>()) != nullptr, 5000);
    dialog->setChecked({0, 2});
    QSignalSpy done(dialog, &CompareDialog::comparisonFinished);
    dialog->startComparison();
    QVERIFY(done.wait(20000));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("compare.png"))));
    dialog->close();

    QVERIFY(window.templatePicker()->setTemplateId(QStringLiteral("extract-action-items")));
    namedAction(&window, QStringLiteral("actionRun"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("extraction.png"))));
}

QTEST_MAIN(TestTemplateWindows)
#include "test_template_windows.moc"

// The main window over the real composition root, driven through named actions.
// PROMPTDESK_CONFIG_DIR / PROMPTDESK_DATA_DIR point into a temporary directory, so the
// privacy check can read every byte the app wrote.
#include "app_context.h"
#include "core/app_paths.h"
#include "drop_zone.h"
#include "gui_helpers.h"
#include "input_list.h"
#include "main_window.h"
#include "output_view.h"
#include "template_picker.h"
#include "test_support.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace promptdesk;
using namespace promptdesk::testing;

class TestAppFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowShowsDropZoneTemplatesAndOfflineProvider();
    void droppedFileIsSummarised();
    void personalDataNeverReachesDisk();
    void badInputShowsClearMessage();
    void scannedImageIsExtractedThroughOcr();
    void screenshot();

private:
    // Drops `path` on the window's drop zone, runs Summarise and waits for the job to end.
    void summarise(MainWindow &window, const QString &path);

    QTemporaryDir m_state;  // config + data dirs of the app under test
    QTemporaryDir m_inputs; // the user's documents (outside the app's dirs)
    std::unique_ptr<AppContext> m_context;
};

namespace {

const QByteArray kDistinctive = QByteArrayLiteral("Zanzibar-Quokka-7781");
const QByteArray kEmail = QByteArrayLiteral("morgan.example@contoso-test.invalid");

QString statusText(MainWindow &window)
{
    QStringList parts;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible()) {
            parts.append(label->text());
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

void TestAppFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_state.isValid());
    QVERIFY(m_inputs.isValid());
    qputenv("PROMPTDESK_CONFIG_DIR", m_state.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_state.filePath(QStringLiteral("data")).toUtf8());
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();
}

void TestAppFlow::summarise(MainWindow &window, const QString &path)
{
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(dropUrls(dropZone, {QUrl::fromLocalFile(path)}));
    QCOMPARE(dropZone->filePath(), path);
    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(QStringLiteral("summarise")));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    // The dropped file is read in a worker thread first; Run is enabled when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
}

void TestAppFlow::windowShowsDropZoneTemplatesAndOfflineProvider()
{
    MainWindow window(m_context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString shown = statusText(window);
    QVERIFY2(shown.contains(QStringLiteral("Drop a document here, or paste your notes")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Run uses: Offline")), qPrintable(shown));
    QStringList names;
    for (QRadioButton *button : window.findChild<TemplatePicker *>()->templateButtons()) {
        QVERIFY(button->isVisible());
        names.append(button->accessibleName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Summarise"), QStringLiteral("Rewrite"),
                                 QStringLiteral("Extract")}));
}

void TestAppFlow::droppedFileIsSummarised()
{
    const QString path =
        writeFile(m_inputs.path(), QStringLiteral("canteen.txt"),
                  "The canteen on the third floor will close for renovation from 3 March. "
                  "During the works, lunch is served in the ground-floor meeting room. "
                  "The coffee machines stay available on every floor. "
                  "Questions go to the facilities team.\n");
    MainWindow window(m_context->pipeline());
    window.show();
    summarise(window, path);

    auto *output = window.findChild<OutputView *>();
    QVERIFY2(output->messageText().isEmpty(), qPrintable(output->messageText()));
    const QString text = output->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("canteen on the third floor will close")) ||
                 text.contains(QStringLiteral("lunch is served in the ground-floor meeting room")),
             qPrintable(text));
    QVERIFY(output->isBasicNoteVisible());
    QVERIFY(namedAction(&window, QStringLiteral("actionRun"))->isEnabled());
}

void TestAppFlow::personalDataNeverReachesDisk()
{
    const QString path = writeFile(
        m_inputs.path(), QStringLiteral("ticket.txt"),
        "Ticket " + kDistinctive + ": the customer reports that invoices are sent twice. " +
            "Please reply to " + kEmail + " once the billing run is fixed. " +
            "The duplicate invoices started after the upgrade on Monday.\n");
    {
        MainWindow window(m_context->pipeline());
        window.show();
        summarise(window, path);
        QVERIFY2(window.findChild<OutputView *>()->messageText().isEmpty(),
                 qPrintable(window.findChild<OutputView *>()->messageText()));
    }

    // The audit log holds no content at all: neither the text nor the e-mail address.
    {
        const QString connection = QStringLiteral("privacy-check-audit");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_context->paths().auditDatabase());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const QStringList tables = db.tables(QSql::AllTables);
        QVERIFY(!tables.isEmpty());
        int rows = 0;
        for (const QString &table : tables) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (query.next()) {
                ++rows;
                for (int column = 0; column < query.record().count(); ++column) {
                    const QVariant value = query.value(column);
                    const QByteArray bytes = value.typeId() == QMetaType::QByteArray
                                                 ? value.toByteArray()
                                                 : value.toString().toUtf8();
                    QVERIFY2(
                        !bytes.contains(kDistinctive) && !bytes.contains(kEmail),
                        qPrintable(table + QStringLiteral(".") + query.record().fieldName(column)));
                }
            }
        }
        QVERIFY2(rows > 0, "the audit log recorded nothing");
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }

    // No file the app wrote (settings, history, audit, their journals) holds the address.
    const QByteArray emailUtf16(reinterpret_cast<const char *>(QString::fromUtf8(kEmail).utf16()),
                                kEmail.size() * 2);
    int files = 0;
    QDirIterator it(m_state.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(kEmail) && !bytes.contains(emailUtf16), qPrintable(file));
    }
    QVERIFY2(files > 0, "the app wrote no files");
}

void TestAppFlow::badInputShowsClearMessage()
{
    MainWindow window(m_context->pipeline());
    window.show();
    auto *output = window.findChild<OutputView *>();

    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i) {
        binary[i] = static_cast<char>((i * 7919) % 256);
    }
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("data.bin"), binary},
                                      std::pair{QStringLiteral("empty.txt"), QByteArray()}}) {
        summarise(window, writeFile(m_inputs.path(), name, bytes));
        const QString message = output->messageText();
        QVERIFY2(!message.isEmpty(), qPrintable(name));
        qInfo().noquote() << name << "->" << message;
        QVERIFY2(message.size() < 400 && !message.contains(QLatin1Char('\0')), qPrintable(message));
        QVERIFY(output->markdown().isEmpty());
        // Still usable.
        QVERIFY(namedAction(&window, QStringLiteral("actionRun"))->isEnabled());
        QVERIFY(window.isVisible());
    }
}

void TestAppFlow::scannedImageIsExtractedThroughOcr()
{
    const QImage scan =
        scannedPage({QStringLiteral("Licence class: B"), QStringLiteral("Issued: 12 May 2024"),
                     QStringLiteral("Depot: Northgate")});
    const QString path = m_inputs.filePath(QStringLiteral("licence-scan.png"));
    QVERIFY(scan.save(path));

    MainWindow window(m_context->pipeline());
    window.show();
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("jobProgress"));
    auto *inputs = window.findChild<InputList *>();
    QVERIFY(dropUrls(window.findChild<DropZone *>(), {QUrl::fromLocalFile(path)}));
    QTRY_VERIFY_WITH_TIMEOUT(!inputs->isBusy(), 30000);
    QCOMPARE(inputs->status(0), InputList::Status::NeedsOcr);

    // The user ticks OCR: the scan is read again, with progress in the status bar.
    bool progressShown = false;
    const QMetaObject::Connection watch =
        connect(inputs, &InputList::progressChanged, this, [&](int percent) {
            progressShown = progressShown || (percent >= 0 && progress->isVisible());
        });
    window.findChild<QCheckBox *>(QStringLiteral("ocrCheck"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(inputs->status(0) == InputList::Status::Ready, 60000);
    disconnect(watch);
    QVERIFY(progressShown);

    QVERIFY(window.findChild<TemplatePicker *>()->setTemplateId(QStringLiteral("extract")));
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
    auto *output = window.findChild<OutputView *>();
    QVERIFY2(output->messageText().isEmpty(), qPrintable(output->messageText()));
    const QString text = output->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Northgate")) || text.contains(QStringLiteral("2024")),
             qPrintable(text));
}

void TestAppFlow::screenshot()
{
    const QString dir = qEnvironmentVariable("PROMPTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set PROMPTDESK_SCREENSHOT_DIR to write main-window.png");
    }
    const QString path = writeFile(
        m_inputs.path(), QStringLiteral("incident-report-2024-117.txt"),
        "Incident 2024-117: the web shop checkout was down for 53 minutes on Tuesday morning. "
        "Between 09:12 and 10:05 most customers could not pay for their orders. "
        "The payment page returned an error after the card details were entered. "
        "The cause was an expired certificate on the payment gateway connection. "
        "The on-call engineer renewed the certificate at 09:58 and checkout recovered by 10:05. "
        "About 340 orders were not completed during the outage. "
        "Customer support received 52 tickets and answered all of them the same day. "
        "Affected customers will receive a 10% voucher by e-mail. "
        "Certificate expiry is now monitored with an alert 30 days before the date. "
        "For questions contact the incident lead at sam.rivera@example-shop.invalid "
        "or call the service desk on +44 20 7946 0958.\n");
    MainWindow window(m_context->pipeline());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    summarise(window, path);
    QVERIFY2(window.findChild<OutputView *>()->messageText().isEmpty(),
             qPrintable(window.findChild<OutputView *>()->messageText()));
    QTest::qWait(200); // let the last render and the status bar settle
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
}

QTEST_MAIN(TestAppFlow)
#include "test_app_flow.moc"

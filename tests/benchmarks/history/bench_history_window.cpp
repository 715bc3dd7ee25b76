// The history window on 100,000 entries. Prints, does not judge (the machine may be shared):
//  - open: time from File > History… to the first rows shown (dialog built, first page of
//    the newest entries listed, window exposed), next to the same first page read from the
//    store alone in this process (the ratio is what the window adds);
//  - search in the window by words and by a person's name (keyed index, when the keychain
//    is there): median of the typed-and-listed time, next to the store's own search;
//  - memory: resident set before and after the window is open.
// Exit code 1 only when an operation fails.
#include "app_context.h"
#include "core/app_paths.h"
#include "history/history_store.h"
#include "history/sqlite_history_store.h"
#include "history_dialog.h"
#include "pipeline/pipeline.h"
#include "test_support.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace promptdesk;

namespace {

constexpr int kJobs = 100000;
constexpr int kSealed = 1000; // saved through the store: vault and keyed index

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

bool fill(SqliteHistoryStore &store, const QString &path)
{
    for (int i = 0; i < kSealed; ++i) {
        HistoryEntry e;
        e.createdUtc = QDateTime::currentDateTimeUtc().addSecs(-kJobs + i);
        e.jobId = QStringLiteral("job-%1").arg(i);
        e.templateId = QStringLiteral("summarise");
        e.providerId = QStringLiteral("bedrock-eu");
        e.dataClass = QStringLiteral("Internal");
        e.status = QStringLiteral("ok");
        e.sourceName = QStringLiteral("ticket-%1.txt").arg(i);
        e.redactedInput = QStringLiteral("[PERSON_1] asked about invoice %1 for the depot.").arg(i);
        e.redactedOutput = QStringLiteral("[PERSON_1] asked about an invoice.");
        e.vault = {
            {QStringLiteral("[PERSON_1]"), QStringLiteral("Person Number%1 Example").arg(i)}};
        if (!store.save(e)) {
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
    db.setDatabaseName(path);
    bool ok = db.open() && db.transaction();
    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO jobs (created_utc, job_id, template_id, provider, model, source_name, "
            "status, data_class, redacted_input, redacted_output) VALUES (?, ?, ?, ?, ?, ?, 'ok', "
            "'Internal', ?, ?)"));
        const QStringList topics = {QStringLiteral("signage"), QStringLiteral("pickup"),
                                    QStringLiteral("refund"),  QStringLiteral("umbrella"),
                                    QStringLiteral("invoice"), QStringLiteral("driver")};
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-kJobs + kSealed);
        for (int i = kSealed; ok && i < kJobs; ++i) {
            const QString &topic = topics.at(i % topics.size());
            insert.addBindValue(start.addSecs(i - kSealed).toString(Qt::ISODateWithMs));
            insert.addBindValue(QStringLiteral("job-%1").arg(i));
            insert.addBindValue(i % 3 ? QStringLiteral("summarise") : QStringLiteral("rewrite"));
            insert.addBindValue(i % 2 ? QStringLiteral("bedrock-eu") : QStringLiteral("offline"));
            insert.addBindValue(i % 2 ? QStringLiteral("eu.anthropic.claude-haiku-4-5")
                                      : QString());
            insert.addBindValue(QStringLiteral("ticket-%1.txt").arg(i));
            insert.addBindValue(
                QStringLiteral("Ticket %1 about the %2 at depot %3 needs a reply from [PERSON_1].")
                    .arg(i)
                    .arg(topic)
                    .arg(i % 97));
            insert.addBindValue(QStringLiteral("Reply drafted about the %1.").arg(topic));
            ok = insert.exec();
            if (!ok) {
                std::fprintf(stderr, "bulk insert failed: %s\n",
                             qPrintable(insert.lastError().text()));
            }
        }
    }
    ok = ok && db.commit();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    qputenv("PROMPTDESK_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    const QString keyring = testing::ensureUnlockedKeyring();
    auto context = AppContext::create();
    if (!context || !context.value()->historyStore()) {
        std::fprintf(stderr, "could not open the app's history: %s\n",
                     context ? "history is off" : qPrintable(context.error().message));
        return 1;
    }
    SqliteHistoryStore &store = *context.value()->historyStore();
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(store, context.value()->paths().historyDatabase())) {
        return 1;
    }
    std::printf("history window: %d entries written in %.1f s\n", kJobs, msSince(fillTimer) / 1e3);
    const HistoryBrowser history = context.value()->pipeline().history();

    // Reference: the first page the window lists, read from the store alone.
    std::vector<double> storeOpenMs;
    for (int round = 0; round < 7; ++round) {
        HistoryQuery q;
        q.limit = 500;
        QElapsedTimer timer;
        timer.start();
        if (!store.search(q)) {
            return 1;
        }
        storeOpenMs.push_back(msSince(timer));
    }

    // Reference for the window part: an empty dialog of the same size shown and exposed.
    std::vector<double> emptyMs;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        QDialog empty;
        empty.resize(900, 600);
        empty.show();
        if (!QTest::qWaitForWindowExposed(&empty)) {
            return 1;
        }
        emptyMs.push_back(msSince(timer));
    }

    const double rssBefore = residentMiB();
    std::vector<double> openMs;
    std::unique_ptr<HistoryDialog> kept;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto dialog = std::make_unique<HistoryDialog>(history);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || dialog->rowCount() == 0) {
            std::fprintf(stderr, "the history window showed no rows\n");
            return 1;
        }
        openMs.push_back(msSince(timer));
        if (round == 0) {
            kept = std::move(dialog); // stays open for the memory figure and the searches
        }
    }
    QCoreApplication::processEvents();
    const double rssOpen = residentMiB();
    std::printf("history window: first rows after %.1f ms (median of 7) over %d entries, %d rows "
                "listed; the store alone %.1f ms, an empty dialog shown %.1f ms (window / "
                "(store + empty dialog) = %.2f)\n",
                median(openMs), kJobs, kept->rowCount(), median(storeOpenMs), median(emptyMs),
                median(openMs) / std::max(0.001, median(storeOpenMs) + median(emptyMs)));
    std::printf("history window: resident memory %.1f MiB before, %.1f MiB with the window open "
                "(+%.1f MiB)\n",
                rssBefore, rssOpen, rssOpen - rssBefore);

    const auto searchIn = [&](const QStringList &queries, const char *what) {
        std::vector<double> windowMs;
        std::vector<double> storeMs;
        int rows = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &text : queries) {
                QElapsedTimer timer;
                timer.start();
                kept->search(text);
                windowMs.push_back(msSince(timer));
                rows += kept->rowCount();
                HistoryQuery q;
                q.text = text;
                q.limit = 500;
                timer.restart();
                if (!store.search(q)) {
                    return false;
                }
                storeMs.push_back(msSince(timer));
            }
        }
        std::printf("history window: search by %s median %.1f ms in the window (target < 50 ms "
                    "for the store), the store alone %.1f ms (ratio %.2f), %d rows in %zu "
                    "searches\n",
                    what, median(windowMs), median(storeMs),
                    median(windowMs) / std::max(0.001, median(storeMs)), rows, windowMs.size());
        return true;
    };
    if (!searchIn({QStringLiteral("umbrella depot"), QStringLiteral("refund"),
                   QStringLiteral("ticket 4242")},
                  "words")) {
        return 1;
    }
    if (!history.originalsKept()) {
        std::printf("history window: search by name not measured: %s\n",
                    qPrintable(keyring.isEmpty() ? QStringLiteral("no keychain") : keyring));
    } else if (!searchIn({QStringLiteral("Person Number77 Example"), QStringLiteral("Number512"),
                          QStringLiteral("Person Number999 Example")},
                         "name")) {
        return 1;
    }
    return 0;
}

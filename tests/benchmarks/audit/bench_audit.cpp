// Audit log and history figures. Prints, does not judge (the machine may be shared):
//  - append: events/s through SqliteAuditLog::append (one transaction each, MAC + chain,
//    checkpoint every 1000) next to plain prepared SQLite inserts of one small row per
//    transaction in the same process and folder (the ratio is the cost of the chain);
//  - verify: microseconds per event and the projection to 1,000,000 events, next to a plain
//    SELECT over the same rows;
//  - storage: bytes per event of the audit file (after a WAL checkpoint);
//  - history search: median over 25 queries across 100,000 jobs (FTS5 + keyed index),
//    next to a plain indexed lookup by id.
// Exit code 1 only when an operation fails.

#include "audit/audit_chain.h"
#include "audit/sqlite_audit_log.h"
#include "crypto/crypto.h"
#include "history/sqlite_history_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace promptdesk;

namespace {

constexpr int kAppend = 5000;
constexpr int kVerify = 50000;
constexpr int kJobs = 100000;

AuditEvent sample(int i)
{
    AuditEvent e;
    e.action = i % 2 ? QStringLiteral("response") : QStringLiteral("request");
    e.jobId = QStringLiteral("5f0c8a52-1d7e-4c1a-9a43-%1").arg(i / 2, 12, 10, QLatin1Char('0'));
    e.user = QStringLiteral("jdoe");
    e.device = QStringLiteral("laptop-0042");
    e.appVersion = QStringLiteral("0.1.0");
    e.providerId = QStringLiteral("bedrock-eu");
    e.endpointHost = QStringLiteral("bedrock-runtime.eu-central-1.amazonaws.com");
    e.region = QStringLiteral("eu-central-1");
    e.modelRequested = QStringLiteral("anthropic.claude-3-haiku");
    e.policyVersion = QStringLiteral("2026.11-3");
    e.policyRule = QStringLiteral("providers.bedrock-eu");
    e.templateId = QStringLiteral("summarise");
    e.templateVersion = 3;
    e.redactionCounts = {{QStringLiteral("EMAIL"), 2}, {QStringLiteral("PERSON"), 3}};
    e.detectorVersion = QStringLiteral("email/1,phone/1,card/1,person/1");
    e.tokensIn = 1200 + i % 100;
    e.tokensOut = i % 2 ? 240 : -1;
    e.status = i % 2 ? QStringLiteral("ok") : QStringLiteral("sent");
    e.promptFingerprint = QStringLiteral("b2:0123456789abcdef0123456789abcdef");
    return e;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Plain SQLite: the same pragmas, one small row per transaction.
double referenceInsertsPerSecond(const QString &path, int count)
{
    double rate = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ref"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            db.transaction();
            insert.addBindValue(QStringLiteral("request"));
            insert.addBindValue(i);
            insert.exec();
            db.commit();
        }
        rate = count * 1000.0 / std::max<qint64>(1, timer.elapsed());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ref"));
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const AuditKeys keys = AuditKeys::generate();

    // Append.
    const QString appendPath = dir.filePath(QStringLiteral("append.sqlite"));
    double appendRate = 0;
    {
        auto log = SqliteAuditLog::open(appendPath, keys);
        if (!log) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(log.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kAppend; ++i) {
            if (!log.value()->append(sample(i))) {
                std::fprintf(stderr, "append failed\n");
                return 1;
            }
        }
        appendRate = kAppend * 1000.0 / std::max<qint64>(1, timer.elapsed());
    }
    const double referenceRate =
        referenceInsertsPerSecond(dir.filePath(QStringLiteral("ref.sqlite")), kAppend);
    std::printf("audit append: %.0f events/s (target >= 5000); plain SQLite insert per "
                "transaction: %.0f rows/s; "
                "ratio %.2f\n",
                appendRate, referenceRate, referenceRate > 0 ? appendRate / referenceRate : 0.0);

    // Verify: build kVerify events quickly by appending them (the log's own path).
    const QString verifyPath = dir.filePath(QStringLiteral("verify.sqlite"));
    {
        auto log = SqliteAuditLog::open(verifyPath, keys);
        for (int i = 0; i < kVerify; ++i) {
            if (!log.value()->append(sample(i))) {
                return 1;
            }
        }
    }
    {
        auto log = SqliteAuditLog::open(verifyPath, keys);
        QElapsedTimer timer;
        timer.start();
        const Result<AuditVerification> report = log.value()->verify();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!report || report->firstBadSequence >= 0) {
            std::fprintf(stderr, "verify failed\n");
            return 1;
        }
        // Reference: read the same rows with a plain SELECT of every column, no checking.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(verifyPath);
        db.open();
        double plainMs = 0;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QElapsedTimer plain;
            plain.start();
            q.exec(QStringLiteral("SELECT * FROM audit_events ORDER BY seq"));
            qint64 sum = 0;
            while (q.next()) {
                for (int c = 0; c < 33; ++c) {
                    sum += q.value(c).toByteArray().size();
                }
            }
            plainMs = static_cast<double>(plain.nsecsElapsed()) / 1e6;
            (void)sum;
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        std::printf("audit verify: %d events in %.0f ms = %.2f us/event, 1,000,000 events ~ %.2f s "
                    "(target < 2 s); "
                    "plain SELECT of the same rows: %.0f ms; ratio %.2f\n",
                    kVerify, ms, ms * 1000.0 / kVerify, ms * 1e6 / kVerify / 1e3, plainMs,
                    plainMs > 0 ? ms / plainMs : 0.0);
        std::printf("  %s\n", qPrintable(report->summary));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
        db.setDatabaseName(verifyPath);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("size"));
        const qint64 bytes = QFileInfo(verifyPath).size();
        std::printf("audit storage: %.0f bytes/event (target < 600), %lld bytes for %d events\n",
                    static_cast<double>(bytes) / kVerify, static_cast<long long>(bytes), kVerify);
    }

    // History search over kJobs jobs: 1,000 saved through the store (vault + keyed index),
    // the rest inserted in one transaction (the FTS triggers index them as they go in).
    const QString historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    const QByteArray vaultKey = crypto::randomBytes(32);
    {
        auto store = SqliteHistoryStore::open(historyPath, vaultKey);
        if (!store) {
            return 1;
        }
        for (int i = 0; i < 1000; ++i) {
            HistoryEntry e;
            e.createdUtc = QDateTime::currentDateTimeUtc();
            e.jobId = QStringLiteral("job-%1").arg(i);
            e.templateId = QStringLiteral("summarise");
            e.redactedInput =
                QStringLiteral("[PERSON_1] asked about invoice %1 for the depot.").arg(i);
            e.redactedOutput = QStringLiteral("[PERSON_1] asked about an invoice.");
            e.vault = {
                {QStringLiteral("[PERSON_1]"), QStringLiteral("Person Number%1 Example").arg(i)}};
            if (!store.value()->save(e)) {
                return 1;
            }
        }
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(historyPath);
        db.open();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO jobs (created_utc, job_id, template_id, redacted_input, "
                           "redacted_output) VALUES (?, ?, 'summarise', ?, ?)"));
        const QStringList topics = {QStringLiteral("signage"), QStringLiteral("pickup"),
                                    QStringLiteral("refund"),  QStringLiteral("umbrella"),
                                    QStringLiteral("invoice"), QStringLiteral("driver")};
        for (int i = 1000; i < kJobs; ++i) {
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            insert.addBindValue(QStringLiteral("job-%1").arg(i));
            insert.addBindValue(
                QStringLiteral("Ticket %1 about the %2 at depot %3 needs a reply from [PERSON_1].")
                    .arg(i)
                    .arg(topics.at(i % topics.size()))
                    .arg(i % 97));
            insert.addBindValue(
                QStringLiteral("Reply drafted about the %1.").arg(topics.at(i % topics.size())));
            if (!insert.exec()) {
                std::fprintf(stderr, "bulk insert failed: %s\n",
                             qPrintable(insert.lastError().text()));
                return 1;
            }
        }
        db.commit();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    }
    {
        auto store = SqliteHistoryStore::open(historyPath, vaultKey);
        const QStringList queries = {QStringLiteral("umbrella depot"), QStringLiteral("Number512"),
                                     QStringLiteral("Person Number77 Example"),
                                     QStringLiteral("refund"), QStringLiteral("ticket 4242")};
        std::vector<double> searchMs;
        std::vector<double> lookupMs;
        qsizetype found = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &text : queries) {
                HistoryQuery q;
                q.text = text;
                q.limit = 50;
                QElapsedTimer timer;
                timer.start();
                Result<QList<HistoryEntry>> hits = store.value()->search(q);
                searchMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (!hits) {
                    return 1;
                }
                found += hits->size();
                timer.restart();
                Result<HistoryEntry> one = store.value()->entry(1 + (round * 7919) % kJobs);
                lookupMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
        std::printf("history search: median %.2f ms over %d jobs (target < 50 ms), %lld hits in "
                    "%zu queries; "
                    "lookup by id: median %.3f ms\n",
                    median(searchMs), kJobs, static_cast<long long>(found), searchMs.size(),
                    median(lookupMs));
    }
    return 0;
}

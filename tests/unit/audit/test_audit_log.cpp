#include "sqlite_audit_log.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;

namespace {

AuditEvent sampleEvent(const QString &action)
{
    AuditEvent e;
    e.action = action;
    e.jobId = QStringLiteral("job-1");
    e.user = QStringLiteral("tester");
    e.device = QStringLiteral("host");
    e.appVersion = QStringLiteral("0.1.0");
    e.providerId = QStringLiteral("offline");
    e.modelRequested = QStringLiteral("offline-basic");
    e.policyVersion = QStringLiteral("builtin-1");
    e.templateId = QStringLiteral("summarise");
    e.templateVersion = 1;
    e.redactionCounts = {{QStringLiteral("EMAIL"), 2}};
    e.tokensIn = 120;
    e.tokensOut = 30;
    e.status = QStringLiteral("ok");
    return e;
}

// Runs raw SQL against the file as a tamperer with sqlite3 would, bypassing our API.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendNumbersEventsInSequence();
    void freshLogVerifiesIntact();
    void reopenedLogContinuesTheChain();
    void updatesAndDeletesAreRefused();
    void editedRowIsDetectedAndNamed();
    void deletedRowIsDetected();
    void schemaHasNoColumnForContent();
    void damagedFileIsReportedAndLeftUntouched();

private:
    QTemporaryDir m_dir;
    QString freshPath(const QString &name) { return m_dir.filePath(name); }
};

void TestAuditLog::appendNumbersEventsInSequence()
{
    auto log = SqliteAuditLog::open(freshPath(QStringLiteral("seq.sqlite")));
    QVERIFY(log.ok());
    QCOMPARE(log.value()->append(sampleEvent(QStringLiteral("request"))).value(), 1);
    QCOMPARE(log.value()->append(sampleEvent(QStringLiteral("response"))).value(), 2);
    const auto events = log.value()->events();
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(1).event.action, QStringLiteral("response"));
    QCOMPARE(events->at(1).previousHash, events->at(0).hash);
    QCOMPARE(events->at(0).event.redactionCounts.value(QStringLiteral("EMAIL")), 2);
    QCOMPARE(events->at(0).event.tokensIn, 120);
}

void TestAuditLog::freshLogVerifiesIntact()
{
    auto log = SqliteAuditLog::open(freshPath(QStringLiteral("fresh.sqlite")));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
    }
    const auto report = log.value()->verify();
    QCOMPARE(report->valid, 5);
    QCOMPARE(report->firstBadSequence, -1);
    QCOMPARE(report->summary, QStringLiteral("5/5 events valid, chain intact"));
}

void TestAuditLog::reopenedLogContinuesTheChain()
{
    const QString path = freshPath(QStringLiteral("reopen.sqlite"));
    {
        auto log = SqliteAuditLog::open(path);
        QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
    }
    auto log = SqliteAuditLog::open(path);
    QCOMPARE(log.value()->append(sampleEvent(QStringLiteral("response"))).value(), 2);
    QCOMPARE(log.value()->verify()->firstBadSequence, -1);
}

void TestAuditLog::updatesAndDeletesAreRefused()
{
    const QString path = freshPath(QStringLiteral("append-only.sqlite"));
    auto log = SqliteAuditLog::open(path);
    QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET status='ok' WHERE seq=1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestAuditLog::editedRowIsDetectedAndNamed()
{
    const QString path = freshPath(QStringLiteral("edited.sqlite"));
    {
        auto log = SqliteAuditLog::open(path);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
        }
    }
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                  QStringLiteral("UPDATE audit_events SET provider='bedrock' WHERE seq=3")});
    auto log = SqliteAuditLog::open(path);
    const auto report = log.value()->verify();
    QCOMPARE(report->firstBadSequence, 3);
    QCOMPARE(report->valid, 3);
    QVERIFY(report->summary.contains(QStringLiteral("#3")));
}

void TestAuditLog::deletedRowIsDetected()
{
    const QString path = freshPath(QStringLiteral("deleted.sqlite"));
    {
        auto log = SqliteAuditLog::open(path);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
        }
    }
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                  QStringLiteral("DELETE FROM audit_events WHERE seq=2")});
    auto log = SqliteAuditLog::open(path);
    QCOMPARE(log.value()->verify()->firstBadSequence, 3);
}

void TestAuditLog::schemaHasNoColumnForContent()
{
    const QString path = freshPath(QStringLiteral("schema.sqlite"));
    auto log = SqliteAuditLog::open(path);
    QVERIFY(log.ok());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    const QSqlRecord record = db.record(QStringLiteral("audit_events"));
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    for (const QString &forbidden : {QStringLiteral("text"), QStringLiteral("prompt"),
                                     QStringLiteral("content"), QStringLiteral("output"),
                                     QStringLiteral("document"), QStringLiteral("file")}) {
        for (const QString &column : columns) {
            QVERIFY2(!column.contains(forbidden), qPrintable(column));
        }
    }
    QCOMPARE(columns.size(), 27);
}

void TestAuditLog::damagedFileIsReportedAndLeftUntouched()
{
    const QString path = freshPath(QStringLiteral("damaged.sqlite"));
    QByteArray garbage(4096, '\x5a');
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const auto log = SqliteAuditLog::open(path);
    QVERIFY(!log.ok());
    QCOMPARE(log.error().kind, ErrorKind::Corrupt);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"

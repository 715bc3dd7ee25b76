#include "audit/audit_export.h"
#include "audit/sqlite_audit_log.h"
#include "crypto/crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
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
    void editOfEachColumnKindIsDetected_data();
    void editOfEachColumnKindIsDetected();
    void deletedRowIsDetected();
    void schemaHasNoColumnForContent();
    void damagedFileIsReportedAndLeftUntouched();
    void keyedLogVerifiesWithCheckpoint();
    void rewrittenRowWithRecomputedHashFailsTheMac();
    void tamperingAcrossVerifyBatchesIsNamed();
    void insertedRowIsDetected();
    void reorderedRowsAreDetected();
    void truncatedLogIsDetectedByCheckpoint();
    void forgedCheckpointIsDetected();
    void checkpointsEveryNEvents();
    void requestOfDeadProcessIsMarkedInterrupted();
    void fingerprintIsKeyedAndStable();
    void queryFiltersEvents();
    void csvExportQuotesAndNeutralisesFormulas();
    void ocsfExportIsApiActivity();
    void evidencePackageVerifiesOfflineAndDetectsTampering();
    void firstPassLogIsKeptAndLinked();

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
    QCOMPARE(
        report->summary,
        QStringLiteral(
            "5/5 events valid, chain intact, no checkpoint yet (MACs not checked: no keychain)"));
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

void TestAuditLog::editOfEachColumnKindIsDetected_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("text") << QStringLiteral("model_requested='other-model'");
    QTest::newRow("text to NULL") << QStringLiteral("job_id=NULL");
    QTest::newRow("time") << QStringLiteral("time_utc='2020-01-01T00:00:00.000Z'");
    QTest::newRow("counter") << QStringLiteral("tokens_in=tokens_in+1");
    // The writer keeps it in an int; verify reads 64 bits, so a change above them shows too.
    QTest::newRow("template version above 32 bits")
        << QStringLiteral("template_version=template_version+4294967296");
}

void TestAuditLog::editOfEachColumnKindIsDetected()
{
    QFETCH(QString, edit);
    const QString path =
        freshPath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite"));
    {
        auto log = SqliteAuditLog::open(path);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(log.value()->append(sampleEvent(QStringLiteral("request"))).ok());
        }
    }
    tamper(path,
           {QStringLiteral("DROP TRIGGER audit_events_no_update"),
            QStringLiteral("UPDATE audit_events SET ") + edit + QStringLiteral(" WHERE seq=3")});
    auto log = SqliteAuditLog::open(path);
    const auto report = log.value()->verify();
    QCOMPARE(report->firstBadSequence, 3);
    QCOMPARE(report->valid, 3);
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
    QCOMPARE(log.value()->verify()->firstBadSequence, 2);
    QVERIFY(log.value()->verify()->summary.contains(QStringLiteral("missing")));
}

void TestAuditLog::schemaHasNoColumnForContent()
{
    const QString path = freshPath(QStringLiteral("schema.sqlite"));
    auto log = SqliteAuditLog::open(path);
    QVERIFY(log.ok());
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
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
    for (const QString &forbidden :
         {QStringLiteral("text"), QStringLiteral("prompt"), QStringLiteral("content"),
          QStringLiteral("output"), QStringLiteral("document"), QStringLiteral("file")}) {
        for (const QString &column : columns) {
            if (column == QStringLiteral("prompt_fingerprint")) {
                continue; // a keyed hash ("b2:" + 32 hex digits), never the prompt
            }
            QVERIFY2(!column.contains(forbidden), qPrintable(column));
        }
    }
    QCOMPARE(columns.size(), 33);
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

namespace {

AuditKeys testKeys()
{
    static const AuditKeys keys = AuditKeys::generate();
    return keys;
}

std::unique_ptr<SqliteAuditLog> openKeyed(const QString &path, int checkpointEvery = 1000)
{
    auto log = SqliteAuditLog::open(path, testKeys(), SqliteAuditLogOptions{checkpointEvery});
    if (!log) {
        qWarning() << log.error().message;
        return {};
    }
    return std::move(log).value();
}

void fill(const QString &path, int count, int checkpointEvery = 1000)
{
    auto log = openKeyed(path, checkpointEvery);
    for (int i = 0; i < count; ++i) {
        log->append(sampleEvent(i % 2 ? QStringLiteral("response") : QStringLiteral("request")))
            .value();
    }
} // closing writes a checkpoint

} // namespace

void TestAuditLog::keyedLogVerifiesWithCheckpoint()
{
    const QString path = freshPath(QStringLiteral("keyed.sqlite"));
    fill(path, 6);
    auto log = openKeyed(path);
    const auto report = log->verify();
    QVERIFY(report.ok());
    QCOMPARE(report->summary,
             QStringLiteral("6/6 events valid, chain intact, last checkpoint #1 verified"));
    QVERIFY(report->macsChecked);
    QCOMPARE(log->checkpoints()->size(), 1);
    QCOMPARE(log->checkpoints()->first().sequence, 6);
}

void TestAuditLog::tamperingAcrossVerifyBatchesIsNamed()
{
    // verify() hashes rows in batches of 2048 on another thread: a long log verifies whole,
    // and an edit just after a batch boundary is still the first bad event, MACs included.
    const QString path = freshPath(QStringLiteral("batches.sqlite"));
    fill(path, 5000);
    {
        const auto report = openKeyed(path)->verify();
        QCOMPARE(report->firstBadSequence, -1);
        QCOMPARE(report->valid, 5000);
    }
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                  QStringLiteral("UPDATE audit_events SET region='us-east-1' WHERE seq=2049")});
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 2049);
    QCOMPARE(report->valid, 4999);
}

void TestAuditLog::rewrittenRowWithRecomputedHashFailsTheMac()
{
    // A tamperer who knows the (public) hash algorithm rewrites event 3 and recomputes its hash
    // and every later hash; without the MAC key the MACs no longer fit.
    const QString path = freshPath(QStringLiteral("rewritten.sqlite"));
    fill(path, 5);
    auto log = openKeyed(path);
    QList<StoredAuditEvent> events = log->events().value();
    log.reset();
    QStringList statements{QStringLiteral("DROP TRIGGER audit_events_no_update")};
    QByteArray previous = events.at(1).hash;
    for (int i = 2; i < events.size(); ++i) {
        StoredAuditEvent e = events.at(i);
        if (i == 2) {
            e.event.providerId = QStringLiteral("unapproved");
        }
        e.previousHash = previous;
        e.hash = auditChainHash(previous, canonicalAuditBytes(e));
        previous = e.hash;
        statements << QStringLiteral("UPDATE audit_events SET provider='%1', prev_hash=x'%2', "
                                     "hash=x'%3' WHERE seq=%4")
                          .arg(e.event.providerId, QString::fromLatin1(e.previousHash.toHex()),
                               QString::fromLatin1(e.hash.toHex()))
                          .arg(e.sequence);
    }
    tamper(path, statements);
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 3);
    QVERIFY2(report->summary.contains(QStringLiteral("MAC")), qPrintable(report->summary));
    // Without the key, the signed checkpoint over event 5 still catches it.
    auto unkeyed = SqliteAuditLog::open(path);
    QVERIFY(unkeyed.value()->verify()->firstBadSequence >= 0);
}

void TestAuditLog::insertedRowIsDetected()
{
    const QString path = freshPath(QStringLiteral("inserted.sqlite"));
    fill(path, 4);
    auto log = openKeyed(path);
    StoredAuditEvent forged = log->events()->at(1);
    log.reset();
    // Make room after event 2 by shifting 3 and 4 up, then insert a forged event #3.
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                  QStringLiteral("UPDATE audit_events SET seq = seq + 10 WHERE seq >= 3"),
                  QStringLiteral("UPDATE audit_events SET seq = seq - 9 WHERE seq >= 13"),
                  QStringLiteral(
                      "INSERT INTO audit_events (seq, event_id, time_utc, action, prev_hash, hash) "
                      "VALUES (3, 'forged', '%1', 'request', x'%2', x'00')")
                      .arg(forged.timeUtc.toString(Qt::ISODateWithMs),
                           QString::fromLatin1(forged.hash.toHex()))});
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 3);
    QCOMPARE(report->total, 5);
}

void TestAuditLog::reorderedRowsAreDetected()
{
    const QString path = freshPath(QStringLiteral("reordered.sqlite"));
    fill(path, 5);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                  QStringLiteral("UPDATE audit_events SET seq = 100 WHERE seq = 2"),
                  QStringLiteral("UPDATE audit_events SET seq = 2 WHERE seq = 4"),
                  QStringLiteral("UPDATE audit_events SET seq = 4 WHERE seq = 100")});
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 2);
}

void TestAuditLog::truncatedLogIsDetectedByCheckpoint()
{
    const QString path = freshPath(QStringLiteral("truncated.sqlite"));
    fill(path, 6);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                  QStringLiteral("DELETE FROM audit_events WHERE seq >= 5")});
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 5);
    QVERIFY2(report->summary.contains(QStringLiteral("truncated")), qPrintable(report->summary));
}

void TestAuditLog::forgedCheckpointIsDetected()
{
    const QString path = freshPath(QStringLiteral("forged-cp.sqlite"));
    fill(path, 3);
    const crypto::SigningKeyPair other = crypto::generateSigningKeyPair();
    tamper(path, {QStringLiteral("DROP TRIGGER audit_checkpoints_no_update"),
                  QStringLiteral("UPDATE audit_checkpoints SET public_key = x'%1'")
                      .arg(QString::fromLatin1(other.publicKey.toHex()))});
    const auto report = openKeyed(path)->verify();
    QCOMPARE(report->firstBadSequence, 3);
    QVERIFY(report->summary.contains(QStringLiteral("unknown key")));
}

void TestAuditLog::checkpointsEveryNEvents()
{
    const QString path = freshPath(QStringLiteral("every.sqlite"));
    fill(path, 25, 10);
    auto log = openKeyed(path, 10);
    const auto cps = log->checkpoints().value();
    QCOMPARE(cps.size(), 3); // at 10, 20 and at close (25)
    QCOMPARE(cps.at(2).sequence, 25);
    QVERIFY(log->verify()->summary.endsWith(QStringLiteral("last checkpoint #3 verified")));
}

void TestAuditLog::requestOfDeadProcessIsMarkedInterrupted()
{
    const QString path = freshPath(QStringLiteral("interrupted.sqlite"));
    {
        auto log = openKeyed(path);
        AuditEvent request = sampleEvent(QStringLiteral("request"));
        request.jobId = QStringLiteral("job-killed");
        QVERIFY(log->append(request).ok());
    }
    // Pretend a process that has since ended sent it (as after kill -9).
    QProcess done;
    done.start(QStringLiteral("true"), {});
    QVERIFY(done.waitForStarted());
    const qint64 deadPid = done.processId();
    QVERIFY(done.waitForFinished());
    tamper(path, {QStringLiteral("UPDATE audit_open_requests SET pid = %1").arg(deadPid)});
    auto log = openKeyed(path);
    QCOMPARE(log->interruptedAtOpen(), 1);
    const auto events = log->events().value();
    QCOMPARE(events.last().event.action, QStringLiteral("interrupted"));
    QCOMPARE(events.last().event.jobId, QStringLiteral("job-killed"));
    QCOMPARE(events.last().event.providerId, QStringLiteral("offline"));
    QCOMPARE(log->verify()->firstBadSequence, -1);
    // Not marked twice.
    log.reset();
    QCOMPARE(openKeyed(path)->interruptedAtOpen(), 0);
}

void TestAuditLog::fingerprintIsKeyedAndStable()
{
    auto log = openKeyed(freshPath(QStringLiteral("fp.sqlite")));
    const QString a = log->fingerprint(u"Summarise this for jo@example.com");
    QVERIFY(a.startsWith(QStringLiteral("b2:")));
    QCOMPARE(a.size(), 3 + 32);
    QCOMPARE(log->fingerprint(u"Summarise this for jo@example.com"), a);
    QVERIFY(log->fingerprint(u"Something else") != a);
    QVERIFY(auditFingerprint(crypto::randomBytes(32), u"Summarise this for jo@example.com") != a);
    auto unkeyed = SqliteAuditLog::open(freshPath(QStringLiteral("fp2.sqlite")));
    QVERIFY(unkeyed.value()->fingerprint(u"x").isEmpty());
}

void TestAuditLog::queryFiltersEvents()
{
    auto log = openKeyed(freshPath(QStringLiteral("query.sqlite")));
    AuditEvent a = sampleEvent(QStringLiteral("request"));
    AuditEvent b = sampleEvent(QStringLiteral("blocked"));
    b.user = QStringLiteral("other");
    b.providerId = QStringLiteral("bedrock");
    b.status = QStringLiteral("blocked");
    b.redactionCounts = {{QStringLiteral("PHONE"), 1}};
    QVERIFY(log->append(a).ok());
    QVERIFY(log->append(b).ok());
    AuditQuery q;
    q.user = QStringLiteral("other");
    QCOMPARE(log->events(q)->size(), 1);
    q = {};
    q.status = QStringLiteral("blocked");
    QCOMPARE(log->events(q)->first().event.providerId, QStringLiteral("bedrock"));
    q = {};
    q.redactionType = QStringLiteral("EMAIL");
    QCOMPARE(log->events(q)->size(), 1);
    q = {};
    q.model = QStringLiteral("offline-basic");
    q.fromUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(log->events(q)->size(), 2);
    q.toUtc = QDateTime::currentDateTimeUtc().addSecs(-30);
    QCOMPARE(log->events(q)->size(), 0);
}

void TestAuditLog::csvExportQuotesAndNeutralisesFormulas()
{
    StoredAuditEvent s;
    s.sequence = 7;
    s.eventId = QStringLiteral("e-7");
    s.timeUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    s.event = sampleEvent(QStringLiteral("request"));
    s.event.user = QStringLiteral("=HYPERLINK(\"x\")");
    s.event.region = QStringLiteral("eu,west");
    const QByteArray line = auditCsvLine(s);
    QVERIFY(line.endsWith("\r\n"));
    QVERIFY2(line.contains("\"'=HYPERLINK(\"\"x\"\")\""), line.constData());
    QVERIFY(line.contains("\"eu,west\""));
    QCOMPARE(line.count(','), auditCsvHeader().count(',') + 1); // one quoted comma
}

void TestAuditLog::ocsfExportIsApiActivity()
{
    auto log = openKeyed(freshPath(QStringLiteral("ocsf.sqlite")));
    AuditEvent response = sampleEvent(QStringLiteral("response"));
    response.modelReturned = QStringLiteral("offline-basic-1");
    QVERIFY(log->append(response).ok());
    const QJsonObject o = auditOcsfObject(log->events()->first());
    QCOMPARE(o.value(QStringLiteral("class_uid")).toInt(), 6003);
    QCOMPARE(o.value(QStringLiteral("type_uid")).toInt(), 600302);
    QCOMPARE(
        o.value(QStringLiteral("ai_model")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("offline-basic-1"));
    QCOMPARE(o.value(QStringLiteral("message_context"))
                 .toObject()
                 .value(QStringLiteral("total_tokens"))
                 .toInt(),
             150);
    QCOMPARE(
        o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("sequence")).toInt(),
        1);
    QCOMPARE(o.value(QStringLiteral("actor"))
                 .toObject()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("name")),
             QStringLiteral("tester"));
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY(!line.contains('\n'));
}

void TestAuditLog::evidencePackageVerifiesOfflineAndDetectsTampering()
{
    const QString path = freshPath(QStringLiteral("evidence.sqlite"));
    fill(path, 8);
    auto log = openKeyed(path);
    AuditEvidence evidence;
    evidence.events = log->events().value();
    evidence.checkpoints = log->checkpoints().value();
    evidence.publicKeys = log->publicKeys().value();
    evidence.device = QStringLiteral("host");
    evidence.createdUtc = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = writeAuditEvidence(evidence);

    const auto read = readAuditEvidence(bytes);
    QVERIFY(read.ok());
    QCOMPARE(read->events.size(), 8);
    const AuditVerification ok = verifyAuditEvidence(read.value());
    QCOMPARE(ok.summary,
             QStringLiteral("8/8 events valid, chain intact, last checkpoint #1 verified"));

    QByteArray edited = bytes;
    edited.replace("\"tokens_out\":30", "\"tokens_out\":31");
    const AuditVerification bad = verifyAuditEvidence(readAuditEvidence(edited).value());
    QCOMPARE(bad.firstBadSequence, 1);

    // Signed by someone else: not trusted when the reviewer names the expected key.
    const crypto::SigningKeyPair other = crypto::generateSigningKeyPair();
    QVERIFY(verifyAuditEvidence(read.value(), {other.publicKey}).firstBadSequence >= 0);

    // Dropping the last events is truncation.
    AuditEvidence cut = read.value();
    cut.events.removeLast();
    QVERIFY(verifyAuditEvidence(cut).summary.contains(QStringLiteral("truncated")));

    QVERIFY(!readAuditEvidence("not json\n").ok());
    QVERIFY(!readAuditEvidence(QByteArray()).ok());
}

void TestAuditLog::firstPassLogIsKeptAndLinked()
{
    const QString path = freshPath(QStringLiteral("v1.sqlite"));
    tamper(path,
           {QStringLiteral("CREATE TABLE audit_events (seq INTEGER PRIMARY KEY, event_id TEXT, "
                           "time_utc TEXT, action TEXT, hash BLOB)"),
            QStringLiteral("INSERT INTO audit_events VALUES (1, 'a', '2026-01-01T00:00:00.000Z', "
                           "'request', x'0102')"),
            QStringLiteral("PRAGMA user_version=1")});
    auto log = openKeyed(path);
    QVERIFY(log);
    const auto events = log->events().value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event.action, QStringLiteral("log-migrated"));
    QCOMPARE(events.first().event.operation, QStringLiteral("v1:1:0102"));
    QCOMPARE(log->verify()->firstBadSequence, -1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"

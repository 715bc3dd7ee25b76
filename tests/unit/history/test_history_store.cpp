#include "crypto/crypto.h"
#include "history/history_export.h"
#include "history/history_keys.h"
#include "history/sqlite_history_store.h"
#include "secrets/memory_secret_store.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;

class TestHistoryStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savedEntriesComeBackNewestFirst();
    void databaseFileIsOwnerOnly();
    void newerSchemaIsLeftUntouched();
    void vaultIsSealedAndReopened();
    void withoutKeyNoVaultIsKept();
    void searchFindsRedactedWords();
    void searchFindsAPersonByNameWithoutStoringIt();
    void filtersNarrowTheSearch();
    void deleteOneAndEraseAll();
    void retentionPurgesOldEntries();
    void tamperedVaultIsReportedNotShown();
    void exportRestoresOwnData();
    void keyComesFromTheSecretStore();
    void noFileHoldsAnOriginalInClear();
    void firstPassHistoryIsMigrated();
    void migratedHistoryKeepsTheDataClass();
    void facetsListWhatTheHistoryHolds();
    void notRecordingKeepsNothing();
    void limitedSearchListsTheNewestMatches();

private:
    QTemporaryDir m_dir;
};

void TestHistoryStore::savedEntriesComeBackNewestFirst()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store.ok());
    for (int i = 1; i <= 3; ++i) {
        HistoryEntry e;
        e.createdUtc = QDateTime::currentDateTimeUtc();
        e.jobId = QStringLiteral("job-%1").arg(i);
        e.templateId = QStringLiteral("summarise");
        e.redactedInput = QStringLiteral("Call [PHONE_1]");
        e.redactedOutput = QStringLiteral("Summary %1").arg(i);
        e.redactionCounts = {{QStringLiteral("PHONE"), 1}};
        QCOMPARE(store.value()->save(e).value(), i);
    }
    const auto recent = store.value()->recent(2);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).jobId, QStringLiteral("job-3"));
    QCOMPARE(recent->at(0).redactionCounts.value(QStringLiteral("PHONE")), 1);
    QCOMPARE(recent->at(1).redactedOutput, QStringLiteral("Summary 2"));
}

void TestHistoryStore::databaseFileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("perm.sqlite"));
    auto store = SqliteHistoryStore::open(path);
    QVERIFY(store.ok());
    const QFileInfo info(path);
    QVERIFY(!(info.permissions() & (QFile::ReadGroup | QFile::ReadOther)));
}

void TestHistoryStore::newerSchemaIsLeftUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto store = SqliteHistoryStore::open(path);
        QVERIFY(store.ok());
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const auto store = SqliteHistoryStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().kind, ErrorKind::Unsupported);
}

namespace {

const QString kName = QStringLiteral("Jane Quokkafield");
const QString kEmail = QStringLiteral("jane.q@example.com");

QByteArray key()
{
    static const QByteArray k = crypto::randomBytes(32);
    return k;
}

HistoryEntry entryWithPerson(int i)
{
    HistoryEntry e;
    e.createdUtc = QDateTime::currentDateTimeUtc();
    e.jobId = QStringLiteral("job-p%1").arg(i);
    e.templateId = QStringLiteral("summarise");
    e.templateOptions = {{QStringLiteral("length"), QStringLiteral("short")}};
    e.providerId = QStringLiteral("offline");
    e.status = QStringLiteral("ok");
    e.sourceName = QStringLiteral("Pasted text");
    e.redactedInput =
        QStringLiteral("[PERSON_1] ([EMAIL_1]) reported a flooded basement in block %1.").arg(i);
    e.redactedPrompt = QStringLiteral("Summarise: ") + e.redactedInput;
    e.redactedOutput = QStringLiteral("[PERSON_1] reported flooding.");
    e.redactionCounts = {{QStringLiteral("PERSON"), 1}, {QStringLiteral("EMAIL"), 1}};
    e.vault = {{QStringLiteral("[PERSON_1]"), kName}, {QStringLiteral("[EMAIL_1]"), kEmail}};
    return e;
}

} // namespace

void TestHistoryStore::vaultIsSealedAndReopened()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("vault.sqlite")), key());
    QVERIFY(store.value()->vaultAvailable());
    const qint64 id = store.value()->save(entryWithPerson(1)).value();
    const auto listed = store.value()->recent(5).value();
    QVERIFY(listed.first().vaultKept);
    QVERIFY(listed.first().vault.isEmpty()); // lists never open vaults
    const auto full = store.value()->entry(id);
    QVERIFY(full.ok());
    QCOMPARE(full->vault.value(QStringLiteral("[PERSON_1]")), kName);
    QCOMPARE(restorePlaceholders(full->redactedOutput, full->vault),
             kName + QStringLiteral(" reported flooding."));
    QCOMPARE(full->templateOptions.value(QStringLiteral("length")), QStringLiteral("short"));
    QVERIFY(full->redactedPrompt.startsWith(QStringLiteral("Summarise: ")));
}

void TestHistoryStore::withoutKeyNoVaultIsKept()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("nokey.sqlite")));
    QVERIFY(!store.value()->vaultAvailable());
    const qint64 id = store.value()->save(entryWithPerson(1)).value();
    const auto full = store.value()->entry(id);
    QVERIFY(!full->vaultKept);
    QVERIFY(full->vault.isEmpty());
    QCOMPARE(full->redactedOutput, QStringLiteral("[PERSON_1] reported flooding."));
}

void TestHistoryStore::searchFindsRedactedWords()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("fts.sqlite")), key());
    store.value()->save(entryWithPerson(1)).value();
    HistoryEntry other = entryWithPerson(2);
    other.redactedInput = QStringLiteral("The printer on floor 3 is jammed.");
    other.vault.clear();
    store.value()->save(other).value();
    HistoryQuery q;
    q.text = QStringLiteral("flooded basement");
    QCOMPARE(store.value()->search(q)->size(), 1);
    q.text = QStringLiteral("print"); // prefix
    QCOMPARE(store.value()->search(q)->first().jobId, QStringLiteral("job-p2"));
    q.text = QStringLiteral("\"unbalanced AND OR ("); // query syntax cannot break the search
    QVERIFY(store.value()->search(q).ok());
}

void TestHistoryStore::searchFindsAPersonByNameWithoutStoringIt()
{
    const QString path = m_dir.filePath(QStringLiteral("names.sqlite"));
    auto store = SqliteHistoryStore::open(path, key());
    store.value()->save(entryWithPerson(1)).value();
    HistoryEntry other = entryWithPerson(2);
    other.vault = {{QStringLiteral("[PERSON_1]"), QStringLiteral("Someone Else")}};
    store.value()->save(other).value();
    for (const QString &query :
         {kName, QStringLiteral("quokkafield"), QStringLiteral("JANE QUOKKAFIELD"), kEmail}) {
        HistoryQuery q;
        q.text = query;
        const auto found = store.value()->search(q).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().jobId, QStringLiteral("job-p1"));
    }
    // Without the key, the same file finds nothing by name.
    store.value().reset();
    auto unkeyed = SqliteHistoryStore::open(path);
    HistoryQuery q;
    q.text = QStringLiteral("Quokkafield");
    QCOMPARE(unkeyed.value()->search(q)->size(), 0);
}

void TestHistoryStore::filtersNarrowTheSearch()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("filters.sqlite")), key());
    HistoryEntry a = entryWithPerson(1);
    HistoryEntry b = entryWithPerson(2);
    b.templateId = QStringLiteral("rewrite");
    b.status = QStringLiteral("error:provider");
    store.value()->save(a).value();
    store.value()->save(b).value();
    HistoryQuery q;
    q.templateId = QStringLiteral("rewrite");
    QCOMPARE(store.value()->search(q)->size(), 1);
    q = {};
    q.status = QStringLiteral("ok");
    QCOMPARE(store.value()->search(q)->first().jobId, QStringLiteral("job-p1"));
    q = {};
    q.fromUtc = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(store.value()->search(q)->size(), 0);
}

void TestHistoryStore::deleteOneAndEraseAll()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("erase.sqlite")), key());
    const qint64 first = store.value()->save(entryWithPerson(1)).value();
    store.value()->save(entryWithPerson(2)).value();
    QVERIFY(store.value()->remove(first).ok());
    QCOMPARE(store.value()->count().value(), 1);
    HistoryQuery q;
    q.text = kName;
    QCOMPARE(store.value()->search(q)->size(), 1); // the index of the deleted one went too
    QCOMPARE(store.value()->eraseAll().value(), 1);
    QCOMPARE(store.value()->count().value(), 0);
    QCOMPARE(store.value()->search(q)->size(), 0);
    q.text = QStringLiteral("basement");
    QCOMPARE(store.value()->search(q)->size(), 0);
}

void TestHistoryStore::retentionPurgesOldEntries()
{
    auto store =
        SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("retention.sqlite")), key());
    HistoryEntry old = entryWithPerson(1);
    old.createdUtc = QDateTime::currentDateTimeUtc().addDays(-40);
    store.value()->save(old).value();
    store.value()->save(entryWithPerson(2)).value();
    QCOMPARE(store.value()->purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-30)).value(),
             1);
    QCOMPARE(store.value()->recent(10)->first().jobId, QStringLiteral("job-p2"));
}

void TestHistoryStore::tamperedVaultIsReportedNotShown()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.sqlite"));
    qint64 a = 0;
    {
        auto store = SqliteHistoryStore::open(path, key());
        a = store.value()->save(entryWithPerson(1)).value();
        store.value()->save(entryWithPerson(2)).value();
    }
    {
        // Move entry 2's sealed vault onto entry 1: the job id is bound to it, so it fails.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "UPDATE jobs SET vault = (SELECT vault FROM jobs WHERE id = 2) WHERE id = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    auto store = SqliteHistoryStore::open(path, key());
    const auto opened = store.value()->entry(a);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Corrupt);
    auto wrongKey = SqliteHistoryStore::open(path, crypto::randomBytes(32));
    QVERIFY(!wrongKey.value()->entry(2).ok());
}

void TestHistoryStore::exportRestoresOwnData()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("export.sqlite")), key());
    const qint64 id = store.value()->save(entryWithPerson(1)).value();
    const HistoryEntry e = store.value()->entry(id).value();
    const QJsonObject json = QJsonDocument::fromJson(historyToJson({e}, true)).object();
    const QJsonObject first = json.value(QStringLiteral("entries")).toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("input")).toString().contains(kEmail));
    QVERIFY(!historyToJson({e}, false).contains(kEmail.toUtf8()));
    const QByteArray md = historyToMarkdown({e}, true);
    QVERIFY(md.startsWith("# Promptdesk history"));
    QVERIFY(md.contains(kName.toUtf8()));
}

void TestHistoryStore::keyComesFromTheSecretStore()
{
    MemorySecretStore secrets;
    const QByteArray created = loadOrCreateHistoryKey(secrets).value();
    QCOMPARE(created.size(), 32);
    QCOMPARE(loadOrCreateHistoryKey(secrets).value(), created);
    QCOMPARE(secrets.read(QStringLiteral("history/vault-key")).value().value(), created);
}

void TestHistoryStore::noFileHoldsAnOriginalInClear()
{
    QTemporaryDir dir;
    {
        auto store = SqliteHistoryStore::open(dir.filePath(QStringLiteral("scan.sqlite")), key());
        for (int i = 0; i < 20; ++i) {
            store.value()->save(entryWithPerson(i)).value();
        }
        HistoryQuery q;
        q.text = kName;
        QCOMPARE(store.value()->search(q)->size(), 20);
    }
    int scanned = 0;
    for (QDirIterator it(dir.path(), QDir::Files | QDir::Hidden); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &secret :
             {kName, kEmail, QStringLiteral("Quokkafield"), QStringLiteral("quokkafield")}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(secret.toUtf8().toLower()), qPrintable(f.fileName()));
        }
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

void TestHistoryStore::firstPassHistoryIsMigrated()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_utc TEXT "
                                      "NOT NULL, job_id TEXT NOT NULL, "
                                      "template_id TEXT, provider TEXT, model TEXT, source_name "
                                      "TEXT, status TEXT, redacted_input TEXT, "
                                      "redacted_output TEXT, redaction_counts TEXT)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO jobs (created_utc, job_id, redacted_input) VALUES "
                                  "('2026-01-01T00:00:00.000Z', 'old', 'an old wombat report')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto store = SqliteHistoryStore::open(path, key());
    QVERIFY(store.ok());
    HistoryQuery q;
    q.text = QStringLiteral("wombat");
    QCOMPARE(store.value()->search(q)->size(), 1);
}

void TestHistoryStore::migratedHistoryKeepsTheDataClass()
{
    // A second-schema file (before the data class was kept) gains the column, keeps its rows
    // (no class: shown blank) and stores the class of new jobs.
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, job_id TEXT "
            "NOT NULL, template_id TEXT, provider TEXT, model TEXT, source_name TEXT, status "
            "TEXT, redacted_input TEXT, redacted_output TEXT, redaction_counts TEXT, "
            "template_options TEXT, redacted_prompt TEXT, vault BLOB)")));
        // The second schema's search tables, as that version created them.
        for (const char *statement : {
                 "CREATE VIRTUAL TABLE jobs_fts USING fts5(source_name, redacted_input, "
                 "redacted_output, content='jobs', content_rowid='id', "
                 "tokenize='unicode61 remove_diacritics 2')",
                 "CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN INSERT INTO "
                 "jobs_fts(rowid, source_name, redacted_input, redacted_output) VALUES (new.id, "
                 "new.source_name, new.redacted_input, new.redacted_output); END",
                 "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN INSERT INTO "
                 "jobs_fts(jobs_fts, rowid, source_name, redacted_input, redacted_output) VALUES "
                 "('delete', old.id, old.source_name, old.redacted_input, old.redacted_output); "
                 "END",
                 "CREATE TABLE job_terms (term BLOB NOT NULL, job INTEGER NOT NULL REFERENCES "
                 "jobs(id) ON DELETE CASCADE, PRIMARY KEY (term, job)) WITHOUT ROWID",
             }) {
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO jobs (created_utc, job_id, redacted_input) VALUES "
                           "('2026-02-01T00:00:00.000Z', 'second', 'a second-schema entry')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto store = SqliteHistoryStore::open(path, key());
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QCOMPARE(store.value()->recent(10)->first().dataClass, QString());
    HistoryEntry e = entryWithPerson(1);
    e.dataClass = QStringLiteral("Confidential");
    store.value()->save(e).value();
    QCOMPARE(store.value()->recent(10)->first().dataClass, QStringLiteral("Confidential"));
    QCOMPARE(store.value()->count().value(), 2);
    HistoryQuery q;
    q.text = QStringLiteral("second");
    QCOMPARE(store.value()->search(q)->size(), 1);
}

void TestHistoryStore::facetsListWhatTheHistoryHolds()
{
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("facets.sqlite")), key());
    HistoryEntry a = entryWithPerson(1);
    a.providerId = QStringLiteral("bedrock-eu");
    HistoryEntry b = entryWithPerson(2);
    b.templateId = QStringLiteral("rewrite");
    b.providerId = QStringLiteral("offline");
    HistoryEntry c = entryWithPerson(3);
    c.providerId = QStringLiteral("offline");
    for (const HistoryEntry &e : {a, b, c}) {
        store.value()->save(e).value();
    }
    const Result<HistoryFacets> facets = store.value()->facets();
    QVERIFY(facets.ok());
    QStringList templates = facets->templateIds;
    templates.sort();
    QStringList providers = facets->providerIds;
    providers.sort();
    QCOMPARE(templates, QStringList({QStringLiteral("rewrite"), a.templateId}));
    QCOMPARE(providers, QStringList({QStringLiteral("bedrock-eu"), QStringLiteral("offline")}));
    HistoryQuery q;
    q.providerId = QStringLiteral("offline");
    QCOMPARE(store.value()->search(q)->size(), 2);
}

void TestHistoryStore::notRecordingKeepsNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("off.sqlite"));
    auto store = SqliteHistoryStore::open(path, key());
    QVERIFY(store.value()->recording());
    store.value()->setRecording(false);
    QCOMPARE(store.value()->save(entryWithPerson(1)).value(), qint64(-1));
    QCOMPARE(store.value()->count().value(), 0);
    QDirIterator it(m_dir.path(), {QStringLiteral("off.sqlite*")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("basement")); // the entry's words went nowhere
    }
    store.value()->setRecording(true);
    QVERIFY(store.value()->save(entryWithPerson(2)).value() > 0);
}

void TestHistoryStore::limitedSearchListsTheNewestMatches()
{
    // The full-text part stops at the newest `limit` matches; with a name that is found
    // through the keyed index of an older entry, the union must still be the newest.
    auto store = SqliteHistoryStore::open(m_dir.filePath(QStringLiteral("limit.sqlite")), key());
    for (int i = 1; i <= 6; ++i) {
        HistoryEntry e = entryWithPerson(i);
        e.templateId = i % 2 ? QStringLiteral("summarise") : QStringLiteral("rewrite");
        store.value()->save(e).value();
    }
    HistoryQuery q;
    q.text = QStringLiteral("basement");
    q.limit = 2;
    Result<QList<HistoryEntry>> hits = store.value()->search(q);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).jobId, QStringLiteral("job-p6"));
    QCOMPARE(hits->at(1).jobId, QStringLiteral("job-p5"));
    // With a filter the limit applies after it: the newest two summarise entries.
    q.templateId = QStringLiteral("summarise");
    hits = store.value()->search(q);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).jobId, QStringLiteral("job-p5"));
    QCOMPARE(hits->at(1).jobId, QStringLiteral("job-p3"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"

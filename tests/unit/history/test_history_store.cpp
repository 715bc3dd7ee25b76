#include "sqlite_history_store.h"

#include <QFileInfo>
#include <QSqlDatabase>
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
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

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"

#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace promptdesk {

// Owns one named QSqlDatabase connection to a SQLite file, opened in the calling thread (Qt's
// connections are per thread), WAL journal, owner-only file permissions, with a schema version
// kept in PRAGMA user_version.
class SqliteConnection final {
public:
    static Result<SqliteConnection *> open(const QString &path, const QString &purpose);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Takes the schema from version `from` to `to` by running `statements`, all in one write
    // transaction with the version, so the first failure rolls everything back. Processes that
    // open a fresh file at the same moment take turns: the one that finds the version already
    // moved on runs nothing and gets false; the one that upgraded gets true.
    Result<bool> upgradeSchema(int from, int to, const QStringList &statements);

private:
    SqliteConnection(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
};

Error sqlError(const QString &what, const QString &detail);

// A write transaction begun with BEGIN IMMEDIATE: the write lock is taken up front and waits
// for other writers (busy timeout). A deferred BEGIN that reads first and writes later gets
// "database is locked" at once when another process wrote in between (WAL refuses to upgrade a
// stale snapshot), which lost history saves under parallel runs. Rolled back unless committed.
class SqliteWriteTransaction final {
public:
    explicit SqliteWriteTransaction(const QSqlDatabase &db);
    ~SqliteWriteTransaction();
    Q_DISABLE_COPY_MOVE(SqliteWriteTransaction)
    bool ok() const { return m_ok; }
    QString error() const;
    bool commit();

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace promptdesk

#pragma once

#include "core/result.h"

#include <QSqlDatabase>
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
    Result<void> setSchemaVersion(int version);
    // Runs statements in one transaction; the first failure rolls all back.
    Result<void> execAll(const QStringList &statements);

private:
    SqliteConnection(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
};

Error sqlError(const QString &what, const QString &detail);

} // namespace promptdesk

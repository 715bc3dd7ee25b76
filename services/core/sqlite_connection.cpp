#include "core/sqlite_connection.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace promptdesk {

namespace {

// SQLite's own sentences (sqlite3_errstr), which QtSql passes on in the error's text.
bool saysDiskFull(const QString &detail)
{
    return detail.contains(QLatin1String("database or disk is full"));
}

bool saysDiskFailed(const QString &detail)
{
    return detail.contains(QLatin1String("disk I/O error"));
}

bool saysDamaged(const QString &detail)
{
    return detail.contains(QLatin1String("file is not a database")) ||
           detail.contains(QLatin1String("malformed"));
}

} // namespace

Error sqlError(const QString &what, const QString &detail)
{
    // The driver's text names tables and constraints, never stored values; safe to show.
    // A full or failing disk is said as such: it is not a damaged database, and the user can
    // fix it by freeing space.
    if (saysDiskFull(detail)) {
        return makeError(ErrorKind::Disk, what + QStringLiteral(": the disk is full (") + detail +
                                              QStringLiteral(")"));
    }
    if (saysDiskFailed(detail)) {
        return makeError(ErrorKind::Disk, what +
                                              QStringLiteral(": the disk could not be written (") +
                                              detail + QStringLiteral("); it may be full"));
    }
    return makeError(ErrorKind::Internal,
                     what + QStringLiteral(" (") + detail + QStringLiteral(")"));
}

SqliteWriteTransaction::SqliteWriteTransaction(const QSqlDatabase &db)
    : m_query(db)
{
    m_ok = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteWriteTransaction::~SqliteWriteTransaction()
{
    if (m_ok && !m_done) {
        m_query.exec(QStringLiteral("ROLLBACK"));
    }
}

QString SqliteWriteTransaction::error() const
{
    return m_query.lastError().text();
}

bool SqliteWriteTransaction::commit()
{
    m_done = true;
    return m_query.exec(QStringLiteral("COMMIT"));
}

Result<SqliteConnection *> SqliteConnection::open(const QString &path, const QString &purpose)
{
    const QString name = purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
    auto *connection = new SqliteConnection(name, path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        delete connection;
        return sqlError(QStringLiteral("Cannot open the %1 database %2").arg(purpose, path),
                        detail);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    std::optional<Error> failure;
    {
        QSqlQuery query(db);
        // A file that is not a database fails only on the first real read: check that first,
        // so damage is reported as such and nothing (not even the journal mode) is written.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString detail = query.lastError().text();
            failure =
                saysDamaged(detail)
                    ? makeError(ErrorKind::Corrupt,
                                QStringLiteral("The %1 database %2 is damaged (%3); it "
                                               "was left untouched.")
                                    .arg(purpose, path, detail))
                    : sqlError(QStringLiteral("Cannot open the %1 database %2").arg(purpose, path),
                               detail);
        }
        // Switching to WAL takes a lock that SQLite's busy timeout does not wait for: processes
        // opening the same new file at once got "database is locked" (8 parallel CLI runs on
        // a fresh data folder). A database already in WAL is left as it is; otherwise the
        // switch is retried for as long as the busy timeout would have waited.
        const bool inWal =
            !failure && query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        query.finish();
        QStringList statements;
        if (!inWal) {
            statements << QStringLiteral("PRAGMA journal_mode=WAL");
        }
        statements << QStringLiteral("PRAGMA synchronous=FULL")
                   << QStringLiteral("PRAGMA foreign_keys=ON");
        for (const QString &statement : std::as_const(statements)) {
            if (failure) {
                break;
            }
            QElapsedTimer waited;
            waited.start();
            bool done = query.exec(statement);
            while (!done && query.lastError().text().contains(QLatin1String("locked")) &&
                   waited.elapsed() < 5000) {
                QThread::msleep(20);
                done = query.exec(statement);
            }
            if (!done) {
                failure =
                    sqlError(QStringLiteral("The %1 database %2 is not usable").arg(purpose, path),
                             query.lastError().text());
            }
        }
    }
    db = QSqlDatabase();
    if (failure) {
        delete connection;
        return *failure;
    }
    return connection;
}

SqliteConnection::SqliteConnection(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteConnection::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Result<bool> SqliteConnection::upgradeSchema(int from, int to, const QStringList &statements)
{
    SqliteWriteTransaction transaction(database());
    if (!transaction.ok()) {
        return sqlError(QStringLiteral("Cannot start a transaction"), transaction.error());
    }
    const int found = schemaVersion(); // read under the write lock
    if (found != from) {
        if (found == to) {
            return false; // another process upgraded it while this one waited
        }
        return makeError(
            ErrorKind::Corrupt,
            QStringLiteral("The database %1 changed schema while opening (%2, not %3).")
                .arg(m_path)
                .arg(found)
                .arg(from));
    }
    QSqlQuery query(database());
    for (const QString &statement :
         statements + QStringList{QStringLiteral("PRAGMA user_version=%1").arg(to)}) {
        if (!query.exec(statement)) {
            return sqlError(QStringLiteral("Cannot update the database schema"),
                            query.lastError().text());
        }
    }
    if (!transaction.commit()) {
        return sqlError(QStringLiteral("Cannot commit"), transaction.error());
    }
    return true;
}

} // namespace promptdesk

#pragma once

#include "audit_log.h"

#include <memory>

namespace promptdesk {

class SqliteConnection;

// The audit log in a SQLite file. Append-only (triggers refuse UPDATE and DELETE), each
// event hash-chained to the one before, so an edited, deleted or reordered row is detected.
// The schema has no column able to hold content: only identifiers, counts and timings.
class SqliteAuditLog final : public AuditLog {
public:
    static Result<std::unique_ptr<SqliteAuditLog>> open(const QString &path);
    ~SqliteAuditLog() override;

    Result<qint64> append(const AuditEvent &event) override;
    Result<QList<StoredAuditEvent>> events() const override;
    Result<AuditVerification> verify() const override;

private:
    explicit SqliteAuditLog(std::unique_ptr<SqliteConnection> connection);
    Result<void> migrate();

    std::unique_ptr<SqliteConnection> m_connection;
    qint64 m_lastSequence = 0;
    QByteArray m_lastHash;
};

// The canonical bytes an event's hash covers (also used by verify and export).
QByteArray canonicalAuditBytes(const StoredAuditEvent &stored);

} // namespace promptdesk

#pragma once

#include "audit/audit_chain.h"
#include "audit/audit_log.h"

#include <memory>

class QSqlQuery;

namespace promptdesk {

class SqliteConnection;

struct SqliteAuditLogOptions {
    int checkpointEvery = 1000; // a signed checkpoint after every N events (and at close)
};

// The audit log in a SQLite file. Append-only (triggers refuse UPDATE and DELETE); each event
// is hash-chained (BLAKE2b) to the one before and carries a MAC chained over the previous MAC
// (key in the keychain); Ed25519-signed checkpoints every N events and at close make
// truncation and rewriting detectable. Several processes may append to one file: each append
// reads the head inside a write transaction. The schema has no column able to hold content.
class SqliteAuditLog final : public AuditLog {
public:
    // Without keys (no keychain) the chain still detects edits, but MACs and checkpoints are
    // not written; verify() says so.
    static Result<std::unique_ptr<SqliteAuditLog>> open(const QString &path);
    static Result<std::unique_ptr<SqliteAuditLog>> open(const QString &path, const AuditKeys &keys,
                                                        SqliteAuditLogOptions options = {});
    ~SqliteAuditLog() override; // writes a checkpoint when events came after the last one

    Result<qint64> append(const AuditEvent &event) override;
    Result<QList<StoredAuditEvent>> events() const override;
    Result<QList<StoredAuditEvent>> events(const AuditQuery &query) const;
    Result<AuditVerification> verify() const override;
    QString fingerprint(QStringView content) const override;

    Result<QList<AuditCheckpoint>> checkpoints() const;
    // Public keys that ever signed checkpoints of this log (for evidence packages).
    Result<QList<QByteArray>> publicKeys() const;
    // Signs the current head now (export, exit). Does nothing without keys or new events.
    Result<void> checkpoint();
    bool hasKeys() const { return m_keys.isValid(); }
    QByteArray publicKey() const { return m_keys.signingPublic; }
    // Requests of processes that died (kill -9, crash) found at open and marked interrupted.
    int interruptedAtOpen() const { return m_interruptedAtOpen; }
    QString path() const;

    // The syslog outbox position per collector (bookkeeping, outside the chain).
    Result<qint64> forwardedUpTo(const QString &collectorId) const;
    Result<void> setForwardedUpTo(const QString &collectorId, qint64 sequence);

private:
    SqliteAuditLog(std::unique_ptr<SqliteConnection> connection, const AuditKeys &keys,
                   SqliteAuditLogOptions options);
    Result<void> migrate();
    Result<void> markInterrupted();
    Result<void> writeCheckpointLocked(qint64 sequence, const QByteArray &hash);
    Result<qint64> appendLocked(const AuditEvent &event);

    std::unique_ptr<SqliteConnection> m_connection;
    AuditKeys m_keys;
    SqliteAuditLogOptions m_options;
    int m_interruptedAtOpen = 0;
    bool m_appendedSinceCheckpoint = false;
    // Prepared once; the head of the chain is cached and re-read only when another
    // connection committed since (PRAGMA data_version).
    std::unique_ptr<QSqlQuery> m_insert;
    qint64 m_headSequence = -1;
    QByteArray m_headHash;
    QByteArray m_headMac;
    qint64 m_dataVersion = -1;
    struct Head {
        qint64 sequence = 0;
        QByteArray hash;
        QByteArray mac;
    } m_pendingHead;
};

} // namespace promptdesk

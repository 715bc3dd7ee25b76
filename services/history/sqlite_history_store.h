#pragma once

#include "history/history_store.h"

#include <memory>

namespace promptdesk {

class SqliteConnection;

// The user's private history in a SQLite file (WAL, owner-only permissions, secure_delete).
// Keeps each job's metadata, redacted input, prompt and output; the placeholder vault is
// sealed with XChaCha20-Poly1305 under the per-user key from the keychain (and not kept at all
// without one). Search: FTS5 over the redacted text, plus a keyed BLAKE2b index of the
// original values, so a person's name finds their jobs without being stored in clear.
class SqliteHistoryStore final : public HistoryStore {
public:
    // vaultKey: 32 bytes from the keychain, or empty (no keychain: originals are not kept).
    static Result<std::unique_ptr<SqliteHistoryStore>> open(const QString &path,
                                                            const QByteArray &vaultKey = {});
    ~SqliteHistoryStore() override;

    Result<qint64> save(const HistoryEntry &entry) override;
    Result<QList<HistoryEntry>> recent(int limit) const override;
    bool vaultAvailable() const override { return !m_vaultKey.isEmpty(); }

    Result<QList<HistoryEntry>> search(const HistoryQuery &query) const override;
    Result<HistoryEntry> entry(qint64 id) const override;
    Result<void> remove(qint64 id) override;
    Result<int> eraseAll() override;
    Result<int> purgeOlderThan(const QDateTime &cutoffUtc) override;
    Result<HistoryFacets> facets() const override;
    void setRecording(bool on) override { m_recording = on; }
    bool recording() const override { return m_recording; }
    Result<qint64> count() const;

private:
    SqliteHistoryStore(std::unique_ptr<SqliteConnection> connection, QByteArray vaultKey);
    Result<void> migrate();
    QByteArray termHash(const QString &term) const;
    void flushDeleted();

    std::unique_ptr<SqliteConnection> m_connection;
    QByteArray m_vaultKey;
    QByteArray m_indexKey; // derived from the vault key; keys the index of original values
    bool m_recording = true;
};

// Words of a value as the index keeps them: case-folded, split at anything not a letter or
// digit, plus the whole value with spaces collapsed.
QStringList historyIndexTerms(const QString &value);

} // namespace promptdesk

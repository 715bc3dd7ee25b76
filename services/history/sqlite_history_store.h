#pragma once

#include "history_store.h"

#include <memory>

namespace promptdesk {

class SqliteConnection;

// The user's private history in a SQLite file (WAL, owner-only permissions). Holds redacted
// text only; encrypted vaults, full-text search and retention arrive with the history issue.
class SqliteHistoryStore final : public HistoryStore {
public:
    static Result<std::unique_ptr<SqliteHistoryStore>> open(const QString &path);
    ~SqliteHistoryStore() override;

    Result<qint64> save(const HistoryEntry &entry) override;
    Result<QList<HistoryEntry>> recent(int limit) const override;

private:
    explicit SqliteHistoryStore(std::unique_ptr<SqliteConnection> connection);
    Result<void> migrate();

    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace promptdesk

#pragma once

#include "history_entry.h"
#include "result.h"

#include <QList>

namespace promptdesk {

class HistoryStore {
public:
    virtual ~HistoryStore() = default;
    virtual Result<qint64> save(const HistoryEntry &entry) = 0;
    virtual Result<QList<HistoryEntry>> recent(int limit) const = 0;
};

} // namespace promptdesk

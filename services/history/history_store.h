#pragma once

#include "core/result.h"
#include "history/history_entry.h"

#include <QList>
#include <QStringList>

namespace promptdesk {

// Filters of the history view; empty fields match everything.
struct HistoryQuery {
    QString text; // words in the redacted text, or an original value (a person's name)
    QString templateId;
    QString providerId;
    QString status;
    QDateTime fromUtc;
    QDateTime toUtc;
    int limit = 200;
};

// The templates and providers the history holds, for the window's filters.
struct HistoryFacets {
    QStringList templateIds;
    QStringList providerIds;
};

class HistoryStore {
public:
    virtual ~HistoryStore() = default;
    virtual Result<qint64> save(const HistoryEntry &entry) = 0;
    virtual Result<QList<HistoryEntry>> recent(int limit) const = 0;
    // False when originals cannot be kept (no keychain): the app shows a banner.
    virtual bool vaultAvailable() const { return false; }

    // Newest first. Entries come without their vault (see entry()).
    virtual Result<QList<HistoryEntry>> search(const HistoryQuery &query) const = 0;
    // One entry with its vault opened, for preview, reopen and re-run.
    virtual Result<HistoryEntry> entry(qint64 id) const = 0;
    virtual Result<void> remove(qint64 id) = 0;
    virtual Result<int> eraseAll() = 0;
    // Retention: deletes entries created before the cutoff; returns how many.
    virtual Result<int> purgeOlderThan(const QDateTime &cutoffUtc) = 0;
    virtual Result<HistoryFacets> facets() const = 0;
    // History off: save() keeps nothing (returns -1) until recording is turned on again.
    virtual void setRecording(bool on) = 0;
    virtual bool recording() const = 0;
};

} // namespace promptdesk

#pragma once

#include "pipeline/history_browser.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace promptdesk {

// Applies the history retention while the app runs: at start(), then on a timer (hourly, so
// an entry goes within an hour of reaching its age, and at least daily however long the app
// stays open). The number of days is asked for each time, so a change in Preferences or a new
// policy applies without a restart. The clock is a seam for tests.
class RetentionKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionKeeper)
public:
    using Days = std::function<int()>;
    using Clock = std::function<QDateTime()>;
    RetentionKeeper(HistoryBrowser history, Days days, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start();
    // Deletes the entries older than the retention now; returns how many went.
    int applyNow();
    QTimer *timer() const { return m_timer; }

Q_SIGNALS:
    void entriesDeleted(int count);

private:
    HistoryBrowser m_history;
    Days m_days;
    Clock m_clock;
    QTimer *m_timer = nullptr;
};

} // namespace promptdesk

#include "pipeline/retention_keeper.h"

#include "core/logging.h"

#include <QTimer>

namespace promptdesk {

RetentionKeeper::RetentionKeeper(HistoryBrowser history, Days days, QObject *parent)
    : QObject(parent)
    , m_history(std::move(history))
    , m_days(std::move(days))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(std::chrono::hours(1));
    connect(m_timer, &QTimer::timeout, this, &RetentionKeeper::applyNow);
}

void RetentionKeeper::start()
{
    applyNow();
    m_timer->start();
}

int RetentionKeeper::applyNow()
{
    const int days = m_days ? m_days() : 0;
    if (days <= 0 || !m_history.historyKept()) {
        return 0;
    }
    Result<int> deleted = m_history.deleteOlderThan(m_clock().addDays(-days));
    if (!deleted) {
        qCWarning(lcHistory) << "retention failed:" << deleted.error().message;
        return 0;
    }
    if (deleted.value() > 0) {
        Q_EMIT entriesDeleted(deleted.value());
    }
    return deleted.value();
}

} // namespace promptdesk

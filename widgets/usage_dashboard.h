#pragma once

#include "pipeline/compare_votes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace promptdesk {

// The team's own benchmark: for each model, how often it was compared and how often its answer
// was marked better, best first.
class UsageDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageDashboard)
public:
    explicit UsageDashboard(QWidget *parent = nullptr);

    void setWinRates(const QList<ModelWinRate> &rates);
    QTableWidget *grid() const { return m_grid; }

private:
    QTableWidget *m_grid = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace promptdesk

#include "usage_dashboard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace promptdesk {

UsageDashboard::UsageDashboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageDashboard"));
    m_empty = new QLabel(tr("No comparisons yet. Compare two models and mark the better answer to "
                            "build your team's own ranking."),
                         this);
    m_empty->setWordWrap(true);
    m_grid = new QTableWidget(0, 4, this);
    m_grid->setObjectName(QStringLiteral("winRates"));
    m_grid->setAccessibleName(tr("Win rates per model"));
    m_grid->setHorizontalHeaderLabels({tr("Model"), tr("Compared"), tr("Better"), tr("Win rate")});
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_grid, 1);
}

void UsageDashboard::setWinRates(const QList<ModelWinRate> &rates)
{
    const QLocale locale;
    m_grid->setRowCount(static_cast<int>(rates.size()));
    for (int r = 0; r < rates.size(); ++r) {
        const ModelWinRate &rate = rates.at(r);
        m_grid->setItem(r, 0, new QTableWidgetItem(rate.model));
        m_grid->setItem(r, 1, new QTableWidgetItem(locale.toString(rate.comparisons)));
        m_grid->setItem(r, 2, new QTableWidgetItem(locale.toString(rate.wins)));
        m_grid->setItem(r, 3,
                        new QTableWidgetItem(locale.toString(rate.winRate() * 100.0, 'f', 0) +
                                             QStringLiteral(" %")));
    }
    m_grid->resizeColumnsToContents();
    m_empty->setVisible(rates.isEmpty());
}

} // namespace promptdesk

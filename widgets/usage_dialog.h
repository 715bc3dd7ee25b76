#pragma once

#include <QDialog>

class QLabel;

namespace promptdesk {

class UsageDashboard;

// Help > Model Usage: the win rates from the user's own comparisons (compare-votes.jsonl in
// the data folder), best first.
class UsageDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageDialog)
public:
    explicit UsageDialog(QString votesFile, QWidget *parent = nullptr);

    void reload();
    UsageDashboard *dashboard() const { return m_dashboard; }

private:
    QString m_votesFile;
    UsageDashboard *m_dashboard = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace promptdesk

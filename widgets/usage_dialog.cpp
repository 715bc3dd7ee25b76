#include "usage_dialog.h"

#include "pipeline/compare_votes.h"
#include "usage_dashboard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

UsageDialog::UsageDialog(QString votesFile, QWidget *parent)
    : QDialog(parent)
    , m_votesFile(std::move(votesFile))
{
    setObjectName(QStringLiteral("usageDialog"));
    setWindowTitle(tr("Model Usage"));
    auto *intro = new QLabel(
        tr("How often each model's answer was marked better when you compared models."), this);
    intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("usageProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_dashboard = new UsageDashboard(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_dashboard, 1);
    layout->addWidget(buttons);
    reload();
    resize(560, 380);
}

void UsageDialog::reload()
{
    const Result<QList<ModelWinRate>> rates = CompareVoteStore(m_votesFile).winRates();
    m_problem->setVisible(!rates);
    if (!rates) {
        m_problem->setText(tr("The comparisons could not be read: %1").arg(rates.error().message));
        m_dashboard->setWinRates({});
        return;
    }
    m_dashboard->setWinRates(rates.value());
}

} // namespace promptdesk

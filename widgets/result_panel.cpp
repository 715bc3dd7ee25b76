#include "result_panel.h"

#include "extraction_table_view.h"
#include "output_view.h"
#include "page_source_dialog.h"
#include "pipeline/job.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace promptdesk {

ResultPanel::ResultPanel(const QList<QWidget *> &actionButtons, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    m_output = new OutputView(this);
    connect(m_output, &OutputView::citationActivated, this, &ResultPanel::showCitedPage);
    m_table = new ExtractionTableView(this);
    m_table->hide();
    connect(m_table, &ExtractionTableView::exported, this, [this](const QString &path) {
        Q_EMIT statusMessage(tr("Exported “%1”.").arg(QFileInfo(path).fileName()));
    });
    connect(m_table, &ExtractionTableView::exportFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not export"), message);
    });

    auto *resultLabel = new QLabel(tr("Result"), this);
    QFont bold = resultLabel->font();
    bold.setBold(true);
    resultLabel->setFont(bold);
    resultLabel->setBuddy(m_output->browser());

    m_continue = new QPushButton(tr("Continue the answer"), this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue the answer"));
    m_continue->setToolTip(tr("The answer stopped at the length limit: ask the model to go on."));
    m_continue->hide();
    connect(m_continue, &QPushButton::clicked, this, &ResultPanel::continueRequested);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_continue);
    buttonRow->addStretch();
    for (QWidget *button : actionButtons) {
        buttonRow->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(resultLabel);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttonRow);
}

QList<QWidget *> ResultPanel::focusChain() const
{
    QList<QWidget *> chain{m_output->browser()};
    for (QWidget *w : m_table->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            chain.append(w);
        }
    }
    chain.append(m_continue);
    return chain;
}

void ResultPanel::hideExtras()
{
    m_table->hide();
    m_output->show();
    m_output->browser()->show();
    m_continue->hide();
}

void ResultPanel::offerContinue(bool offered)
{
    m_continue->setVisible(offered);
}

void ResultPanel::showOutcome(const JobOutcome &outcome)
{
    m_output->finishJob(outcome);
    if (outcome.plan.mapReduce && !outcome.citedPages.isEmpty()) {
        m_output->setSourcePages(outcome.sourcePages);
    }
    if (outcome.extraction && !outcome.table.columns.isEmpty()) {
        m_table->setTable(outcome.table, outcome.validationErrors);
        m_table->show();
        // A valid table says it all; the raw JSON stays for Copy / Save as and for answers
        // that did not fully match the template (then both are shown).
        const bool tableSaysItAll = outcome.validationErrors.isEmpty();
        m_output->browser()->setVisible(!tableSaysItAll);
        m_output->setVisible(!tableSaysItAll || !m_output->messageText().isEmpty());
    }
}

void ResultPanel::showCitedPage(int page)
{
    const DocumentPage *source = m_output->sourcePage(page);
    if (!source) {
        return;
    }
    if (!m_pageDialog) {
        m_pageDialog = new PageSourceDialog(this);
    }
    m_pageDialog->showPage(*source);
}

} // namespace promptdesk

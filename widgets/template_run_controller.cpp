#include "template_run_controller.h"

#include "compare_view.h"
#include "pipeline/pipeline.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace promptdesk {

TemplateRunController::TemplateRunController(const Pipeline &pipeline, const JobRequest &request,
                                             QWidget *dialogParent)
    : QObject(dialogParent)
    , m_job(pipeline.start(request, this, StartOptions{/*waitForApproval=*/true, {}}))
    , m_dialogParent(dialogParent)
{
    connect(m_job, &Job::notice, this, &TemplateRunController::statusText);
    connect(m_job, &Job::progress, this, &TemplateRunController::progress);
    connect(m_job, &Job::stageChanged, this, &TemplateRunController::stageChanged);
    connect(m_job, &Job::outputDelta, this, &TemplateRunController::outputDelta);
    connect(m_job, &Job::planReady, this, &TemplateRunController::onPlan);
    connect(m_job, &Job::chunkProgress, this, [this](int done, int total, double cost) {
        if (total > 1) {
            Q_EMIT statusText(progressText(done, total, cost));
            Q_EMIT progress(done * 100 / total);
        }
    });
    connect(m_job, &Job::finished, this, [this](const JobOutcome &outcome) {
        if (m_estimate) {
            m_estimate->close();
        }
        Q_EMIT finished(outcome);
    });
}

TemplateRunController::~TemplateRunController()
{
    if (m_estimate) {
        m_estimate->disconnect(this);
        delete m_estimate;
    }
    m_job->disconnect(this);
    m_job->cancel();
}

void TemplateRunController::start()
{
    // Pipeline::start() starts the job when control returns to the event loop.
}

void TemplateRunController::cancel()
{
    m_job->cancel(); // finished follows; before any send it reports that nothing was sent
}

QString TemplateRunController::progressText(int done, int total, double costSoFarUsd)
{
    const QString chunks = tr("chunk %1 of %2").arg(done).arg(total);
    if (costSoFarUsd < 0) {
        return chunks;
    }
    return chunks + QStringLiteral(" · ") +
           tr("%1 so far").arg(CompareView::costText(costSoFarUsd));
}

QString TemplateRunController::estimateText(const JobPlan &plan)
{
    const QLocale locale;
    QString text = tr("This document is long: it will be sent in %1 parts (about %2 tokens).")
                       .arg(plan.chunkCount)
                       .arg(locale.toString(plan.estimatedInputTokens));
    text += QLatin1Char('\n');
    text += tr("Parts go to %1, the answer comes from %2.")
                .arg(plan.mapModel.isEmpty() ? plan.model : plan.mapModel, plan.model);
    text += QLatin1Char('\n');
    text +=
        plan.estimatedCostUsd >= 0
            ? tr("Estimated cost: at most %1.").arg(CompareView::costText(plan.estimatedCostUsd))
            : tr("The cost cannot be estimated: the model has no price in the policy.");
    return text;
}

QString TemplateRunController::sendText(const JobPlan &plan)
{
    const QLocale locale;
    if (plan.basic) {
        return tr("Running on %1: nothing leaves this computer.").arg(plan.providerName);
    }
    if (!plan.allowed) {
        return tr("Not sent: %1").arg(plan.blockedReason);
    }
    QString text = tr("Sending to %1 \u00B7 %2 as %3 data \u00B7 about %4 tokens")
                       .arg(plan.providerName, plan.model, plan.dataClass,
                            locale.toString(plan.estimatedInputTokens));
    if (plan.estimatedCostUsd >= 0) {
        text += QStringLiteral(" \u00B7 ") +
                tr("at most %1").arg(CompareView::costText(plan.estimatedCostUsd));
    }
    if (plan.monthBudgetUsd >= 0) {
        text += QStringLiteral(" \u00B7 ") + tr("this month %1 of %2")
                                                 .arg(CompareView::costText(plan.monthSpentUsd),
                                                      CompareView::costText(plan.monthBudgetUsd));
    }
    for (const QString &warning : plan.warnings) {
        text += QStringLiteral(" \u00B7 ") + warning;
    }
    return text;
}

void TemplateRunController::onPlan(const JobPlan &plan)
{
    Q_EMIT planReady(plan);
    // A blocked send goes on to the gate, which records it and ends the job with the reason.
    if (!plan.mapReduce || plan.basic || !plan.allowed) {
        Q_EMIT statusText(sendText(plan));
        Q_EMIT progress(-1);
        m_job->proceed();
        return;
    }
    Q_EMIT statusText(tr("Waiting for your go-ahead…"));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Long document"), estimateText(plan),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("costEstimateDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *startButton = box->addButton(tr("Start"), QMessageBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("costEstimateStart"));
    startButton->setAccessibleName(tr("Start"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(startButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, startButton] {
        if (box->clickedButton() == startButton) {
            Q_EMIT statusText(progressText(0, m_job->plan().chunkCount, 0));
            m_job->proceed();
        } else {
            m_job->cancel();
        }
    });
    m_estimate = box;
    box->open();
}

} // namespace promptdesk

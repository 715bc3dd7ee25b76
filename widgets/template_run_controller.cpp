#include "template_run_controller.h"

#include "compare_view.h"
#include "provider_registry.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace promptdesk {

TemplateRunController::TemplateRunController(const PipelineServices &services,
                                             const JobRequest &request, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_job(new MapReduceJob(services, request, {}, this))
    , m_dialogParent(dialogParent)
{
    const ProviderRegistry *registry = services.providers;
    const Provider *provider =
        registry ? registry->find(request.providerId.isEmpty() ? registry->defaultProviderId()
                                                               : request.providerId)
                 : nullptr;
    m_confirmLongRuns = !provider || !provider->descriptor().basic;
    connect(m_job, &MapReduceJob::stageChanged, this, &TemplateRunController::stageChanged);
    connect(m_job, &MapReduceJob::outputDelta, this, &TemplateRunController::outputDelta);
    connect(m_job, &MapReduceJob::planReady, this, &TemplateRunController::onPlan);
    connect(m_job, &MapReduceJob::chunkProgress, this, [this](int done, int total, double cost) {
        if (total > 1) {
            Q_EMIT statusText(progressText(done, total, cost));
            Q_EMIT progress(done * 100 / total);
        }
    });
    connect(m_job, &MapReduceJob::finished, this, [this](const MapReduceOutcome &outcome) {
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
    m_job->start(/*waitForApproval=*/true);
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

QString TemplateRunController::estimateText(const MapReducePlan &plan)
{
    const QLocale locale;
    QString text = tr("This document is long: it will be sent in %1 parts (about %2 tokens).")
                       .arg(plan.chunkCount)
                       .arg(locale.toString(plan.estimatedInputTokens));
    text += QLatin1Char('\n');
    text +=
        plan.estimatedCostUsd >= 0
            ? tr("Estimated cost: at most %1.").arg(CompareView::costText(plan.estimatedCostUsd))
            : tr("The cost cannot be estimated: the model has no price in the policy.");
    return text;
}

void TemplateRunController::onPlan(const MapReducePlan &plan)
{
    if (!plan.mapReduce || !m_confirmLongRuns) {
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

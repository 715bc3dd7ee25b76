// The main window's template library, long-document, extraction and compare features, kept out
// of main_window.cpp so each file stays readable. Same class; the work is in the dialogs and in
// TemplateRunController.
#include "main_window.h"

#include "app_paths.h"
#include "compare_dialog.h"
#include "drop_zone.h"
#include "extraction_table_view.h"
#include "input_list.h"
#include "map_reduce_job.h"
#include "output_view.h"
#include "pipeline.h"
#include "provider_registry.h"
#include "result_panel.h"
#include "review_dialog.h"
#include "run_routing.h"
#include "template_library.h"
#include "template_manager_dialog.h"
#include "template_picker.h"
#include "template_run_controller.h"
#include "usage_dialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProgressBar>

namespace promptdesk {

void MainWindow::createToolActions()
{
    m_actionCompare =
        makeAction(QStringLiteral("actionCompareModels"), tr("Compare &Models…"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, &MainWindow::showCompare);
    m_actionCompare->setStatusTip(
        tr("Run the chosen task on two or three approved models side by side."));
    m_actionUsage = makeAction(QStringLiteral("actionModelUsage"), tr("Model &Usage"), {},
                               &MainWindow::showUsage);
    m_actionManageTemplates = makeAction(
        QStringLiteral("actionManageTemplates"), tr("&Manage Templates…"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, &MainWindow::showTemplateManager);
    m_actionManageTemplates->setEnabled(false); // until setEditableTemplates()
}

void MainWindow::setEditableTemplates(TemplateLibrary *library)
{
    m_editableTemplates = library;
    m_actionManageTemplates->setEnabled(library != nullptr);
}

ExtractionTableView *MainWindow::extractionTable() const
{
    return m_result->table();
}

TemplateRunController *MainWindow::templateRun() const
{
    return m_templateRun;
}

QString MainWindow::votesFile() const
{
    return QDir(AppPaths::fromEnvironment().dataDir())
        .filePath(QStringLiteral("compare-votes.jsonl"));
}

JobRequest MainWindow::currentRequest() const
{
    JobRequest request;
    request.filePath = m_dropZone->filePath();
    request.pastedText = m_dropZone->text();
    if (m_inputList->hasText()) {
        // The list already read every input (OCR included); typed notes follow its text.
        const QString notes = request.pastedText.trimmed();
        request.pastedText = m_inputList->combinedText() +
                             (notes.isEmpty() ? QString() : QStringLiteral("\n\n") + notes);
        request.filePath.clear();
    }
    request.templateId = m_picker->templateId();
    request.options = m_picker->options();
    return request;
}

bool MainWindow::startTemplateRun(const JobRequest &request)
{
    const Template *tmpl = m_pipeline.templates().find(request.templateId);
    if (!tmpl || !runsAsMapReduce(*tmpl, request)) {
        return false;
    }
    const ProviderRegistry &registry = m_pipeline.providers();
    const Provider *provider = registry.find(registry.defaultProviderId());
    m_output->beginJob(provider && provider->descriptor().basic);
    launchTemplateRun(request);
    return true;
}

void MainWindow::continueAnswer()
{
    if (isRunning() || m_continuation.continueAfter.isEmpty()) {
        return;
    }
    m_result->offerContinue(false);
    m_output->continueJob();
    launchTemplateRun(m_continuation);
}

void MainWindow::launchTemplateRun(const JobRequest &request)
{
    m_templateRun = new TemplateRunController(m_pipeline.services(), request, this);
    connect(m_templateRun, &TemplateRunController::stageChanged, this, &MainWindow::onStageChanged);
    connect(m_templateRun, &TemplateRunController::statusText, m_stageLabel, &QLabel::setText);
    connect(m_templateRun, &TemplateRunController::progress, this, &MainWindow::onProgress);
    connect(m_templateRun, &TemplateRunController::outputDelta, m_output, &OutputView::appendDelta);
    connect(m_templateRun, &TemplateRunController::finished, this,
            &MainWindow::onTemplateRunFinished);

    m_dropZone->setReadOnly(true);
    m_picker->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    updateActions();
    m_templateRun->start();
}

void MainWindow::onTemplateRunFinished(const MapReduceOutcome &outcome)
{
    TemplateRunController *run = m_templateRun;
    m_templateRun = nullptr;
    if (run) {
        run->disconnect(this);
        run->deleteLater();
    }
    m_result->showOutcome(outcome);
    // Stopped at the length limit (a text answer in one request): "Continue" asks for the rest.
    const bool truncated = outcome.truncated && outcome.job.succeeded() &&
                           !outcome.plan.mapReduce && !outcome.extraction &&
                           !outcome.job.rawOutput.isEmpty();
    if (run) {
        m_continuation = run->request();
    }
    m_continuation.continueAfter =
        truncated ? m_continuation.continueAfter + outcome.job.rawOutput : QString();
    m_result->offerContinue(truncated);
    int hidden = 0;
    for (int count : outcome.job.redactionCounts) {
        hidden += count;
    }
    const bool cancelled = outcome.job.error && outcome.job.error->kind == ErrorKind::Cancelled;
    finishRun(outcome.job.succeeded(), cancelled, hidden);
    if (outcome.plan.mapReduce && outcome.chunksDone > 0) {
        m_stageLabel->setText(m_stageLabel->text() + QStringLiteral(" · ") +
                              TemplateRunController::progressText(
                                  outcome.chunksDone, outcome.plan.chunkCount, outcome.costUsd));
    }
}

void MainWindow::showCompare()
{
    if (isRunning() || !m_actionCompare->isEnabled()) {
        return;
    }
    JobRequest request = currentRequest();
    // The review step applies to comparisons too: every model gets the text as approved.
    const auto *review = findChild<QAction *>(QStringLiteral("actionReviewBeforeSending"));
    if (review && review->isChecked() &&
        !ReviewDialog::reviewBeforeSending(this, m_pipeline.services(), request)) {
        return;
    }
    auto *dialog = new CompareDialog(m_pipeline, request, votesFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUsage()
{
    auto *dialog = new UsageDialog(votesFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showTemplateManager()
{
    if (!m_editableTemplates) {
        return;
    }
    auto *dialog = new TemplateManagerDialog(*m_editableTemplates,
                                             AppPaths::fromEnvironment().userTemplatesDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateManagerDialog::templatesChanged, this,
            [this] { m_picker->setTemplates(m_pipeline.templates().all()); });
    dialog->open();
}

} // namespace promptdesk

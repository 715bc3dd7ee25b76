// The main window's template library, long-document, extraction and compare features, kept out
// of main_window.cpp so each file stays readable. Same class; the work is in the dialogs and in
// TemplateRunController.
#include "main_window.h"

#include "compare_dialog.h"
#include "core/app_paths.h"
#include "drop_zone.h"
#include "extraction_table_view.h"
#include "history_dialog.h"
#include "input_list.h"
#include "output_view.h"
#include "pipeline/history_settings.h"
#include "pipeline/pipeline.h"
#include "pipeline/prepared_input.h"
#include "policy/policy_gate.h"
#include "rerun_dialog.h"
#include "result_panel.h"
#include "review_dialog.h"
#include "run_target_chooser.h"
#include "template_manager_dialog.h"
#include "template_picker.h"
#include "template_run_controller.h"
#include "templates/template_library.h"
#include "ui_settings.h"
#include "usage_dialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

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
    m_actionHistory = makeAction(QStringLiteral("actionHistory"), tr("&History…"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_H)}, &MainWindow::showHistory);
    m_actionHistory->setStatusTip(tr("Find, reopen and delete your past jobs."));
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
        request.sourceName = m_inputList->combinedName();
    }
    request.templateId = m_picker->templateId();
    request.options = m_picker->options();
    request.providerId = m_chooser->providerId();
    request.model = m_chooser->model();
    request.dataClass = m_chooser->dataClass();
    return request;
}

void MainWindow::prepareThen(const JobRequest &request,
                             const std::function<void(const JobRequest &)> &then)
{
    m_preparation = m_pipeline.prepare(request, this);
    connect(m_preparation, &Preparation::ready, this,
            [this, request, then](const std::shared_ptr<const PreparedInput> &prepared) {
                Preparation *done = m_preparation;
                m_preparation = nullptr;
                if (done) {
                    done->deleteLater();
                }
                onPrepared(request, prepared, then);
            });
    m_dropZone->setReadOnly(true);
    m_picker->setEnabled(false);
    m_chooser->setEnabled(false);
    m_stageLabel->setText(jobStageText(JobStage::Reading));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateActions();
}

void MainWindow::onPrepared(JobRequest request,
                            const std::shared_ptr<const PreparedInput> &prepared,
                            const std::function<void(const JobRequest &)> &then)
{
    std::shared_ptr<const PreparedInput> input = prepared;
    if (!prepared->error) {
        // The policy raises the class for some kinds of personal data: the choosers follow, and
        // the window says so before anything is sent.
        const QString raised =
            m_pipeline.dataClassFor(request.dataClass, prepared->redacted.countsByType());
        if (!raised.isEmpty() && raised != request.dataClass) {
            const QString before =
                m_chooser->current() ? m_chooser->current()->displayName() : QString();
            m_chooser->setDataClass(raised);
            const bool kept =
                m_chooser->setCatalogue(m_pipeline.catalogue(raised, request.templateId),
                                        request.providerId, request.model);
            updateRunTargetLabel();
            const CatalogueModel *target = m_chooser->current();
            if (!target) {
                finishRun(false, false, 0);
                m_stageLabel->setText(tr("Not sent: the text contains personal data that makes it "
                                         "%1, and your company's policy allows no service for "
                                         "that.")
                                          .arg(raised));
                return;
            }
            statusBar()->showMessage(
                kept ? tr("The text contains personal data that makes it %1.").arg(raised)
                     : tr("The text contains personal data that makes it %1; %2 may not receive "
                          "it, so Run uses %3.")
                           .arg(raised, before, target->displayName()),
                10000);
            request.dataClass = raised;
            request.providerId = target->providerId;
            request.model = target->model;
        }
        const auto *review = findChild<QAction *>(QStringLiteral("actionReviewBeforeSending"));
        if (review && review->isChecked() && m_pipeline.policy().redactionRequired()) {
            const std::optional<RedactedText> approved =
                ReviewDialog::review(this, m_pipeline, *prepared);
            if (!approved) {
                finishRun(false, true, 0); // the user cancelled in the review step: nothing sent
                return;
            }
            input = withReviewedText(*prepared, *approved);
        }
    }
    request.prepared = input;
    then(request);
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
    m_templateRun = new TemplateRunController(m_pipeline, request, this);
    connect(m_templateRun, &TemplateRunController::stageChanged, this, &MainWindow::onStageChanged);
    connect(m_templateRun, &TemplateRunController::statusText, m_stageLabel, &QLabel::setText);
    connect(m_templateRun, &TemplateRunController::progress, this, &MainWindow::onProgress);
    connect(m_templateRun, &TemplateRunController::outputDelta, m_output, &OutputView::appendDelta);
    connect(m_templateRun, &TemplateRunController::finished, this,
            &MainWindow::onTemplateRunFinished);

    m_dropZone->setReadOnly(true);
    m_picker->setEnabled(false);
    m_chooser->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    updateActions();
}

void MainWindow::onTemplateRunFinished(const JobOutcome &outcome)
{
    TemplateRunController *run = m_templateRun;
    m_templateRun = nullptr;
    if (run) {
        run->disconnect(this);
        run->deleteLater();
    }
    m_result->showOutcome(outcome);
    // Stopped at the length limit (a text answer in one request): "Continue" asks for the rest.
    const bool truncated = outcome.truncated && outcome.succeeded() && !outcome.plan.mapReduce &&
                           !outcome.extraction && !outcome.rawOutput.isEmpty();
    if (run) {
        m_continuation = run->request();
    }
    m_continuation.continueAfter =
        truncated ? m_continuation.continueAfter + outcome.rawOutput : QString();
    m_result->offerContinue(truncated);
    int hidden = 0;
    for (int count : outcome.redactionCounts) {
        hidden += count;
    }
    const bool cancelled = outcome.error && outcome.error->kind == ErrorKind::Cancelled;
    finishRun(outcome.succeeded(), cancelled, hidden);
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
    // Read once and reviewed like Run: every model gets the text as approved.
    prepareThen(currentRequest(), [this](const JobRequest &request) {
        finishRun(true, false, 0);
        m_stageLabel->setText(jobStageText(JobStage::Idle));
        auto *dialog = new CompareDialog(m_pipeline, request, votesFile(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::showUsage()
{
    auto *dialog = new UsageDialog(votesFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHistory()
{
    auto *dialog = new HistoryDialog(m_pipeline.history(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeptForText(
        HistorySettings(m_uiSettings->fileName(), m_pipeline.policy()).keptForText());
    connect(dialog, &HistoryDialog::reopenRequested, this, [this](const HistoryPreview &entry) {
        if (isRunning()) {
            return;
        }
        reopenFromHistory(entry);
        statusBar()->showMessage(tr("Reopened from your history."), 5000);
    });
    connect(dialog, &HistoryDialog::rerunRequested, this, &MainWindow::rerunFromHistory);
    dialog->open();
}

void MainWindow::reopenFromHistory(const HistoryPreview &entry)
{
    m_inputList->clear();
    m_dropZone->setNotes(entry.input);
    m_picker->setTemplateId(entry.item.templateId);
    for (auto it = entry.options.cbegin(); it != entry.options.cend(); ++it) {
        m_picker->setOption(it.key(), it.value());
    }
}

void MainWindow::rerunFromHistory(const HistoryPreview &entry)
{
    if (isRunning()) {
        statusBar()->showMessage(tr("Wait for the current job to finish, then run it again."),
                                 5000);
        return;
    }
    // The input goes back into the window first, so it is read, classified and reviewed like
    // any Run, and stays there for the user afterwards.
    reopenFromHistory(entry);
    prepareThen(currentRequest(), [this, entry](const JobRequest &request) {
        finishRun(true, false, 0);
        m_stageLabel->setText(jobStageText(JobStage::Idle));
        const CatalogueModel *target = m_chooser->current();
        auto *dialog = new RerunDialog(m_pipeline, request, entry,
                                       target ? target->displayName() : request.providerId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
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

#pragma once

#include "pipeline/job_request.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace promptdesk {

class DropZone;
class ExtractionTableView;
class InputList;
class OutputView;
class Preparation;
class RetentionKeeper;
class RunTargetChooser;
class ResultPanel;
class Pipeline;
class TemplateLibrary;
class TemplatePicker;
class TemplateRunController;
class UiSettings;
enum class JobStage;
struct HistoryPreview;
struct JobOutcome;
struct PreparedInput;

// The one window: input on the left, the task and its options below it, the result on the
// right. It renders job state and forwards the user's intent to the pipeline; the work
// itself runs in a Job, so the window never waits.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const Pipeline &pipeline, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isRunning() const { return !m_preparation.isNull() || !m_templateRun.isNull(); }
    // Files given on the command line or by "Open with": they go into the input list.
    void openFiles(const QStringList &paths);
    // Entries in the input list (files, folders, pasted text), for the start-up report.
    int inputCount() const;
    RunTargetChooser *runTargetChooser() const { return m_chooser; }

    // The library the user's own templates are added to (Templates > Manage Templates): the
    // same object the pipeline reads, owned by the composition root. Without it the templates
    // can be browsed and exported but not changed.
    void setEditableTemplates(TemplateLibrary *library);
    ExtractionTableView *extractionTable() const;
    OutputView *outputView() const { return m_output; }
    TemplatePicker *templatePicker() const { return m_picker; }
    TemplateRunController *templateRun() const;
    // Deletes history entries past their retention while the window is open (clock seam).
    RetentionKeeper *retentionKeeper() const { return m_retention; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    QAction *makeAction(const QString &objectName, const QString &text,
                        const QList<QKeySequence> &shortcuts, void (MainWindow::*slot)());

    void run();
    void cancel();
    void copyOutput();
    void saveOutputAs();
    void clearAll();
    void openFile();
    void pasteInput();
    void quit();
    void showAbout();
    void showShortcuts();
    void showPreferences();
    void showGuide();
    void showIntroduction();

    // main_window_tools.cpp: the template library, long documents, extraction and compare.
    void createToolActions();
    JobRequest currentRequest() const;
    // Run and Compare: read the input once (Pipeline::prepare), raise the data class if the
    // policy says so, let the user review, then go on with the request that carries it.
    void prepareThen(const JobRequest &request,
                     const std::function<void(const JobRequest &)> &then);
    void onPrepared(JobRequest request, const std::shared_ptr<const PreparedInput> &prepared,
                    const std::function<void(const JobRequest &)> &then);
    void launchTemplateRun(const JobRequest &request);
    // main_window_target.cpp: the provider/model and data-class choosers.
    void refreshCatalogue();
    void onDataClassChosen(const QString &dataClass);
    void rememberRunChoice();
    void updateRunTargetLabel();
    void continueAnswer(); // after the length limit: one more request that goes on
    void onTemplateRunFinished(const JobOutcome &outcome);
    void showCompare();
    void showUsage();
    void showHistory();
    void reopenFromHistory(const HistoryPreview &entry);
    void rerunFromHistory(const HistoryPreview &entry);
    void showTemplateManager();
    QString votesFile() const;
    void finishRun(bool succeeded, bool cancelled, int hiddenCount);

    void onStageChanged(JobStage stage);
    void onProgress(int percent);
    void onInputProgress(int percent); // the input list reading documents, -1 when done
    void updateActions();

    const Pipeline &m_pipeline;
    QPointer<Preparation> m_preparation; // reading the input for Run or Compare
    QPointer<TemplateRunController> m_templateRun;
    TemplateLibrary *m_editableTemplates = nullptr;
    JobRequest m_continuation; // the last run, with the answer so far for "Continue"
    QList<QAction *> m_actions;

    DropZone *m_dropZone = nullptr;
    InputList *m_inputList = nullptr; // files, folders, pasted data: extracted ahead of Run
    TemplatePicker *m_picker = nullptr;
    RunTargetChooser *m_chooser = nullptr;
    ResultPanel *m_result = nullptr;
    OutputView *m_output = nullptr; // m_result's
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_providerLabel = nullptr;
    QLabel *m_keychainBanner = nullptr; // history kept without the originals
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QAction *m_actionOpen = nullptr;
    QAction *m_actionPaste = nullptr;
    QAction *m_actionSaveAs = nullptr;
    QAction *m_actionQuit = nullptr;
    QAction *m_actionCopy = nullptr;
    QAction *m_actionClear = nullptr;
    QAction *m_actionRun = nullptr;
    QAction *m_actionCancel = nullptr;
    QAction *m_actionShortcuts = nullptr;
    QAction *m_actionAbout = nullptr;
    QAction *m_actionPreferences = nullptr;
    QAction *m_actionGuide = nullptr;
    QAction *m_actionIntroduction = nullptr;
    QAction *m_actionCompare = nullptr;
    QAction *m_actionUsage = nullptr;
    QAction *m_actionHistory = nullptr;
    QAction *m_actionManageTemplates = nullptr;
    std::unique_ptr<UiSettings> m_uiSettings; // language, introduction shown
    RetentionKeeper *m_retention = nullptr;
};

} // namespace promptdesk

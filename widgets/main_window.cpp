#include "main_window.h"

#include "review_dialog.h"

#include "about_dialog.h"
#include "core/app_paths.h"
#include "drop_zone.h"
#include "first_run_dialog.h"
#include "help_guide_dialog.h"
#include "input_list.h"
#include "output_file.h"
#include "output_view.h"
#include "pipeline/history_settings.h"
#include "pipeline/pipeline.h"
#include "pipeline/retention_keeper.h"
#include "policy/policy_gate.h"
#include "policy_banner.h"
#include "result_panel.h"
#include "run_target_chooser.h"
#include "settings_dialog.h"
#include "shortcuts_dialog.h"
#include "template_picker.h"
#include "template_run_controller.h"
#include "templates/template_library.h"
#include "ui_settings.h"
#include <QComboBox>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

// Alt+letters of the menus and the input area, kept free for the template buttons.
QSet<QChar> reservedMnemonics()
{
    return {QLatin1Char('f'), QLatin1Char('e'), QLatin1Char('u'),
            QLatin1Char('h'), QLatin1Char('c'), QLatin1Char('v'),
            QLatin1Char('n'), QLatin1Char('t'), QLatin1Char('o'), // o: &OCR
            QLatin1Char('d'), QLatin1Char('a')};                  // Sen&d to, Dat&a
}

} // namespace

MainWindow::MainWindow(const Pipeline &pipeline, QWidget *parent)
    : QMainWindow(parent)
    , m_pipeline(pipeline)
    , m_uiSettings(std::make_unique<UiSettings>(AppPaths::fromEnvironment().settingsFile()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Promptdesk"));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    updateActions();
    resize(1000, 700);
    // Retention while the window is open (the app applied it at start, too). The days are read
    // each time, so Preferences and the policy apply without a restart.
    m_retention = new RetentionKeeper(
        m_pipeline.history(),
        [this] {
            return HistorySettings(m_uiSettings->fileName(), m_pipeline.policy()).retentionDays();
        },
        this);
    connect(m_retention, &RetentionKeeper::entriesDeleted, this, [this](int count) {
        statusBar()->showMessage(
            tr("%n history entries reached the end of their retention and were deleted.", nullptr,
               count),
            8000);
    });
    m_retention->start();
}

MainWindow::~MainWindow()
{
    delete m_templateRun; // cancels its job
    delete m_preparation; // stops its reading
}

QAction *MainWindow::makeAction(const QString &objectName, const QString &text,
                                const QList<QKeySequence> &shortcuts, void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

void MainWindow::createActions()
{
    m_actionOpen = makeAction(QStringLiteral("actionOpen"), tr("&Open…"), {QKeySequence::Open},
                              &MainWindow::openFile);
    m_actionPaste =
        makeAction(QStringLiteral("actionPaste"), tr("&Paste as input"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, &MainWindow::pasteInput);
    m_actionSaveAs = makeAction(QStringLiteral("actionSaveAs"), tr("&Save result as…"),
                                {QKeySequence::Save}, &MainWindow::saveOutputAs);
    m_actionQuit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"),
                              {QKeySequence(Qt::CTRL | Qt::Key_Q)}, &MainWindow::quit);
    m_actionCopy =
        makeAction(QStringLiteral("actionCopy"), tr("&Copy result"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, &MainWindow::copyOutput);
    m_actionClear = makeAction(QStringLiteral("actionClear"), tr("C&lear"),
                               {QKeySequence(Qt::CTRL | Qt::Key_L)}, &MainWindow::clearAll);
    m_actionRun = makeAction(
        QStringLiteral("actionRun"), tr("&Run"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        &MainWindow::run);
    m_actionCancel = makeAction(QStringLiteral("actionCancel"), tr("&Cancel"),
                                {QKeySequence(Qt::Key_Escape)}, &MainWindow::cancel);
    m_actionShortcuts = makeAction(QStringLiteral("actionShortcuts"), tr("&Keyboard shortcuts"),
                                   {QKeySequence::HelpContents}, &MainWindow::showShortcuts);
    m_actionAbout = makeAction(QStringLiteral("actionAbout"), tr("&About Promptdesk"), {},
                               &MainWindow::showAbout);
    m_actionPreferences =
        makeAction(QStringLiteral("actionPreferences"), tr("&Preferences…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, &MainWindow::showPreferences);
    m_actionPreferences->setMenuRole(QAction::PreferencesRole);
    m_actionGuide =
        makeAction(QStringLiteral("actionGuide"), tr("&Task guide"), {}, &MainWindow::showGuide);
    m_actionIntroduction =
        makeAction(QStringLiteral("actionIntroduction"), tr("How Promptdesk &protects your data"),
                   {}, &MainWindow::showIntroduction);

    m_actionRun->setStatusTip(tr("Run the chosen task on your document or notes."));
    m_actionCancel->setStatusTip(tr("Stop the task; what was produced so far is kept."));
    m_actionQuit->setMenuRole(QAction::QuitRole);
    m_actionAbout->setMenuRole(QAction::AboutRole);
    createToolActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actionOpen);
    file->addAction(m_actionPaste);
    file->addSeparator();
    file->addAction(m_actionSaveAs);
    file->addAction(m_actionHistory);
    file->addSeparator();
    file->addAction(m_actionQuit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actionCopy);
    edit->addAction(m_actionClear);
    edit->addSeparator();
    edit->addAction(m_actionPreferences);

    QMenu *runMenu = menuBar()->addMenu(tr("R&un"));
    runMenu->addAction(m_actionRun);
    runMenu->addAction(m_actionCancel);
    runMenu->addSeparator();
    runMenu->addAction(m_actionCompare);

    // Review step (widgets/review_dialog): off by default, the user turns it on here.
    QAction *review = runMenu->addAction(tr("&Review Personal Data Before Sending"));
    review->setObjectName(QStringLiteral("actionReviewBeforeSending"));
    review->setCheckable(true);
    review->setChecked(m_uiSettings->reviewBeforeSending());
    connect(review, &QAction::toggled, this,
            [this](bool on) { m_uiSettings->setReviewBeforeSending(on); });
    QMenu *templates = menuBar()->addMenu(tr("&Templates"));
    templates->addAction(m_actionManageTemplates);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actionGuide);
    help->addAction(m_actionIntroduction);
    help->addAction(m_actionShortcuts);
    help->addAction(m_actionUsage);
    help->addSeparator();
    help->addAction(m_actionAbout);
}

void MainWindow::createCentralWidget()
{
    m_dropZone = new DropZone(this);
    connect(m_dropZone, &DropZone::inputChanged, this, &MainWindow::updateActions);
    m_inputList = new InputList(&m_pipeline.documents(), this);
    connect(m_inputList, &InputList::changed, this, &MainWindow::updateActions);
    connect(m_inputList, &InputList::progressChanged, this, &MainWindow::onInputProgress);
    connect(m_dropZone, &DropZone::inputChanged, m_inputList, [this](const QString &filePath) {
        if (!filePath.isEmpty()) {
            m_inputList->addFiles({filePath});
        }
    });
    connect(m_dropZone, &DropZone::urlsDropped, m_inputList, [this](const QList<QUrl> &urls) {
        QStringList paths;
        for (const QUrl &url : urls) {
            if (url.isLocalFile()) {
                paths.append(url.toLocalFile());
            }
        }
        m_inputList->addFiles(paths);
    });

    m_picker = new TemplatePicker(m_pipeline.templates(), reservedMnemonics(), this);
    m_chooser = new RunTargetChooser(this);
    connect(m_chooser, &RunTargetChooser::targetChanged, this, [this] {
        rememberRunChoice();
        updateRunTargetLabel();
        updateActions();
    });
    connect(m_chooser, &RunTargetChooser::dataClassChanged, this, &MainWindow::onDataClassChosen);

    // Buttons mirror their actions: the actions hold the shortcuts and enabled state.
    const auto buttonFor = [this](QAction *action, const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        button->setAccessibleName(plain);
        if (!shortcut.isEmpty()) {
            button->setToolTip(tr("%1 (%2)").arg(plain, shortcut));
            button->setAccessibleDescription(action->statusTip());
        }
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        button->setEnabled(action->isEnabled());
        return button;
    };
    m_runButton = buttonFor(m_actionRun, tr("Run"), QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_runButton->setMinimumWidth(120);
    m_cancelButton = buttonFor(m_actionCancel, tr("Cancel"), QStringLiteral("cancelButton"));
    m_copyButton = buttonFor(m_actionCopy, tr("Copy"), QStringLiteral("copyButton"));
    m_saveButton = buttonFor(m_actionSaveAs, tr("Save as…"), QStringLiteral("saveButton"));

    auto *runRow = new QHBoxLayout;
    runRow->addStretch();
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_runButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_dropZone, 1);
    leftLayout->addWidget(m_inputList, 1);
    leftLayout->addWidget(m_picker);
    leftLayout->addWidget(m_chooser);
    leftLayout->addLayout(runRow);

    // The result, the extraction table and Copy / Save (widgets/result_panel).
    m_result = new ResultPanel({m_copyButton, m_saveButton}, this);
    m_output = m_result->output();
    connect(m_output, &OutputView::outputChanged, this, &MainWindow::updateActions);
    connect(m_result, &ResultPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_result, &ResultPanel::continueRequested, this, &MainWindow::continueAnswer);
    auto *right = m_result;

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    // The company policy's state (fallback, expiry, development mode) above everything else.
    auto *banner = new PolicyBanner(this);
    banner->setStatus(m_pipeline.policy().status());
    // Without a keychain the history keeps only the redacted text: say so where the user works.
    m_keychainBanner = new QLabel(
        tr("The system keychain is not available: your history keeps only the text with "
           "personal data replaced by placeholders, not the originals, so reopened entries show "
           "[PERSON_1] and the like. Results in this window are not affected."),
        this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setWordWrap(true);
    m_keychainBanner->setTextFormat(Qt::PlainText);
    m_keychainBanner->setContentsMargins(8, 4, 8, 4);
    m_keychainBanner->setAccessibleName(tr("Keychain notice"));
    const HistoryBrowser history = m_pipeline.history();
    m_keychainBanner->setVisible(history.historyKept() && !history.originalsKept());
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(banner);
    centralLayout->addWidget(m_keychainBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Reading order: input, task, options, Run, then the result and what to do with it.
    QWidget *chain[] = {m_dropZone->chooseButton(), m_dropZone->notesEdit()};
    QWidget *previous = chain[1];
    setTabOrder(chain[0], chain[1]);
    for (QWidget *w : m_picker->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    QList<QWidget *> rest{m_chooser->targetBox(), m_chooser->dataClassBox(), m_cancelButton,
                          m_runButton};
    rest << m_result->focusChain() << m_copyButton << m_saveButton;
    for (QWidget *w : std::as_const(rest)) {
        setTabOrder(previous, w);
        previous = w;
    }
}

void MainWindow::createStatusBar()
{
    m_stageLabel = new QLabel(jobStageText(JobStage::Idle), this);
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_stageLabel->setAccessibleName(tr("Status"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_providerLabel = new QLabel(this);
    m_providerLabel->setObjectName(QStringLiteral("providerLabel"));
    refreshCatalogue(); // the choosers and the label: what Run will use

    statusBar()->addWidget(m_stageLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_providerLabel);
}

void MainWindow::run()
{
    if (isRunning() || !m_actionRun->isEnabled()) {
        return;
    }
    m_result->hideExtras();
    prepareThen(currentRequest(), [this](const JobRequest &request) {
        m_continuation = request; // keeps the prepared input: Continue does not read again
        const CatalogueModel *target = m_chooser->current();
        m_output->beginJob(target && target->basic);
        launchTemplateRun(request);
    });
}

void MainWindow::cancel()
{
    if (m_preparation || m_templateRun) {
        m_stageLabel->setText(tr("Stopping…"));
    }
    if (m_preparation) {
        delete m_preparation; // stops the reading; nothing was sent
        finishRun(false, true, 0);
    }
    if (m_templateRun) {
        m_templateRun->cancel(); // the parts done so far are kept
    }
}

void MainWindow::onStageChanged(JobStage stage)
{
    m_stageLabel->setText(jobStageText(stage));
}

void MainWindow::onProgress(int percent)
{
    if (percent < 0) {
        m_progress->setRange(0, 0); // busy indicator: duration unknown
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(qBound(0, percent, 100));
    }
}

void MainWindow::onInputProgress(int percent)
{
    if (isRunning()) {
        return; // the job's own progress owns the bar
    }
    const QString reading = tr("Reading documents…");
    if (percent < 0) {
        m_progress->hide();
        if (m_stageLabel->text() == reading) {
            m_stageLabel->clear();
        }
        return;
    }
    m_stageLabel->setText(reading);
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    m_progress->show();
}

void MainWindow::finishRun(bool succeeded, bool cancelled, int hidden)
{
    QString status = succeeded   ? jobStageText(JobStage::Done)
                     : cancelled ? jobStageText(JobStage::Cancelled)
                                 : jobStageText(JobStage::Failed);
    if (hidden > 0) {
        status +=
            QStringLiteral(" · ") + tr("Personal details hidden before sending: %1").arg(hidden);
    }
    m_stageLabel->setText(status);
    m_progress->hide();
    m_dropZone->setReadOnly(false);
    m_picker->setEnabled(true);
    m_chooser->setEnabled(true);
    updateActions();
}

void MainWindow::copyOutput()
{
    if (!m_output->hasOutput()) {
        return;
    }
    QApplication::clipboard()->setText(m_output->markdown());
    statusBar()->showMessage(tr("Result copied."), 3000);
}

void MainWindow::saveOutputAs()
{
    if (!m_output->hasOutput()) {
        return;
    }
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString selectedFilter = markdownFilter;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("Promptdesk result") + QStringLiteral(".md"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save result as"), start,
                                                markdownFilter + QStringLiteral(";;") + textFilter,
                                                &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selectedFilter == textFilter ? QStringLiteral(".txt") : QStringLiteral(".md");
    }
    const Result<void> saved = saveOutputFile(path, m_output->markdown());
    if (!saved) {
        QMessageBox::warning(this, tr("Could not save"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved as “%1”.").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::clearAll()
{
    if (isRunning()) {
        return;
    }
    m_dropZone->clear();
    m_output->clear();
    m_result->hideExtras();
    m_stageLabel->setText(jobStageText(JobStage::Idle));
    updateActions();
}

void MainWindow::openFile()
{
    if (!isRunning()) {
        m_dropZone->chooseFile();
    }
}

void MainWindow::pasteInput()
{
    if (!isRunning()) {
        // Pictures and web content go to the input list (read with OCR / as HTML).
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        if (mime && mime->hasImage() && !mime->hasUrls()) {
            m_inputList->addImage(qvariant_cast<QImage>(mime->imageData()));
        } else if (mime && mime->hasHtml() && !mime->hasUrls()) {
            m_inputList->addData(mime->html().toUtf8(),
                                 tr("Pasted web content") + QStringLiteral(".html"));
        } else {
            m_dropZone->pasteFromClipboard();
        }
    }
}

void MainWindow::quit()
{
    close();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_pipeline, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions, this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(*m_uiSettings, this);
    dialog.setHistory(m_pipeline.history(), std::make_shared<HistorySettings>(
                                                m_uiSettings->fileName(), m_pipeline.policy()));
    if (dialog.exec() == QDialog::Accepted) {
        m_retention->applyNow();
        const HistoryBrowser history = m_pipeline.history();
        m_keychainBanner->setVisible(history.historyKept() && !history.originalsKept());
    }
}

void MainWindow::showGuide()
{
    HelpGuideDialog dialog(m_pipeline.templates(), this);
    dialog.exec();
}

void MainWindow::showIntroduction()
{
    FirstRunDialog dialog(m_pipeline, this);
    dialog.exec();
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool hasInput =
        m_dropZone && (m_dropZone->hasInput() || m_inputList->hasText()) && !m_inputList->isBusy();
    const bool hasOutput = m_output && m_output->hasOutput();
    const bool hasTarget = m_chooser && m_chooser->current();
    m_actionRun->setEnabled(!running && hasInput && hasTarget);
    m_actionCancel->setEnabled(running);
    m_actionOpen->setEnabled(!running);
    m_actionPaste->setEnabled(!running);
    m_actionCopy->setEnabled(!running && hasOutput);
    m_actionSaveAs->setEnabled(!running && hasOutput);
    m_actionClear->setEnabled(!running && (hasInput || hasOutput));
    m_actionCompare->setEnabled(!running && hasInput);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_templateRun) {
        m_templateRun->cancel();
    }
    delete m_preparation;
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (isRunning() || !event->mimeData()->hasUrls()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_dropZone->setFromUrls(event->mimeData()->urls());
}

} // namespace promptdesk

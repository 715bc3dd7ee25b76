#include "compare_dialog.h"

#include "compare_view.h"
#include "pipeline/pipeline.h"
#include "policy/policy_gate.h"
#include "templates/template_library.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

QList<CompareChoice> CompareDialog::approvedChoices(const Pipeline &pipeline,
                                                    const JobRequest &request)
{
    QList<CompareChoice> choices;
    for (const CatalogueModel &entry :
         pipeline.catalogue(request.dataClass, request.templateId).allowedModels()) {
        if (!entry.model.isEmpty()) {
            choices.append({{entry.providerId, entry.model}, entry.displayName()});
        }
    }
    return choices;
}

CompareDialog::CompareDialog(const Pipeline &pipeline, JobRequest request, QString votesFile,
                             QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_request(std::move(request))
    , m_votes(std::move(votesFile))
    , m_choices(approvedChoices(pipeline, m_request))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Models"));

    const Template *tmpl = pipeline.templates().find(m_request.templateId);
    auto *task = new QLabel(tr("Task: %1").arg(tmpl ? tmpl->name : m_request.templateId), this);
    task->setTextFormat(Qt::PlainText);

    auto *pick = new QLabel(tr("&Models to compare (two or three):"), this);
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setAccessibleName(tr("Models to compare"));
    m_models->setMaximumHeight(120);
    pick->setBuddy(m_models);
    for (const CompareChoice &choice : std::as_const(m_choices)) {
        auto *item = new QListWidgetItem(choice.displayName, m_models);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_models->count() <= CompareRun::kMinTargets ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
    connect(m_models, &QListWidget::itemChanged, this, &CompareDialog::updateButtons);

    m_compare = new QPushButton(tr("&Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareStart"));
    m_compare->setAccessibleName(tr("Compare"));
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::startComparison);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("compareStop"));
    m_stop->setAccessibleName(tr("Stop"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->cancel();
        }
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_view = new CompareView(this);
    connect(m_view, &CompareView::betterAnswerChosen, this, &CompareDialog::recordVote);

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(closeBox, &QDialogButtonBox::rejected, this, &CompareDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_stop);
    row->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(task);
    layout->addWidget(pick);
    layout->addWidget(m_models);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(closeBox);
    if (m_choices.size() < CompareRun::kMinTargets) {
        m_status->setText(tr("The company policy approves fewer than two models, so there is "
                             "nothing to compare."));
    }
    updateButtons();
    resize(1000, 640);
}

CompareDialog::~CompareDialog()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

void CompareDialog::setChecked(const QList<int> &rows)
{
    for (int i = 0; i < m_models->count(); ++i) {
        m_models->item(i)->setCheckState(rows.contains(i) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<int> CompareDialog::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->checkState() == Qt::Checked) {
            rows.append(i);
        }
    }
    return rows;
}

void CompareDialog::updateButtons()
{
    const qsizetype checked = checkedRows().size();
    const bool running = isRunning();
    m_compare->setEnabled(!running && checked >= CompareRun::kMinTargets &&
                          checked <= CompareRun::kMaxTargets);
    m_stop->setEnabled(running);
    m_models->setEnabled(!running);
    if (!running && checked > CompareRun::kMaxTargets) {
        m_status->setText(tr("Pick at most three models."));
    }
}

void CompareDialog::startComparison()
{
    const QList<int> rows = checkedRows();
    if (isRunning() || rows.size() < CompareRun::kMinTargets ||
        rows.size() > CompareRun::kMaxTargets) {
        return;
    }
    m_running.clear();
    QList<CompareTarget> targets;
    QStringList names;
    for (int row : rows) {
        m_running.append(m_choices.at(row));
        targets.append(m_choices.at(row).target);
        names.append(m_choices.at(row).displayName);
    }
    m_view->setModels(names);
    m_status->setText(tr("Running on %n model(s)…", nullptr, static_cast<int>(rows.size())));
    m_run = m_pipeline.compare(m_request, targets, this);
    connect(m_run, &CompareRun::outputDelta, m_view, &CompareView::appendOutput);
    connect(m_run, &CompareRun::entryFinished, this, &CompareDialog::onEntryFinished);
    connect(m_run, &CompareRun::finished, this, &CompareDialog::onRunFinished);
    updateButtons();
}

void CompareDialog::onEntryFinished(int index, const JobOutcome &outcome)
{
    m_view->setOutcome(index, outcome);
}

void CompareDialog::onRunFinished()
{
    m_status->setText(tr("Done. Mark the better answer to add it to the team's model ranking."));
    if (m_run) {
        m_run->deleteLater();
    }
    m_run = nullptr;
    updateButtons();
    Q_EMIT comparisonFinished();
}

void CompareDialog::recordVote(int index)
{
    if (index < 0 || index >= m_running.size()) {
        return;
    }
    CompareVote vote;
    vote.timeUtc = QDateTime::currentDateTimeUtc();
    vote.templateId = m_request.templateId;
    for (const CompareChoice &choice : std::as_const(m_running)) {
        vote.contenders.append(
            CompareVoteStore::key(choice.target.providerId, choice.target.model));
    }
    vote.winner = vote.contenders.at(index);
    const Result<void> recorded = m_votes.record(vote);
    m_status->setText(
        recorded ? tr("Your vote was recorded.")
                 : tr("Your vote could not be recorded: %1").arg(recorded.error().message));
    if (recorded) {
        Q_EMIT voteRecorded(vote.winner);
    }
}

void CompareDialog::reject()
{
    if (m_run) {
        m_run->cancel();
    }
    QDialog::reject();
}

} // namespace promptdesk

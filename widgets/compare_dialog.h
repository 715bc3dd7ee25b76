#pragma once

#include "pipeline/compare_run.h"
#include "pipeline/compare_votes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace promptdesk {

class CompareView;
class Pipeline;

// One provider/model pair the user may compare: the policy allows the request's data class
// to go there (from the pipeline's catalogue).
struct CompareChoice {
    CompareTarget target;
    QString displayName; // "Provider · model"
};

// Run > Compare Models: the user ticks two or three approved models, the task runs on each at
// once (CompareRun), the answers stream in side by side with their figures, and "This answer is
// better" records a vote (names only) for the usage dashboard.
class CompareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)
public:
    CompareDialog(const Pipeline &pipeline, JobRequest request, QString votesFile,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    QListWidget *modelList() const { return m_models; }
    CompareView *view() const { return m_view; }
    QPushButton *compareButton() const { return m_compare; }
    bool isRunning() const { return !m_run.isNull() && !m_run->isFinished(); }
    // Ticks the choices at these rows (and unticks the rest).
    void setChecked(const QList<int> &rows);
    void startComparison();

Q_SIGNALS:
    void comparisonFinished();
    void voteRecorded(const QString &winner);

protected:
    void reject() override;

private:
    QList<int> checkedRows() const;
    void updateButtons();
    void onEntryFinished(int index, const JobOutcome &outcome);
    void onRunFinished();
    void recordVote(int index);
    static QList<CompareChoice> approvedChoices(const Pipeline &pipeline,
                                                const JobRequest &request);

    const Pipeline &m_pipeline;
    JobRequest m_request;
    CompareVoteStore m_votes;
    QList<CompareChoice> m_choices;
    QList<CompareChoice> m_running; // the choices of the current comparison, in column order
    QPointer<CompareRun> m_run;
    QListWidget *m_models = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    CompareView *m_view = nullptr;
};

} // namespace promptdesk

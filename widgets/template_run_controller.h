#pragma once

#include "map_reduce_job.h"

#include <QObject>
#include <QPointer>

#include <QMessageBox>

namespace promptdesk {

// Runs one template on MapReduceJob for the main window (extraction templates and long inputs):
// for a long input it first shows the plan — parts and estimated cost — and starts only when
// the user agrees (not for the built-in offline engine, which sends and costs nothing); then it
// reports "chunk 7 of 23 · $0.0123 so far". Cancel keeps the parts done so far. Emits finished
// exactly once and may then be deleted.
class TemplateRunController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateRunController)
public:
    TemplateRunController(const PipelineServices &services, const JobRequest &request,
                          QWidget *dialogParent);
    ~TemplateRunController() override;

    void start();
    void cancel();
    const JobRequest &request() const { return m_job->request(); }
    // The estimate dialog while it waits for the user (null otherwise).
    QMessageBox *estimateBox() const { return m_estimate; }

    // "chunk 7 of 23 · $0.0123 so far" (without the cost when the price is unknown).
    static QString progressText(int done, int total, double costSoFarUsd);
    static QString estimateText(const MapReducePlan &plan);

Q_SIGNALS:
    void stageChanged(promptdesk::JobStage stage);
    void statusText(const QString &text);
    void progress(int percent); // negative: busy, duration unknown
    void outputDelta(const QString &text);
    void finished(const promptdesk::MapReduceOutcome &outcome);

private:
    void onPlan(const MapReducePlan &plan);

    MapReduceJob *m_job = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<QMessageBox> m_estimate;
    bool m_confirmLongRuns = true; // false for the built-in engine: nothing is sent or paid for
};

} // namespace promptdesk

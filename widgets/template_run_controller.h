#pragma once

#include "pipeline/job.h"

#include <QObject>
#include <QPointer>

#include <QMessageBox>

namespace promptdesk {

class Pipeline;

// Runs every job of the main window through Pipeline::start (the job picks its plan). Before
// anything is sent it shows the plan's estimate: for a long input a dialog with the parts and
// the cost that starts only when the user agrees (not for the built-in offline engine, which
// sends and costs nothing); otherwise the status line ("Sending to … · about N tokens · at most
// $x · this month $y of $z"). Then it reports "chunk 7 of 23 · $0.0123 so far". Cancel keeps the
// parts done so far. Emits finished exactly once and may then be deleted.
class TemplateRunController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateRunController)
public:
    TemplateRunController(const Pipeline &pipeline, const JobRequest &request,
                          QWidget *dialogParent);
    ~TemplateRunController() override;

    void start();
    void cancel();
    const JobRequest &request() const { return m_job->request(); }
    // The estimate dialog while it waits for the user (null otherwise).
    QMessageBox *estimateBox() const { return m_estimate; }

    // "chunk 7 of 23 · $0.0123 so far" (without the cost when the price is unknown).
    static QString progressText(int done, int total, double costSoFarUsd);
    static QString estimateText(const JobPlan &plan);
    // "Sending to Claude (EU) · Sonnet as Internal data · about 1,200 tokens · at most $0.01"
    static QString sendText(const JobPlan &plan);

Q_SIGNALS:
    void stageChanged(promptdesk::JobStage stage);
    void planReady(const promptdesk::JobPlan &plan);
    void statusText(const QString &text);
    void progress(int percent); // negative: busy, duration unknown
    void outputDelta(const QString &text);
    void finished(const promptdesk::JobOutcome &outcome);

private:
    void onPlan(const JobPlan &plan);

    Job *m_job = nullptr; // owned (child)
    QPointer<QWidget> m_dialogParent;
    QPointer<QMessageBox> m_estimate;
};

} // namespace promptdesk

#pragma once

#include "pipeline/job.h"

#include <QObject>

namespace promptdesk {

struct CompareTarget {
    QString providerId;
    QString model; // empty: the provider's default
};

struct CompareEntry {
    CompareTarget target;
    QString displayName; // "Provider · model"
    JobOutcome outcome;
    bool done = false;
};

// The comparison plan: one template over one input on two or three models side by side. Each
// model runs as its own Job (its own send step, so its own policy decision, audit events and
// history entry), all at once. Made by Pipeline::compare(), never by a widget.
class CompareRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRun)
public:
    static constexpr int kMinTargets = 2;
    static constexpr int kMaxTargets = 3;

    // Usage error (finished at once from start()) unless 2-3 targets are given.
    CompareRun(const PipelineServices &services, JobRequest request, QList<CompareTarget> targets,
               MapReduceSettings settings = {}, QObject *parent = nullptr);
    ~CompareRun() override;

    void start();
    void cancel();

    QList<CompareEntry> entries() const { return m_entries; }
    const JobRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void outputDelta(int index, const QString &text);
    void entryFinished(int index, const promptdesk::JobOutcome &outcome);
    void finished();

private:
    PipelineServices m_services;
    JobRequest m_request;
    MapReduceSettings m_settings;
    QList<CompareEntry> m_entries;
    QList<Job *> m_jobs;
    int m_remaining = 0;
    bool m_finished = false;
};

} // namespace promptdesk

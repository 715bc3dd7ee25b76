#pragma once

#include "map_reduce_job.h"

#include <QObject>

namespace promptdesk {

struct CompareTarget {
    QString providerId;
    QString model; // empty: the provider's default
};

// One provider/model pair the user may compare: the policy in force allows sending to it.
struct CompareCandidate {
    CompareTarget target;
    QString displayName; // "Provider · model"
};

class PolicyGate;
class ProviderRegistry;

// Every provider/model pair of the registry that `policy` allows, in registry order.
QList<CompareCandidate> approvedCompareCandidates(const ProviderRegistry &providers,
                                                  const PolicyGate &policy);

struct CompareEntry {
    CompareTarget target;
    QString displayName; // "Provider · model"
    MapReduceOutcome outcome;
    bool done = false;
};

// One template over one input on two or three models side by side. Each model runs as its
// own MapReduceJob (own policy decision, own audit events, own history entry), all at once.
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
    void entryFinished(int index, const promptdesk::MapReduceOutcome &outcome);
    void finished();

private:
    PipelineServices m_services;
    JobRequest m_request;
    MapReduceSettings m_settings;
    QList<CompareEntry> m_entries;
    QList<MapReduceJob *> m_jobs;
    int m_remaining = 0;
    bool m_finished = false;
};

} // namespace promptdesk

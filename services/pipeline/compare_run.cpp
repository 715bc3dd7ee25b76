#include "pipeline/compare_run.h"

#include "providers/provider_registry.h"

#include <QTimer>

namespace promptdesk {

CompareRun::CompareRun(const PipelineServices &services, JobRequest request,
                       QList<CompareTarget> targets, MapReduceSettings settings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_settings(settings)
{
    for (const CompareTarget &target : targets) {
        CompareEntry entry;
        entry.target = target;
        QString name = target.providerId;
        QString model = target.model;
        if (const Provider *provider = m_services.providers->find(target.providerId)) {
            const ProviderDescriptor d = provider->descriptor();
            name = d.displayName;
            if (model.isEmpty()) {
                model = d.defaultModel;
            }
        }
        entry.displayName = name + QStringLiteral(" \u00B7 ") + model;
        m_entries.append(entry);
    }
}

CompareRun::~CompareRun() = default;

void CompareRun::start()
{
    if (!m_jobs.isEmpty() || m_finished) {
        return;
    }
    if (m_entries.size() < kMinTargets || m_entries.size() > kMaxTargets) {
        QTimer::singleShot(0, this, [this] {
            m_finished = true;
            Q_EMIT finished();
        });
        return;
    }
    m_remaining = static_cast<int>(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        JobRequest request = m_request;
        request.providerId = m_entries.at(i).target.providerId;
        request.model = m_entries.at(i).target.model;
        auto *job = new Job(m_services, request, m_settings, this);
        m_jobs.append(job);
        connect(job, &Job::outputDelta, this,
                [this, i](const QString &text) { Q_EMIT outputDelta(i, text); });
        connect(job, &Job::finished, this, [this, i](const JobOutcome &outcome) {
            m_entries[i].outcome = outcome;
            m_entries[i].done = true;
            Q_EMIT entryFinished(i, outcome);
            if (--m_remaining == 0) {
                m_finished = true;
                Q_EMIT finished();
            }
        });
    }
    for (Job *job : std::as_const(m_jobs)) {
        job->start();
    }
}

void CompareRun::cancel()
{
    for (Job *job : std::as_const(m_jobs)) {
        job->cancel();
    }
}

} // namespace promptdesk

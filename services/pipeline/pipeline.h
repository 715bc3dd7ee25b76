#pragma once

#include "job.h"
#include "pipeline_services.h"

namespace promptdesk {

// The entry point the GUI and CLI use: creates jobs and exposes the catalogues they show.
class Pipeline final {
public:
    explicit Pipeline(const PipelineServices &services)
        : m_services(services)
    {
    }

    Job *createJob(const JobRequest &request, QObject *parent) const
    {
        return new Job(m_services, request, parent);
    }

    const PipelineServices &services() const { return m_services; }
    const TemplateLibrary &templates() const { return *m_services.templates; }
    const ProviderRegistry &providers() const { return *m_services.providers; }
    const PolicyGate &policy() const { return *m_services.policy; }

private:
    PipelineServices m_services;
};

} // namespace promptdesk

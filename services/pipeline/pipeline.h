#pragma once

#include "pipeline/catalogue.h"
#include "pipeline/compare_run.h"
#include "pipeline/history_browser.h"
#include "pipeline/job.h"
#include "pipeline/pipeline_services.h"
#include "pipeline/preparation.h"

namespace promptdesk {

class DocumentReader;
class PolicyGate;
class Redactor;
class TemplateLibrary;

struct StartOptions {
    // The job stops after planReady until Job::proceed() (the window shows the estimate).
    bool waitForApproval = false;
    MapReduceSettings settings;
};

// The one entry point of the window and the CLI, in intents only: what may be offered
// (catalogue), read an input (prepare), run it (start, compare). Which execution plan runs
// is the job's decision; every send passes the job's one send step. Nothing here hands out
// the audit log, the history store or a provider that could be started past the gate.
class Pipeline final {
public:
    explicit Pipeline(const PipelineServices &services)
        : m_services(services)
    {
    }

    // Every configured provider/model pair with its policy status for `dataClass` (empty: the
    // policy's default) and `templateId` (empty: any), and the templates.
    Catalogue catalogue(const QString &dataClass = {}, const QString &templateId = {}) const;
    // Reads and redacts the input off the GUI thread; the result may go into
    // JobRequest::prepared so the job does not read it again.
    Preparation *prepare(const JobRequest &request, QObject *parent) const;
    // A job for the request, started when control returns to the event loop (connect first).
    Job *start(const JobRequest &request, QObject *parent, StartOptions options = {}) const;
    // The comparison plan: the request on 2-3 targets side by side, started like start().
    CompareRun *compare(const JobRequest &request, const QList<CompareTarget> &targets,
                        QObject *parent, MapReduceSettings settings = {}) const;

    // The class a job gets for `requested` once redaction found `redactionCounts`.
    QString dataClassFor(const QString &requested, const QMap<QString, int> &redactionCounts) const;

    const TemplateLibrary &templates() const { return *m_services.templates; }
    const PolicyGate &policy() const { return *m_services.policy; }
    const DocumentReader &documents() const { return *m_services.documents; }
    const Redactor &redactor() const { return *m_services.redactor; }
    QString userName() const { return m_services.userName; }
    // The user's history, for the history window (find, open, delete).
    HistoryBrowser history() const { return HistoryBrowser(m_services); }

private:
    PipelineServices m_services;
};

} // namespace promptdesk

#pragma once

#include "audit_event.h"
#include "job_outcome.h"
#include "job_request.h"
#include "pipeline_services.h"
#include "redactor.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace promptdesk {

struct PreparedInput;

class ProviderStream;
class StreamingRestorer;
struct Document;
struct ProviderResponse;

// One template over one input, through every step of DESIGN.md's flow:
// read -> redact -> build prompt -> policy gate -> audit -> provider stream -> restore
// -> history -> audit. Reading and redaction run on a worker thread; everything else
// is signal-driven on the thread that owns the job. The GUI and the CLI drive it alike.
class Job final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    Job(const PipelineServices &services, JobRequest request, QObject *parent = nullptr);
    ~Job() override;

    // Starts the work; returns immediately. Emits finished exactly once.
    void start();
    // Stops at the next opportunity; keeps any partial output. Safe to call at any time.
    void cancel();

    JobStage stage() const { return m_stage; }
    const JobRequest &request() const { return m_request; }
    QString id() const { return m_id; }

Q_SIGNALS:
    void stageChanged(promptdesk::JobStage stage);
    void progress(int percent); // -1: unknown duration
    void outputDelta(const QString &text);
    void finished(const promptdesk::JobOutcome &outcome);

private:
    void onPrepared(const std::shared_ptr<PreparedInput> &prepared);
    void sendToProvider();
    void onDelta(const QString &text);
    void onProviderFinished(const ProviderResponse &response);
    bool appendAudit(AuditEvent event);
    void finish(std::optional<Error> error);
    void setStage(JobStage stage);

    PipelineServices m_services;
    JobRequest m_request;
    QString m_id;
    JobStage m_stage = JobStage::Idle;
    bool m_cancelRequested = false;
    bool m_finished = false;
    std::shared_ptr<PreparedInput> m_prepared;
    std::unique_ptr<StreamingRestorer> m_restorer;
    QPointer<ProviderStream> m_stream;
    QString m_rawOutput;      // as the provider sent it, placeholders intact
    QString m_restoredOutput; // what the user sees
    QElapsedTimer m_clock;
    JobOutcome m_outcome;
    AuditEvent m_auditTemplate; // the request event, reused for the response
    QString m_redactedPrompt;   // the prompt as sent, for history
};

} // namespace promptdesk

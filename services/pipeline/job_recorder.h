#pragma once

#include "audit/audit_event.h"
#include "core/error.h"
#include "core/result.h"
#include "pipeline/pipeline_services.h"
#include "policy/policy_gate.h"
#include "providers/provider.h"
#include "redaction/redactor.h"

#include <QMap>
#include <QString>
#include <optional>

namespace promptdesk {

// What every record of one job shares: who, which template, what redaction found.
struct JobRecordContext {
    QString jobId;
    QString templateId;
    int templateVersion = 0;
    QMap<QString, int> redactionCounts;
    QString detectorVersion;
};

// What history keeps of one job once it has sent something.
struct JobHistoryRecord {
    QString providerId;
    QString model;
    QString sourceName;
    QString dataClass;
    QString redactedInput;
    QString redactedPrompt; // the (last) prompt as sent, placeholders intact
    QString redactedOutput;
    QMap<QString, QString> options;
    const PlaceholderVault *vault = nullptr;
    std::optional<Error> error;
};

// The one writer of a job's records: the audit events of every send (request, response,
// blocked: the same fields whatever the plan) and the job's history entry. Plans never touch
// the audit log or the history store; SendStep calls the audit half, Job the history half.
class JobRecorder final {
public:
    JobRecorder(const PipelineServices &services, JobRecordContext context);

    // The "request" event of one HTTP attempt (1, 2, ...), after checking that the data folder
    // has room to record the outcome; an error means the send must not happen.
    Result<void> recordRequest(const ProviderDescriptor &provider, const ProviderRequest &request,
                               const PolicyDecision &decision, int attempt = 1) const;
    void recordBlocked(const ProviderDescriptor &provider, const ProviderRequest &request,
                       const PolicyDecision &decision) const;
    // The "response" event of an attempt that failed and is sent again (status "retried:KIND").
    Result<void> recordRetriedAttempt(const ProviderDescriptor &provider,
                                      const ProviderRequest &request,
                                      const PolicyDecision &decision,
                                      const RetriedAttempt &attempt) const;
    // The "response" event of the last attempt; an error means the outcome is unrecorded.
    Result<void> recordResponse(const ProviderDescriptor &provider, const ProviderRequest &request,
                                const PolicyDecision &decision,
                                const ProviderResponse &response) const;
    // The history entry (nothing when history is off); the new entry's id, or why not.
    Result<qint64> saveHistory(const JobHistoryRecord &record) const;

    const JobRecordContext &context() const { return m_context; }

private:
    AuditEvent baseEvent(const ProviderDescriptor &provider, const ProviderRequest &request,
                         const PolicyDecision &decision) const;
    Result<void> append(const AuditEvent &event) const;
    // A response event: a failure to write it means the job's outcome is unrecorded.
    Result<void> appendOutcome(const AuditEvent &event) const;

    PipelineServices m_services;
    JobRecordContext m_context;
};

// The prompt as sent (system text and messages), placeholders intact: what history keeps
// and what the audit fingerprints (keyed, so the log never holds the text).
QString promptText(const ProviderRequest &request);

} // namespace promptdesk

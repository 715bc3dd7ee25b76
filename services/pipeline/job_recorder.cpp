#include "pipeline/job_recorder.h"

#include "pipeline/disk_room.h"
#include "pipeline/prepared_input.h"

#include "audit/audit_attempt.h"
#include "audit/audit_log.h"
#include "core/app_info.h"
#include "history/history_store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace promptdesk {

QString promptText(const ProviderRequest &request)
{
    QStringList parts{request.system};
    for (const ChatMessage &message : request.messages) {
        parts.append(message.content);
    }
    return parts.join(QStringLiteral("\n\n"));
}

JobRecorder::JobRecorder(const PipelineServices &services, JobRecordContext context)
    : m_services(services)
    , m_context(std::move(context))
{
}

AuditEvent JobRecorder::baseEvent(const ProviderDescriptor &provider,
                                  const ProviderRequest &request,
                                  const PolicyDecision &decision) const
{
    AuditEvent event;
    event.jobId = m_context.jobId;
    event.user = m_services.userName;
    event.device = m_services.deviceName;
    event.appVersion = appVersion();
    event.providerId = provider.id;
    event.endpointHost = provider.endpointHost;
    event.region = provider.region;
    event.modelRequested = request.model.isEmpty() ? provider.defaultModel : request.model;
    event.templateId = m_context.templateId;
    event.templateVersion = m_context.templateVersion;
    event.redactionCounts = m_context.redactionCounts;
    event.detectorVersion = m_context.detectorVersion;
    event.policyVersion = m_services.policy->policyVersion();
    event.promptFingerprint = m_services.audit->fingerprint(promptText(request));
    event.dataClass = decision.dataClass;
    // The class travels with the rule too, for readers of older exports that lack the field.
    event.policyRule = decision.dataClass.isEmpty()
                           ? decision.rule
                           : decision.rule + QStringLiteral(";class=") + decision.dataClass;
    if (decision.estimatedCostUsd >= 0) {
        event.costMicroUsd = qRound64(decision.estimatedCostUsd * 1e6);
    }
    return event;
}

Result<void> JobRecorder::append(const AuditEvent &event) const
{
    Result<qint64> appended = m_services.audit->append(event);
    if (!appended) {
        return appended.error();
    }
    return {};
}

namespace {

// A disk error stays one (the user can fix it by freeing space); anything else is internal.
ErrorKind recordingKind(const Error &cause)
{
    return cause.kind == ErrorKind::Disk ? ErrorKind::Disk : ErrorKind::Internal;
}

Error notSent(const Error &cause)
{
    return makeError(
        recordingKind(cause),
        QCoreApplication::translate("SendStep",
                                    "The audit log could not be written (%1), so nothing was sent.")
            .arg(cause.message));
}

Error unrecorded(const Error &cause)
{
    return makeError(recordingKind(cause),
                     QCoreApplication::translate("SendStep",
                                                 "The answer could not be recorded in the audit "
                                                 "log (%1), so this run failed.")
                         .arg(cause.message));
}

} // namespace

Result<void> JobRecorder::appendOutcome(const AuditEvent &event) const
{
    if (Result<void> appended = append(event); !appended) {
        return unrecorded(appended.error());
    }
    return {};
}

Result<void> JobRecorder::recordRequest(const ProviderDescriptor &provider,
                                        const ProviderRequest &request,
                                        const PolicyDecision &decision, int attempt) const
{
    if (Result<void> room = checkRoomToRecord(m_services.dataFolder, m_services.minimumFreeBytes);
        !room) {
        return room;
    }
    AuditEvent event = baseEvent(provider, request, decision);
    event.action = auditAction::request;
    event.status = QStringLiteral("sent");
    event.operation = auditAttemptOperation(attempt);
    if (Result<void> appended = append(event); !appended) {
        return notSent(appended.error());
    }
    return {};
}

void JobRecorder::recordBlocked(const ProviderDescriptor &provider, const ProviderRequest &request,
                                const PolicyDecision &decision) const
{
    AuditEvent event = baseEvent(provider, request, decision);
    event.action = auditAction::blocked;
    event.status = QStringLiteral("blocked");
    (void)append(event); // the job fails as blocked either way
}

Result<void> JobRecorder::recordRetriedAttempt(const ProviderDescriptor &provider,
                                               const ProviderRequest &request,
                                               const PolicyDecision &decision,
                                               const RetriedAttempt &attempt) const
{
    AuditEvent event = baseEvent(provider, request, decision);
    event.action = auditAction::response;
    event.status = QStringLiteral("retried:") + errorKindName(attempt.kind);
    event.operation =
        auditRetriedOperation(attempt.attempt, attempt.httpStatus, attempt.code, attempt.retryInMs);
    event.costMicroUsd = -1; // nothing was answered, so nothing is charged
    return appendOutcome(event);
}

Result<void> JobRecorder::recordResponse(const ProviderDescriptor &provider,
                                         const ProviderRequest &request,
                                         const PolicyDecision &decision,
                                         const ProviderResponse &response) const
{
    AuditEvent event = baseEvent(provider, request, decision);
    event.action = auditAction::response;
    event.operation = auditAttemptOperation(response.attempts);
    event.modelReturned = response.modelReturned;
    event.tokensIn = response.usage.inputTokens;
    event.tokensOut = response.usage.outputTokens;
    event.firstTokenMs = response.firstTokenMs;
    event.totalMs = response.totalMs;
    event.providerRequestId = response.requestId;
    if (response.costUsd >= 0) {
        event.costMicroUsd = qRound64(response.costUsd * 1e6); // measured beats estimated
    }
    event.status = auditStatusFor(response.error);
    return appendOutcome(event);
}

Result<qint64> JobRecorder::saveHistory(const JobHistoryRecord &record) const
{
    if (!m_services.history) {
        return qint64{-1};
    }
    HistoryEntry entry;
    entry.createdUtc = QDateTime::currentDateTimeUtc();
    entry.jobId = m_context.jobId;
    entry.templateId = m_context.templateId;
    entry.templateOptions = record.options;
    entry.providerId = record.providerId;
    entry.model = record.model;
    entry.sourceName = record.sourceName;
    entry.dataClass = record.dataClass;
    entry.status = auditStatusFor(record.error);
    entry.redactedInput = record.redactedInput;
    entry.redactedPrompt = record.redactedPrompt;
    entry.redactedOutput = record.redactedOutput;
    entry.redactionCounts = m_context.redactionCounts;
    // The store seals the originals (or drops them without a keychain).
    if (record.vault) {
        for (const QString &placeholder : record.vault->placeholders()) {
            entry.vault.insert(placeholder, record.vault->originalFor(placeholder));
        }
    }
    return m_services.history->save(entry);
}

} // namespace promptdesk

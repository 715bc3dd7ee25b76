#include "job.h"

#include "output_check.h"
#include "prepared_input.h"

#include "app_info.h"
#include "audit_log.h"
#include "document_reader.h"
#include "history_store.h"
#include "logging.h"
#include "policy_gate.h"
#include "prompt_builder.h"
#include "provider_registry.h"
#include "streaming_restorer.h"
#include "template_library.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QUuid>
#include <QtConcurrent>

namespace promptdesk {

namespace {

// The prompt as sent (system text and messages), placeholders intact: what history keeps
// and what the audit fingerprints (keyed, so the log never holds the text).
QString promptText(const ProviderRequest &request)
{
    QStringList parts{request.system};
    for (const ChatMessage &message : request.messages) {
        parts.append(message.content);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

Job::Job(const PipelineServices &services, JobRequest request, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<promptdesk::JobOutcome>();
    qRegisterMetaType<promptdesk::JobStage>();
    qRegisterMetaType<promptdesk::ProviderResponse>();
}

Job::~Job()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

void Job::start()
{
    if (m_stage != JobStage::Idle) {
        return;
    }
    m_clock.start();
    if (m_request.providerId.isEmpty()) {
        m_request.providerId = m_services.providers->defaultProviderId();
    }
    setStage(JobStage::Reading);
    Q_EMIT progress(-1);

    auto *watcher = new QFutureWatcher<std::shared_ptr<PreparedInput>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([documents = m_services.documents, redactor = m_services.redactor,
                           required = m_services.policy->redactionRequired(), request = m_request] {
            return std::make_shared<PreparedInput>(
                prepareInput(documents, redactor, required, request));
        }));
}

void Job::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelRequested = true;
    if (m_stream) {
        m_stream->cancel(); // the stream ends with finished(Cancelled); we finish there
        return;
    }
    if (m_stage == JobStage::Reading || m_stage == JobStage::Redacting ||
        m_stage == JobStage::Idle) {
        // Nothing has been sent; the worker's result will be ignored.
        finish(makeError(ErrorKind::Cancelled, tr("Stopped before anything was sent.")));
    }
}

void Job::onPrepared(const std::shared_ptr<PreparedInput> &prepared)
{
    if (m_finished) {
        return;
    }
    if (prepared->error) {
        finish(prepared->error);
        return;
    }
    m_prepared = prepared;
    m_outcome.redactionCounts = prepared->redacted.countsByType();
    sendToProvider();
}

void Job::sendToProvider()
{
    setStage(JobStage::Preparing);
    const Template *tmpl = m_services.templates->find(m_request.templateId);
    if (!tmpl) {
        finish(makeError(ErrorKind::Usage,
                         tr("There is no template called \"%1\".").arg(m_request.templateId)));
        return;
    }
    Provider *provider = m_services.providers->find(m_request.providerId);
    if (!provider) {
        finish(makeError(ErrorKind::Usage,
                         tr("There is no provider called \"%1\".").arg(m_request.providerId)));
        return;
    }
    const ProviderDescriptor descriptor = provider->descriptor();
    const QString model = m_request.model.isEmpty() ? descriptor.defaultModel : m_request.model;
    m_outcome.providerId = descriptor.id;
    m_outcome.model = model;
    const ProviderRequest request =
        buildProviderRequest(*tmpl, m_request.options, m_prepared->redacted.text, model);

    setStage(JobStage::CheckingPolicy);
    AuditEvent event;
    event.providerId = descriptor.id;
    event.endpointHost = descriptor.endpointHost;
    event.region = descriptor.region;
    event.modelRequested = model;
    event.templateId = tmpl->id;
    event.templateVersion = tmpl->version;
    event.redactionCounts = m_outcome.redactionCounts;
    event.detectorVersion = m_prepared->redacted.detectorVersion;
    m_redactedPrompt = promptText(request);
    event.promptFingerprint = m_services.audit->fingerprint(m_redactedPrompt);
    event.policyVersion = m_services.policy->policyVersion();

    SendContext sendContext;
    sendContext.requestedDataClass = m_request.dataClass;
    sendContext.redactionCounts = m_outcome.redactionCounts;
    sendContext.userName = m_services.userName;
    const PolicyDecision decision = m_services.policy->evaluate(descriptor, request, sendContext);
    m_outcome.dataClass = decision.dataClass;
    m_outcome.estimatedCostUsd = decision.estimatedCostUsd;
    m_outcome.warnings.append(decision.warnings);
    // The audit event has no data-class field yet: the class travels with the rule.
    const QString ruleWithClass =
        decision.dataClass.isEmpty()
            ? decision.rule
            : decision.rule + QStringLiteral(";class=") + decision.dataClass;
    event.dataClass = decision.dataClass;
    if (decision.estimatedCostUsd >= 0) {
        event.costMicroUsd = qRound64(decision.estimatedCostUsd * 1e6);
    }
    if (!decision.allowed) {
        event.action = QStringLiteral("blocked");
        event.policyRule = ruleWithClass;
        event.status = QStringLiteral("blocked");
        m_auditTemplate = event;
        appendAudit(event);
        finish(makeError(ErrorKind::Blocked, decision.reason));
        return;
    }

    event.action = QStringLiteral("request");
    event.policyRule = ruleWithClass;
    event.status = QStringLiteral("sent");
    m_auditTemplate = event;
    if (!appendAudit(event)) {
        // Fail closed: a send that cannot be audited does not happen.
        finish(makeError(ErrorKind::Internal,
                         tr("The audit log could not be written, so nothing was sent.")));
        return;
    }

    m_restorer = std::make_unique<StreamingRestorer>(m_prepared->redacted.vault);
    setStage(JobStage::Sending);
    m_stream = provider->start(request, this);
    connect(m_stream, &ProviderStream::textDelta, this, &Job::onDelta);
    connect(m_stream, &ProviderStream::progress, this, &Job::progress);
    connect(m_stream, &ProviderStream::finished, this, &Job::onProviderFinished);
}

void Job::onDelta(const QString &text)
{
    if (m_stage == JobStage::Sending) {
        setStage(JobStage::Streaming);
    }
    m_rawOutput += text;
    const QString shown = m_restorer->feed(text);
    if (!shown.isEmpty()) {
        m_restoredOutput += shown;
        Q_EMIT outputDelta(shown);
    }
}

void Job::onProviderFinished(const ProviderResponse &response)
{
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    const QString tail = m_restorer->finish();
    if (!tail.isEmpty()) {
        m_restoredOutput += tail;
        Q_EMIT outputDelta(tail);
    }
    const QStringList unknown = m_restorer->unknownPlaceholders();
    if (!unknown.isEmpty()) {
        m_outcome.warnings.append(
            tr("The result mentions %n placeholder(s) that were not in your text.", nullptr,
               static_cast<int>(unknown.size())));
    }
    // Personal data in the result that was not in the (redacted) input: made up by the model.
    const qsizetype invented =
        m_services.policy->redactionRequired()
            ? OutputCheck::unexpectedPii(*m_services.redactor, m_restoredOutput,
                                         m_prepared->redacted.vault)
                  .size()
            : 0;
    if (invented > 0) {
        m_outcome.warnings.append(
            tr("The result contains %n piece(s) of personal data that were not in your text. "
               "Check them before you use the result.",
               nullptr, static_cast<int>(invented)));
    }
    m_outcome.usage = response.usage;
    m_outcome.incomplete = response.incomplete;
    if (!response.modelReturned.isEmpty()) {
        m_outcome.model = response.modelReturned;
    }

    setStage(JobStage::Saving);
    AuditEvent event = m_auditTemplate;
    event.action = QStringLiteral("response");
    event.modelReturned = response.modelReturned;
    event.tokensIn = response.usage.inputTokens;
    event.tokensOut = response.usage.outputTokens;
    event.firstTokenMs = response.firstTokenMs;
    event.totalMs = response.totalMs;
    event.providerRequestId = response.requestId;
    event.status = auditStatusFor(response.error);
    appendAudit(event);

    if (m_services.history) {
        HistoryEntry entry;
        entry.createdUtc = QDateTime::currentDateTimeUtc();
        entry.jobId = m_id;
        entry.templateId = m_request.templateId;
        entry.providerId = m_outcome.providerId;
        entry.model = m_outcome.model;
        entry.sourceName = m_prepared->sourceName;
        entry.status = event.status;
        entry.redactedInput = m_prepared->redacted.text;
        entry.redactedOutput = m_rawOutput;
        entry.redactedPrompt = m_redactedPrompt;
        entry.templateOptions = m_request.options;
        // The store seals the originals (or drops them without a keychain).
        for (const QString &placeholder : m_prepared->redacted.vault.placeholders()) {
            entry.vault.insert(placeholder, m_prepared->redacted.vault.originalFor(placeholder));
        }
        entry.redactionCounts = m_outcome.redactionCounts;
        Result<qint64> saved = m_services.history->save(entry);
        if (saved) {
            m_outcome.historyId = saved.value();
        } else {
            m_outcome.warnings.append(saved.error().message);
        }
    }
    finish(response.error);
}

bool Job::appendAudit(AuditEvent event)
{
    event.jobId = m_id;
    event.user = m_services.userName;
    event.device = m_services.deviceName;
    event.appVersion = appVersion();
    Result<qint64> appended = m_services.audit->append(event);
    if (!appended) {
        qCWarning(lcPipeline) << "audit append failed:" << appended.error().message;
        return false;
    }
    return true;
}

void Job::finish(std::optional<Error> error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_cancelRequested && !error) {
        error = makeError(ErrorKind::Cancelled, tr("Stopped."));
    }
    m_outcome.error = error;
    m_outcome.output = m_restoredOutput;
    m_outcome.rawOutput = m_rawOutput;
    if (error && !m_restoredOutput.isEmpty()) {
        m_outcome.incomplete = true;
    }
    qCInfo(lcPipeline) << "job" << m_id << "finished:" << auditStatusFor(error) << "in"
                       << m_clock.elapsed() << "ms";
    setStage(!error                                ? JobStage::Done
             : error->kind == ErrorKind::Cancelled ? JobStage::Cancelled
                                                   : JobStage::Failed);
    Q_EMIT finished(m_outcome);
}

void Job::setStage(JobStage stage)
{
    if (m_stage == stage) {
        return;
    }
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

} // namespace promptdesk

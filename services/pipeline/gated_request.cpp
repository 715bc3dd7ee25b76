#include "gated_request.h"

#include "prepared_input.h"

#include "app_info.h"
#include "audit_log.h"
#include "logging.h"
#include "policy_gate.h"

#include <QCoreApplication>
#include <QTimer>

namespace promptdesk {

GatedRequest::GatedRequest(const GatedRequestContext &context, ProviderRequest request,
                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_request(std::move(request))
{
    qRegisterMetaType<promptdesk::ProviderResponse>();
}

GatedRequest::~GatedRequest()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

bool GatedRequest::append(AuditEvent event) const
{
    event.jobId = m_context.jobId;
    event.user = m_context.services.userName;
    event.device = m_context.services.deviceName;
    event.appVersion = appVersion();
    Result<qint64> appended = m_context.services.audit->append(event);
    if (!appended) {
        qCWarning(lcPipeline) << "audit append failed:" << appended.error().message;
        return false;
    }
    return true;
}

void GatedRequest::finishLater(const Error &error)
{
    m_done = true;
    QTimer::singleShot(0, this, [this, error] {
        ProviderResponse response;
        response.error = error;
        Q_EMIT finished(response, QString());
    });
}

void GatedRequest::start()
{
    const ProviderDescriptor &d = m_context.descriptor;
    m_event.providerId = d.id;
    m_event.endpointHost = d.endpointHost;
    m_event.region = d.region;
    m_event.modelRequested = m_request.model;
    m_event.templateId = m_context.templateId;
    m_event.templateVersion = m_context.templateVersion;
    m_event.redactionCounts = m_context.redactionCounts;
    m_event.detectorVersion = m_context.detectorVersion;
    m_event.policyVersion = m_context.services.policy->policyVersion();

    // TODO(policy): pass a SendContext (requested data class, redaction counts) once the data
    // classes land, as Job does.
    m_decision = m_context.services.policy->evaluate(d, m_request);
    const PolicyDecision &decision = m_decision;
    m_event.policyRule = decision.rule;
    if (!decision.allowed) {
        AuditEvent blocked = m_event;
        blocked.action = auditAction::blocked;
        blocked.status = QStringLiteral("blocked");
        append(blocked);
        finishLater(makeError(ErrorKind::Blocked, decision.reason));
        return;
    }
    AuditEvent sent = m_event;
    sent.action = auditAction::request;
    sent.status = QStringLiteral("sent");
    if (!append(sent)) {
        // Fail closed: a send that cannot be audited does not happen.
        finishLater(makeError(
            ErrorKind::Internal,
            QCoreApplication::translate(
                "GatedRequest", "The audit log could not be written, so nothing was sent.")));
        return;
    }
    m_stream = m_context.provider->start(m_request, this);
    connect(m_stream, &ProviderStream::textDelta, this, [this](const QString &text) {
        m_text += text;
        Q_EMIT delta(text);
    });
    connect(m_stream, &ProviderStream::finished, this, &GatedRequest::onFinished);
}

void GatedRequest::cancel()
{
    if (m_done) {
        return;
    }
    if (m_stream) {
        m_stream->cancel(); // ends with finished(Cancelled)
    }
}

void GatedRequest::onFinished(const ProviderResponse &response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    AuditEvent event = m_event;
    event.action = auditAction::response;
    event.modelReturned = response.modelReturned;
    event.tokensIn = response.usage.inputTokens;
    event.tokensOut = response.usage.outputTokens;
    event.firstTokenMs = response.firstTokenMs;
    event.totalMs = response.totalMs;
    event.providerRequestId = response.requestId;
    event.status = auditStatusFor(response.error);
    append(event);
    Q_EMIT finished(response, m_text);
}

} // namespace promptdesk

#include "pipeline/send_step.h"

#include "pipeline/map_reduce_plan.h"
#include "providers/provider_registry.h"
#include "providers/request_estimate.h"

#include <QCoreApplication>
#include <QTimer>

namespace promptdesk {

Result<SendStep> SendStep::make(const PipelineServices &services,
                                std::shared_ptr<const JobRecorder> recorder,
                                const QString &providerId, const QString &requestedDataClass)
{
    Provider *provider = services.providers->startable(providerId);
    if (!provider) {
        return makeError(ErrorKind::Usage, QCoreApplication::translate(
                                               "SendStep", "There is no provider called \"%1\".")
                                               .arg(providerId));
    }
    SendStep step;
    step.m_policy = services.policy;
    step.m_provider = provider;
    step.m_descriptor = provider->descriptor();
    step.m_context.requestedDataClass = requestedDataClass;
    step.m_context.redactionCounts = recorder->context().redactionCounts;
    step.m_context.userName = services.userName;
    step.m_recorder = std::move(recorder);
    return step;
}

PolicyDecision SendStep::check(const ProviderRequest &request) const
{
    PolicyDecision decision = m_policy->evaluate(m_descriptor, request, m_context);
    if (decision.estimatedCostUsd < 0) {
        // The policy lists no price for the model: the provider's catalogue price, if any.
        const ModelInfo model = modelInfo(
            m_descriptor, request.model.isEmpty() ? m_descriptor.defaultModel : request.model);
        decision.estimatedCostUsd = m_descriptor.basic
                                        ? 0
                                        : estimateRequestCostUsd(request, model.inputPricePerMTok,
                                                                 model.outputPricePerMTok);
    }
    return decision;
}

GatedSend *SendStep::send(const ProviderRequest &request, QObject *parent) const
{
    auto *send = new GatedSend(*this, request, parent);
    send->m_decision = check(send->m_request);
    send->begin(m_provider);
    return send;
}

GatedSend::GatedSend(const SendStep &step, ProviderRequest request, QObject *parent)
    : QObject(parent)
    , m_recorder(step.m_recorder)
    , m_descriptor(step.m_descriptor)
    , m_request(std::move(request))
{
    qRegisterMetaType<promptdesk::ProviderResponse>();
    qRegisterMetaType<promptdesk::RetriedAttempt>();
}

GatedSend::~GatedSend()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

void GatedSend::finishLater(const Error &error)
{
    m_done = true;
    QTimer::singleShot(0, this, [this, error] {
        ProviderResponse response;
        response.error = error;
        Q_EMIT finished(response, QString());
    });
}

void GatedSend::begin(Provider *provider)
{
    if (!m_decision.allowed) {
        m_recorder->recordBlocked(m_descriptor, m_request, m_decision);
        finishLater(makeError(ErrorKind::Blocked, m_decision.reason));
        return;
    }
    if (Result<void> recorded = m_recorder->recordRequest(m_descriptor, m_request, m_decision);
        !recorded) {
        // Fail closed: a send that cannot be audited does not happen.
        finishLater(recorded.error());
        return;
    }
    m_stream = provider->start(m_request, this);
    connect(m_stream, &ProviderStream::retrying, this, &GatedSend::onRetrying,
            Qt::DirectConnection);
    connect(m_stream, &ProviderStream::textDelta, this, [this](const QString &text) {
        m_text += text;
        Q_EMIT delta(text);
    });
    connect(m_stream, &ProviderStream::progress, this, &GatedSend::progress);
    connect(m_stream, &ProviderStream::notice, this, &GatedSend::notice);
    connect(m_stream, &ProviderStream::finished, this, &GatedSend::onFinished);
}

void GatedSend::cancel()
{
    if (!m_done && m_stream) {
        m_stream->cancel(); // ends with finished(Cancelled)
    }
}

void GatedSend::onFinished(const ProviderResponse &response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    ProviderResponse outcome = response;
    if (Result<void> recorded =
            m_recorder->recordResponse(m_descriptor, m_request, m_decision, response);
        !recorded && !m_recordError) {
        m_recordError = recorded.error();
    }
    // The run fails when its outcome could not be recorded, even if the answer arrived.
    if (m_recordError && (!outcome.error || outcome.error->kind == ErrorKind::Cancelled)) {
        outcome.error = m_recordError;
    }
    Q_EMIT finished(outcome, m_text);
}

void GatedSend::onRetrying(const RetriedAttempt &failedAttempt)
{
    Result<void> recorded =
        m_recorder->recordRetriedAttempt(m_descriptor, m_request, m_decision, failedAttempt);
    if (recorded) {
        recorded = m_recorder->recordRequest(m_descriptor, m_request, m_decision,
                                             failedAttempt.attempt + 1);
    }
    if (!recorded) {
        m_recordError = recorded.error();
    }
    if (m_recordError && m_stream) {
        m_stream->cancel(); // the retry is not sent
    }
}

} // namespace promptdesk

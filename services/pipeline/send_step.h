#pragma once

#include "pipeline/job_recorder.h"
#include "pipeline/pipeline_services.h"
#include "policy/policy_gate.h"
#include "providers/provider.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace promptdesk {

class SendStep;

// One request on its way to a provider: gate, "request" event, stream, "response" event.
// Blocked -> a "blocked" event and finished(Blocked); allowed -> the "request" event (fail
// closed: no event, no send), the stream, then the "response" event. Emits delta for every
// piece of text, then finished exactly once, never from inside SendStep::send(). Only a
// SendStep makes one, so no plan can reach a provider another way.
class GatedSend final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedSend)
public:
    ~GatedSend() override;

    void cancel();
    const ProviderRequest &request() const { return m_request; }
    // The gate's decision (data class, estimate, budget warnings), known once send() returned.
    const PolicyDecision &decision() const { return m_decision; }

Q_SIGNALS:
    void delta(const QString &text);
    void progress(int percent);
    void notice(const QString &message);
    void finished(const promptdesk::ProviderResponse &response, const QString &text);

private:
    friend class SendStep;
    GatedSend(const SendStep &step, ProviderRequest request, QObject *parent);
    void begin(Provider *provider);
    void onFinished(const ProviderResponse &response);
    void onRetrying(const RetriedAttempt &failedAttempt);
    void finishLater(const Error &error);

    std::shared_ptr<const JobRecorder> m_recorder;
    ProviderDescriptor m_descriptor;
    ProviderRequest m_request;
    PolicyDecision m_decision;
    QPointer<ProviderStream> m_stream;
    QString m_text;
    std::optional<Error> m_recordError; // an attempt or the outcome could not be recorded
    bool m_done = false;
};

// The one send step of a job (one per target of a comparison), built by make() from the
// request and the prepared input: the provider, the data class the user chose and the
// redaction counts that may raise it (raiseWhenFound), the user for routing and budgets.
// Every plan sends through send(); check() is the same gate without sending, for estimates.
class SendStep final {
public:
    static Result<SendStep> make(const PipelineServices &services,
                                 std::shared_ptr<const JobRecorder> recorder,
                                 const QString &providerId, const QString &requestedDataClass);

    const ProviderDescriptor &descriptor() const { return m_descriptor; }
    PolicyDecision check(const ProviderRequest &request) const;
    GatedSend *send(const ProviderRequest &request, QObject *parent) const;

private:
    friend class GatedSend;
    SendStep() = default;

    const PolicyGate *m_policy = nullptr;
    Provider *m_provider = nullptr;
    ProviderDescriptor m_descriptor;
    SendContext m_context;
    std::shared_ptr<const JobRecorder> m_recorder;
};

} // namespace promptdesk

#pragma once

#include "audit_event.h"
#include "pipeline_services.h"
#include "policy_gate.h"
#include "provider.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace promptdesk {

// What every request of one job shares for the policy gate and the audit log.
struct GatedRequestContext {
    PipelineServices services;
    QString jobId;
    Provider *provider = nullptr;
    ProviderDescriptor descriptor;
    QString templateId;
    int templateVersion = 0;
    QMap<QString, int> redactionCounts;
    QString detectorVersion;
};

// One provider request that passes the policy gate and is audited, as every send must be:
// blocked -> a "blocked" event and finished(Blocked); allowed -> a "request" event (fail
// closed: no event, no send), the stream, then a "response" event. Used by the multi-request
// jobs (map-reduce, extraction retry, compare); Job does the same for its single request.
// Emits delta for every piece of text, then finished exactly once, never from start().
class GatedRequest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedRequest)
public:
    GatedRequest(const GatedRequestContext &context, ProviderRequest request,
                 QObject *parent = nullptr);
    ~GatedRequest() override;

    void start();
    void cancel();
    const ProviderRequest &request() const { return m_request; }
    // After finished: the gate's decision.
    const PolicyDecision &decision() const { return m_decision; }

Q_SIGNALS:
    void delta(const QString &text);
    void finished(const promptdesk::ProviderResponse &response, const QString &text);

private:
    void onFinished(const ProviderResponse &response);
    void finishLater(const Error &error);
    bool append(AuditEvent event) const;

    GatedRequestContext m_context;
    ProviderRequest m_request;
    QPointer<ProviderStream> m_stream;
    QString m_text;
    AuditEvent m_event;
    PolicyDecision m_decision;
    bool m_done = false;
};

} // namespace promptdesk

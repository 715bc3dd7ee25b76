#include "scripted_provider.h"

#include "core/result.h"

#include <QTimer>

namespace promptdesk::testing {

namespace {

class ScriptedStream final : public ProviderStream {
public:
    ScriptedStream(QStringList chunks, std::optional<Error> failure, int delayMs, QObject *parent)
        : ProviderStream(parent)
        , m_chunks(std::move(chunks))
        , m_failure(std::move(failure))
    {
        m_timer.setInterval(delayMs);
        connect(&m_timer, &QTimer::timeout, this, &ScriptedStream::step);
        m_timer.start();
    }

    void cancel() override
    {
        if (m_done) {
            return;
        }
        ProviderResponse response;
        response.error = makeError(ErrorKind::Cancelled, QStringLiteral("Stopped."));
        response.incomplete = true;
        end(response);
    }

private:
    void step()
    {
        if (m_next < m_chunks.size()) {
            Q_EMIT textDelta(m_chunks.at(m_next++));
            return;
        }
        ProviderResponse response;
        response.error = m_failure;
        response.incomplete = m_failure.has_value();
        response.usage = {10, 5};
        response.requestId = QStringLiteral("req-test-1");
        response.stopReason = QStringLiteral("end_turn");
        response.modelReturned = QStringLiteral("scripted-model");
        response.firstTokenMs = 1;
        response.totalMs = 2;
        end(response);
    }

    void end(const ProviderResponse &response)
    {
        m_done = true;
        m_timer.stop();
        Q_EMIT finished(response);
    }

    QStringList m_chunks;
    std::optional<Error> m_failure;
    QTimer m_timer;
    qsizetype m_next = 0;
    bool m_done = false;
};

} // namespace

ScriptedProvider::ScriptedProvider(QString id, QStringList chunks)
    : m_id(std::move(id))
    , m_chunks(std::move(chunks))
{
}

ProviderDescriptor ScriptedProvider::descriptor() const
{
    ProviderDescriptor d;
    d.id = m_id;
    d.displayName = QStringLiteral("Scripted ") + m_id;
    d.endpointHost = QStringLiteral("scripted.invalid");
    d.region = QStringLiteral("eu-central-1");
    d.models = {{QStringLiteral("scripted-model"), QStringLiteral("Scripted"), 1000}};
    d.defaultModel = QStringLiteral("scripted-model");
    return d;
}

ProviderStream *ScriptedProvider::start(const ProviderRequest &request, QObject *parent)
{
    m_received.append(request);
    return new ScriptedStream(m_chunks, m_failure, m_delayMs, parent);
}

} // namespace promptdesk::testing

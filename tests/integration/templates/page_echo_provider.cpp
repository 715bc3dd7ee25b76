#include "page_echo_provider.h"

#include "core/result.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

namespace promptdesk::testing {

class PageEchoStream final : public ProviderStream {
public:
    PageEchoStream(PageEchoProvider *owner, QString answer, int delayMs, bool truncated,
                   QObject *parent)
        : ProviderStream(parent)
        , m_owner(owner)
        , m_answer(std::move(answer))
        , m_truncated(truncated)
    {
        m_clock.start();
        ++m_owner->m_inFlight;
        m_owner->m_maxInFlight = qMax(m_owner->m_maxInFlight, m_owner->m_inFlight);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
        m_timer.start(delayMs);
    }
    ~PageEchoStream() override
    {
        if (!m_done) {
            m_done = true;
            --m_owner->m_inFlight;
        }
    }

    void cancel() override
    {
        if (m_done) {
            return;
        }
        m_timer.stop();
        QTimer::singleShot(0, this, [this] { end(true); });
        m_cancelling = true;
    }

private:
    void step()
    {
        if (m_cancelling || m_done) {
            return;
        }
        const qsizetype half = m_answer.size() / 2;
        Q_EMIT textDelta(m_answer.left(half));
        if (m_firstMs < 0) {
            m_firstMs = m_clock.elapsed();
        }
        Q_EMIT textDelta(m_answer.mid(half));
        end(false);
    }

    void end(bool cancelled)
    {
        if (m_done) {
            return;
        }
        m_done = true;
        --m_owner->m_inFlight;
        ProviderResponse response;
        if (cancelled) {
            response.error = makeError(ErrorKind::Cancelled, QStringLiteral("Stopped."));
            response.incomplete = true;
        }
        response.usage = {m_answer.size() / 4 + 100, m_answer.size() / 4 + 1};
        response.modelReturned = QStringLiteral("echo-large");
        response.stopReason =
            m_truncated ? QStringLiteral("max_tokens") : QStringLiteral("end_turn");
        response.incomplete = response.incomplete || m_truncated; // as remote streams do
        response.firstTokenMs = m_firstMs;
        response.totalMs = m_clock.elapsed();
        Q_EMIT finished(response);
    }

    PageEchoProvider *m_owner;
    QString m_answer;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_firstMs = -1;
    bool m_done = false;
    bool m_cancelling = false;
    bool m_truncated = false;
};

PageEchoProvider::PageEchoProvider(QString id)
    : m_id(std::move(id))
{
}

ProviderDescriptor PageEchoProvider::descriptor() const
{
    ProviderDescriptor d;
    d.id = m_id;
    d.displayName = QStringLiteral("Echo ") + m_id;
    d.endpointHost = QStringLiteral("echo.invalid");
    d.region = QStringLiteral("eu-central-1");
    ModelInfo small{QStringLiteral("echo-small"), QStringLiteral("Echo small"), 8000, 0.25, 1.25};
    ModelInfo large{QStringLiteral("echo-large"), QStringLiteral("Echo large"), 8000, 3.0, 15.0};
    d.models = {small, large};
    d.defaultModel = small.id;
    return d;
}

QString PageEchoProvider::answerFor(const ProviderRequest &request, int keepEvery)
{
    const QString prompt =
        request.messages.isEmpty() ? QString() : request.messages.constFirst().content;
    if (request.system.contains(QStringLiteral("JSON Schema"))) {
        return {}; // extraction: the scripted answers
    }
    if (request.system.startsWith(QStringLiteral("The document below is a set of notes"))) {
        QStringList kept;
        int n = 0;
        for (const QString &line : prompt.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("- ")) && (n++ % qMax(1, keepEvery)) == 0) {
                kept.append(line);
            }
        }
        return kept.join(QLatin1Char('\n'));
    }
    static const QRegularExpression marker(QStringLiteral("\\[p\\. (\\d+)\\]\\n([^.\\n]+\\.)"));
    QStringList lines;
    for (auto it = marker.globalMatch(prompt); it.hasNext();) {
        const auto m = it.next();
        lines.append(QStringLiteral("- ") + m.captured(2) + QStringLiteral(" [p. ") +
                     m.captured(1) + QLatin1Char(']'));
    }
    return lines.join(QLatin1Char('\n'));
}

ProviderStream *PageEchoProvider::start(const ProviderRequest &request, QObject *parent)
{
    m_received.append(request);
    QString answer = answerFor(request, m_keepEvery);
    if (answer.isEmpty()) {
        answer = m_answers.isEmpty() ? QStringLiteral("ok") : m_answers.takeFirst();
    }
    const bool truncated = m_truncateNext > 0;
    m_truncateNext = qMax(0, m_truncateNext - 1);
    return new PageEchoStream(this, answer, m_delayMs, truncated, parent);
}

} // namespace promptdesk::testing

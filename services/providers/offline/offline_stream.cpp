#include "providers/offline/offline_stream.h"

#include "core/logging.h"
#include "providers/offline/offline_engine.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace promptdesk {

namespace {

constexpr int kProgressPollMs = 20;
constexpr qsizetype kChunkChars = 200;
// Large outputs (a rewritten 100-page document) come in at most about this many deltas, so
// the receiver is not flooded with tens of thousands of tiny signals.
constexpr qsizetype kMaxDeltas = 400;

qint64 estimateTokens(qsizetype chars)
{
    return (qint64(chars) + 3) / 4;
}

bool isTerminal(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x2026);
}

} // namespace

OfflineStream::OfflineStream(const TemplateTask &task, const QString &model, QObject *parent)
    : ProviderStream(parent)
    , m_requestId(QStringLiteral("offline-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_model(model)
    , m_inputChars(task.documentText.size())
{
    m_clock.start();
    m_chunkTimer.setInterval(0);
    connect(&m_chunkTimer, &QTimer::timeout, this, &OfflineStream::emitNextChunk);
    m_progressTimer.setInterval(kProgressPollMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &OfflineStream::pollProgress);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &OfflineStream::onWorkerFinished);
    // The worker captures the shared state and a copy of the task, never `this`.
    std::shared_ptr<Shared> shared = m_shared;
    m_watcher->setFuture(QtConcurrent::run([shared, task]() {
        Outcome outcome;
        Result<QString> result = OfflineEngine::run(task, &shared->cancel, [&shared](int percent) {
            shared->progress.store(percent, std::memory_order_relaxed);
        });
        if (result) {
            outcome.text = std::move(result.value());
        } else {
            outcome.error = result.error();
        }
        return outcome;
    }));
    m_progressTimer.start();
    qCDebug(lcProviders) << "offline request started" << m_requestId << "input chars"
                         << m_inputChars;
}

OfflineStream::~OfflineStream()
{
    // A worker still running sees the flag and stops early; its result is dropped with the
    // watcher.
    m_shared->cancel.store(true);
}

void OfflineStream::cancel()
{
    if (m_state == State::Done) {
        return;
    }
    m_shared->cancel.store(true);
    m_state = State::Done;
    m_chunkTimer.stop();
    m_progressTimer.stop();
    // finished is delivered from the event loop, like every other signal of a stream.
    QTimer::singleShot(0, this, [this]() {
        finish(Error::make(ErrorKind::Cancelled, tr("The request was cancelled.")));
    });
}

void OfflineStream::pollProgress()
{
    const int percent = m_shared->progress.load(std::memory_order_relaxed);
    if (percent > m_lastProgress && percent < 100) {
        m_lastProgress = percent;
        Q_EMIT progress(percent);
    }
}

void OfflineStream::onWorkerFinished()
{
    m_progressTimer.stop();
    if (m_state != State::Working) {
        return; // cancelled meanwhile: finished is on its way
    }
    const Outcome outcome = m_watcher->result();
    if (outcome.error) {
        m_state = State::Done;
        finish(outcome.error);
        return;
    }
    if (m_lastProgress >= 0) {
        m_lastProgress = 100;
        QPointer<OfflineStream> guard(this);
        Q_EMIT progress(100);
        if (!guard || m_state != State::Working) {
            return;
        }
    }
    m_output = outcome.text;
    m_chunkTarget = std::max(kChunkChars, m_output.size() / kMaxDeltas);
    m_state = State::Streaming;
    m_chunkTimer.start();
}

qsizetype OfflineStream::nextChunkEnd() const
{
    const qsizetype size = m_output.size();
    const qsizetype minimum = m_emitted + m_chunkTarget / 5;
    if (minimum >= size) {
        return size;
    }
    const qsizetype limit = std::min(size, m_emitted + m_chunkTarget);
    // The first sentence end or line break after a minimum length, whitespace included...
    for (qsizetype i = minimum; i < limit; ++i) {
        const QChar c = m_output[i];
        const bool boundary =
            c == QLatin1Char('\n') || (isTerminal(c) && i + 1 < size && m_output[i + 1].isSpace());
        if (boundary) {
            qsizetype end = i + 1;
            while (end < size && m_output[end].isSpace()) {
                ++end;
            }
            return end;
        }
    }
    if (limit >= size) {
        return size;
    }
    // ...else the last space before the limit...
    for (qsizetype i = limit; i > minimum; --i) {
        if (m_output[i - 1].isSpace()) {
            return i;
        }
    }
    // ...else a hard cut that does not split a surrogate pair.
    qsizetype end = limit;
    if (m_output[end - 1].isHighSurrogate()) {
        --end;
    }
    return end;
}

void OfflineStream::emitNextChunk()
{
    if (m_state != State::Streaming) {
        m_chunkTimer.stop();
        return;
    }
    if (m_emitted >= m_output.size()) {
        m_chunkTimer.stop();
        m_state = State::Done;
        finish(std::nullopt);
        return;
    }
    const qsizetype end = nextChunkEnd();
    const QString chunk = m_output.mid(m_emitted, end - m_emitted);
    m_emitted = end;
    if (m_firstTokenMs < 0) {
        m_firstTokenMs = m_clock.elapsed();
    }
    Q_EMIT textDelta(chunk);
}

void OfflineStream::finish(const std::optional<Error> &error)
{
    ProviderResponse response;
    response.error = error;
    response.requestId = m_requestId;
    response.modelReturned = m_model;
    response.usage.inputTokens = estimateTokens(m_inputChars);
    response.usage.outputTokens = estimateTokens(m_emitted);
    response.firstTokenMs = m_firstTokenMs;
    response.totalMs = m_clock.elapsed();
    response.incomplete = error.has_value();
    if (!error) {
        response.stopReason = QStringLiteral("end_turn");
    }
    m_state = State::Done;
    m_output.clear();
    qCDebug(lcProviders) << "offline request finished" << m_requestId << "error"
                         << (error ? errorKindName(error->kind) : QStringLiteral("none")) << "ms"
                         << response.totalMs;
    Q_EMIT finished(response);
}

} // namespace promptdesk

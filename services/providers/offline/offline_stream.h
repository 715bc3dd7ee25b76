#pragma once

#include "providers/provider.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>

template<typename T> class QFutureWatcher;

namespace promptdesk {

// One offline request. The engine runs on a pool thread (QtConcurrent); its result is then
// streamed as textDelta chunks of about a sentence, one per event-loop turn, then finished.
//
// Lifetime: the worker shares only a std::shared_ptr<Shared> (cancel flag, progress) and its
// own copy of the task with this object, never `this`; deleting the stream mid-run raises the
// cancel flag and drops the result. Every signal is emitted from the event loop, never from
// the constructor or from cancel().
class OfflineStream final : public ProviderStream {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineStream)
public:
    OfflineStream(const TemplateTask &task, const QString &model, QObject *parent = nullptr);
    ~OfflineStream() override;

    QString requestId() const { return m_requestId; }

public Q_SLOTS:
    void cancel() override;

private:
    struct Shared {
        std::atomic_bool cancel{false};
        std::atomic_int progress{-1};
    };
    struct Outcome {
        QString text;
        std::optional<Error> error;
    };
    enum class State { Working, Streaming, Done };

    void onWorkerFinished();
    void pollProgress();
    void emitNextChunk();
    qsizetype nextChunkEnd() const;
    void finish(const std::optional<Error> &error);

    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    QTimer m_chunkTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    State m_state = State::Working;
    QString m_requestId;
    QString m_model;
    QString m_output;
    qsizetype m_emitted = 0;
    qsizetype m_chunkTarget = 200;
    qint64 m_inputChars = 0;
    qint64 m_firstTokenMs = -1;
    int m_lastProgress = -1;
};

} // namespace promptdesk

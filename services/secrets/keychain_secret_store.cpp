#include "secrets/keychain_secret_store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

#include <qt6keychain/keychain.h>

namespace promptdesk {
namespace {

constexpr int kKeychainTimeoutMs = 30'000; // long enough for an unlock prompt

// The keychain's own thread. QtKeychain answers through the event loop of the thread its job
// lives in; the synchronous calls (start-up, before the window shows, and the command line)
// hand their job to this thread and wait for the answer on a semaphore. They run no event loop
// of their own, so none of the caller's code can run re-entrantly while they wait. Remote
// requests use readLater() and never wait at all.
class KeychainThread final {
public:
    static QThread *get()
    {
        static KeychainThread instance;
        return &instance.m_thread;
    }
    ~KeychainThread() { stop(); }
    Q_DISABLE_COPY_MOVE(KeychainThread)

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("promptdesk-keychain"));
        m_thread.start();
        // Stopped while the application object still exists, before static destruction.
        qAddPostRoutine([] { get()->quit(), get()->wait(); });
    }
    void stop()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QThread m_thread;
};

// What a finished job said, copied out of it on the keychain thread.
struct JobAnswer {
    bool finished = false; // false: no answer within kKeychainTimeoutMs
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Starts `job` (ownership taken) on the keychain thread; `onAnswer` runs there once it has
// finished, and the job deletes itself.
void startOnKeychainThread(QKeychain::Job *job, std::function<void(const JobAnswer &)> onAnswer)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->moveToThread(KeychainThread::get());
    QObject::connect(job, &QKeychain::Job::finished, job, [job, onAnswer = std::move(onAnswer)] {
        JobAnswer answer;
        answer.finished = true;
        answer.error = job->error();
        answer.errorString = job->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            answer.data = read->binaryData();
        }
        job->deleteLater();
        onAnswer(answer);
    });
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
}

// Runs `job` on the keychain thread and waits at most kKeychainTimeoutMs. A job that outlives
// the wait still finishes there; its late answer goes to the shared state, never to the caller
// that has already returned.
JobAnswer runJob(QKeychain::Job *job)
{
    struct Waiting {
        QSemaphore answered;
        JobAnswer answer;
    };
    auto waiting = std::make_shared<Waiting>();
    startOnKeychainThread(job, [waiting](const JobAnswer &answer) {
        waiting->answer = answer;
        waiting->answered.release();
    });
    if (!waiting->answered.tryAcquire(1, kKeychainTimeoutMs)) {
        return JobAnswer{}; // not finished; the keychain thread may still write its own copy
    }
    return waiting->answer;
}

Error keychainError(QKeychain::Error error, const QString &errorString, bool finished)
{
    if (!finished) {
        return makeError(
            ErrorKind::Internal,
            QStringLiteral("The system keychain did not answer in time. Unlock it and try again."));
    }
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(
            ErrorKind::Unsupported,
            QStringLiteral(
                "No system keychain is available, so secrets cannot be stored on this computer."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorKind::Auth,
                         QStringLiteral("Access to the system keychain was denied."));
    default:
        // errorString() comes from the keychain backend and never holds the secret.
        return makeError(
            ErrorKind::Internal,
            QStringLiteral("The system keychain reported an error: %1").arg(errorString));
    }
}

Error failure(const JobAnswer &answer)
{
    return keychainError(answer.error, answer.errorString, answer.finished);
}

// A read job's answer: the secret, none stored, or why the keychain could not say.
Result<std::optional<QByteArray>> readResult(const JobAnswer &answer)
{
    if (answer.finished && answer.error == QKeychain::NoError) {
        return std::optional<QByteArray>(answer.data);
    }
    if (answer.finished && answer.error == QKeychain::EntryNotFound) {
        return std::optional<QByteArray>();
    }
    return failure(answer);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    return readResult(runJob(job));
}

void KeychainSecretStore::readLater(const QString &key, QObject *context, ReadAnswer done)
{
    // Every QtKeychain job runs on the keychain thread (its backends keep per-thread state);
    // the answer comes back to `context`'s thread through its event loop: nothing waits.
    auto pending = std::make_shared<ReadAnswer>(std::move(done)); // touched on context's thread
    auto *timeout = new QTimer(context);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, context, [pending, timeout] {
        timeout->deleteLater();
        if (*pending) {
            std::exchange(*pending, nullptr)(readResult(JobAnswer{}));
        }
    });
    const QPointer<QObject> receiver(context);
    const QPointer<QTimer> timer(timeout);
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    startOnKeychainThread(job, [receiver, timer, pending](const JobAnswer &answer) {
        if (!receiver) {
            return;
        }
        QMetaObject::invokeMethod(
            receiver.data(),
            [answer, timer, pending] {
                if (timer) {
                    timer->stop();
                    timer->deleteLater();
                }
                if (*pending) { // else answered by the timeout
                    std::exchange(*pending, nullptr)(readResult(answer));
                }
            },
            Qt::QueuedConnection);
    });
    timeout->start(kKeychainTimeoutMs);
}

Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setBinaryData(secret);
    const JobAnswer answer = runJob(job);
    if (answer.finished && answer.error == QKeychain::NoError) {
        return {};
    }
    return failure(answer);
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    const JobAnswer answer = runJob(job);
    if (answer.finished &&
        (answer.error == QKeychain::NoError || answer.error == QKeychain::EntryNotFound)) {
        return {};
    }
    return failure(answer);
}

} // namespace promptdesk

#include "secrets/keychain_secret_store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>
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
    QSemaphore answered;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs `job` (ownership taken) on the keychain thread and waits at most kKeychainTimeoutMs.
// A job that outlives the wait still finishes and deletes itself there; its late answer goes
// to the shared JobAnswer, never to the returned caller.
std::shared_ptr<JobAnswer> runJob(QKeychain::Job *job)
{
    auto answer = std::make_shared<JobAnswer>();
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->moveToThread(KeychainThread::get());
    QObject::connect(job, &QKeychain::Job::finished, job, [job, answer] {
        answer->error = job->error();
        answer->errorString = job->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            answer->data = read->binaryData();
        }
        job->deleteLater();
        answer->answered.release();
    });
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    answer->finished = answer->answered.tryAcquire(1, kKeychainTimeoutMs);
    return answer;
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

// A timed-out answer's fields may still be written by the keychain thread: not read then.
Error failure(const JobAnswer &answer)
{
    return answer.finished ? keychainError(answer.error, answer.errorString, true)
                           : keychainError(QKeychain::NoError, {}, false);
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
    const std::shared_ptr<JobAnswer> answer = runJob(job);
    if (answer->finished && answer->error == QKeychain::NoError) {
        return std::optional<QByteArray>(answer->data);
    }
    if (answer->finished && answer->error == QKeychain::EntryNotFound) {
        return std::optional<QByteArray>();
    }
    return failure(*answer);
}

void KeychainSecretStore::readLater(const QString &key, QObject *context, ReadAnswer done)
{
    // Every QtKeychain job runs on the keychain thread (its backends keep per-thread state);
    // the answer comes back to `context`'s thread through its event loop: nothing waits.
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->moveToThread(KeychainThread::get());
    auto pending = std::make_shared<ReadAnswer>(std::move(done)); // touched on context's thread
    auto *timeout = new QTimer(context);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, context, [pending, timeout] {
        timeout->deleteLater();
        if (*pending) {
            std::exchange(*pending, nullptr)(keychainError(QKeychain::NoError, {}, false));
        }
    });
    const QPointer<QObject> receiver(context);
    const QPointer<QTimer> timer(timeout);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, receiver, timer, pending] {
        const QKeychain::Error error = job->error();
        const QString errorString = job->errorString();
        const QByteArray data = job->binaryData();
        job->deleteLater();
        if (!receiver) {
            return;
        }
        QMetaObject::invokeMethod(
            receiver.data(),
            [error, errorString, data, timer, pending] {
                if (timer) {
                    timer->stop();
                    timer->deleteLater();
                }
                if (!*pending) {
                    return; // answered by the timeout
                }
                const ReadAnswer reply = std::exchange(*pending, nullptr);
                if (error == QKeychain::NoError) {
                    reply(std::optional<QByteArray>(data));
                } else if (error == QKeychain::EntryNotFound) {
                    reply(std::optional<QByteArray>());
                } else {
                    reply(keychainError(error, errorString, true));
                }
            },
            Qt::QueuedConnection);
    });
    timeout->start(kKeychainTimeoutMs);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
}

Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setBinaryData(secret);
    const std::shared_ptr<JobAnswer> answer = runJob(job);
    if (answer->finished && answer->error == QKeychain::NoError) {
        return {};
    }
    return failure(*answer);
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    const std::shared_ptr<JobAnswer> answer = runJob(job);
    if (answer->finished &&
        (answer->error == QKeychain::NoError || answer->error == QKeychain::EntryNotFound)) {
        return {};
    }
    return failure(*answer);
}

} // namespace promptdesk

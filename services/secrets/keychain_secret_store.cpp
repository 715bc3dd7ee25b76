#include "secrets/keychain_secret_store.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <utility>

#include <qt6keychain/keychain.h>

namespace promptdesk {
namespace {

constexpr int kKeychainTimeoutMs = 30'000; // long enough for an unlock prompt

// QtKeychain is asynchronous. The synchronous calls are for start-up (opening the audit log and
// the vault before the window shows) and the command line, where nothing else is running: they
// wait for the job in a local event loop. Remote requests use readLater() instead. A timeout
// keeps a hung Secret Service from hanging the app.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.setAutoDelete(false);
    timeout.start(kKeychainTimeoutMs);
    job.start();
    if (!finished) {
        loop.exec();
    }
    return finished;
}

Error keychainError(const QKeychain::Job &job, bool finished)
{
    if (!finished) {
        return makeError(
            ErrorKind::Internal,
            QStringLiteral("The system keychain did not answer in time. Unlock it and try again."));
    }
    switch (job.error()) {
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
            QStringLiteral("The system keychain reported an error: %1").arg(job.errorString()));
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_serviceName);
    job.setInsecureFallback(false);
    job.setKey(key);
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError) {
        return std::optional<QByteArray>(job.binaryData());
    }
    if (finished && job.error() == QKeychain::EntryNotFound) {
        return std::optional<QByteArray>();
    }
    return keychainError(job, finished);
}

void KeychainSecretStore::readLater(const QString &key, QObject *context, ReadAnswer done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName); // deletes itself once finished
    job->setInsecureFallback(false);
    job->setKey(key);
    auto *timeout = new QTimer(job);
    timeout->setSingleShot(true);
    auto answer = std::make_shared<ReadAnswer>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, context, [job, timeout, answer] {
        timeout->stop();
        if (!*answer) {
            return; // answered by the timeout
        }
        const ReadAnswer reply = std::exchange(*answer, nullptr);
        if (job->error() == QKeychain::NoError) {
            reply(std::optional<QByteArray>(job->binaryData()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            reply(std::optional<QByteArray>());
        } else {
            reply(keychainError(*job, true));
        }
    });
    QObject::connect(timeout, &QTimer::timeout, context, [job, answer] {
        if (*answer) {
            std::exchange(*answer, nullptr)(keychainError(*job, false));
        }
    });
    timeout->start(kKeychainTimeoutMs);
    job->start();
}

Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_serviceName);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError) {
        return {};
    }
    return keychainError(job, finished);
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_serviceName);
    job.setInsecureFallback(false);
    job.setKey(key);
    const bool finished = runJob(job);
    if (finished &&
        (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)) {
        return {};
    }
    return keychainError(job, finished);
}

} // namespace promptdesk

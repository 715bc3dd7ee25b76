#pragma once

#include "providers/provider.h"
#include "providers/remote/aws_credential_process_run.h"
#include "providers/remote/credential_resolver.h"
#include "providers/remote/protocol_codec.h"
#include "secrets/memory_secret_store.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace promptdesk {

class SecretStore;

// Everything a RemoteStream needs from its provider; copied per request.
struct RemoteStreamSetup {
    ProviderEntry entry;
    ModelInfo model; // id + prices
    QNetworkAccessManager *network = nullptr;
    QSslConfiguration ssl;
    SecretStore *secrets = nullptr;
    // Set when the provider's proxy needs its password from the keychain: the stream reads it
    // with its credentials and hands what it read to `prepareNetwork` before the first send.
    QString proxyPasswordKey;
    std::function<Result<void>(SecretStore *secrets)> prepareNetwork;
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // a 2 GB answer is refused, not buffered
    std::function<int(int)> jitter; // test seam: maps a delay cap to the delay to wait
};

// One request to a remote provider over HTTP(S): credentials (read asynchronously: keychain,
// credential_process, SSO; never a nested event loop), the protocol's codec,
// timeouts (connect = until response headers, first token, idle between chunks, total),
// retries with exponential backoff and full jitter honouring Retry-After, but never once
// text has been shown; cancel at any moment. Emits textDelta, notice (retry sentences) and
// exactly one finished, always from the event loop.
class RemoteStream final : public ProviderStream {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteStream)
public:
    RemoteStream(RemoteStreamSetup setup, const ProviderRequest &request, QObject *parent);
    ~RemoteStream() override;

public Q_SLOTS:
    void cancel() override;

private:
    enum class Phase { Idle, Credentials, Connecting, Receiving, Waiting, Done };

    void begin();
    void readSecrets(QStringList keys);
    void onSecretsRead();
    void runCredentialProcess();
    void fetchSsoCredentials();
    void sendAttempt();
    void retryNow();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(const QString &which);
    void takeProgress();
    void restartIdleTimer();
    void failOrRetry(const ProviderFailure &failure);
    void finishWith(std::optional<ProviderFailure> failure);
    void finishError(const Error &error);
    void abortReply();
    QString providerName() const;
    int backoffMs(const ProviderFailure &failure) const;

    RemoteStreamSetup m_setup;
    ProviderRequest m_request;
    std::unique_ptr<ProtocolCodec> m_codec;
    ResolvedAuth m_auth;
    std::unique_ptr<MemorySecretStore> m_secretsRead; // only until the credentials are resolved
    QPointer<AwsCredentialProcessRun> m_processRun;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_ssoReply;
    StreamProgress m_progress;
    Phase m_phase = Phase::Idle;
    int m_attempt = 0;
    int m_status = 0;
    RetriedAttempt m_pendingRetry;
    bool m_isError = false; // non-2xx: collect the body for the error mapping
    bool m_isHtml = false;
    QByteArray m_errorBody;
    qint64 m_received = 0;
    bool m_shownText = false;
    QString m_timeoutReason;
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
    QTimer m_connectTimer;
    QTimer m_firstTokenTimer;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
};

} // namespace promptdesk

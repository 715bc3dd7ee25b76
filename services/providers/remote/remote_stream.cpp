#include "providers/remote/remote_stream.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace promptdesk {

namespace {

// The provider's error name as a machine word for the audit log: letters, digits and ".-_"
// only, at most 64 characters (it comes from the provider's answer).
QString auditCode(const QString &code)
{
    QString word;
    for (const QChar c : code.left(64)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            word += c;
        } else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            word += c;
        }
    }
    return word;
}

constexpr qsizetype kMaxErrorBody = 64 * 1024;

QString say(const char *text)
{
    return QCoreApplication::translate("ProviderErrors", text);
}

int seconds(int ms)
{
    return qMax(1, (ms + 999) / 1000);
}

} // namespace

RemoteStream::RemoteStream(RemoteStreamSetup setup, const ProviderRequest &request, QObject *parent)
    : ProviderStream(parent)
    , m_setup(std::move(setup))
    , m_request(request)
    , m_codec(ProtocolCodec::create(m_setup.entry))
{
    for (QTimer *t :
         {&m_connectTimer, &m_firstTokenTimer, &m_idleTimer, &m_totalTimer, &m_retryTimer}) {
        t->setSingleShot(true);
    }
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { onTimeout(QStringLiteral("connect")); });
    connect(&m_firstTokenTimer, &QTimer::timeout, this,
            [this] { onTimeout(QStringLiteral("first-token")); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(QStringLiteral("idle")); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(QStringLiteral("total")); });
    connect(&m_retryTimer, &QTimer::timeout, this, &RemoteStream::retryNow);
    m_clock.start();
    // Never from inside start(): the caller connects its slots first.
    QMetaObject::invokeMethod(this, &RemoteStream::begin, Qt::QueuedConnection);
}

RemoteStream::~RemoteStream()
{
    abortReply();
}

QString RemoteStream::providerName() const
{
    return m_setup.entry.displayName.isEmpty() ? m_setup.entry.id : m_setup.entry.displayName;
}

void RemoteStream::begin()
{
    if (m_phase != Phase::Idle) {
        return;
    }
    m_phase = Phase::Credentials;
    m_totalTimer.start(m_setup.entry.timeouts.totalMs);
    QStringList keys = CredentialResolver::secretKeys(m_setup.entry);
    if (!m_setup.proxyPasswordKey.isEmpty()) {
        keys.append(m_setup.proxyPasswordKey);
    }
    if (m_setup.secrets) {
        m_secretsRead = std::make_unique<MemorySecretStore>();
    }
    readSecrets(keys);
}

// One key after another, each answered later by the keychain: the window keeps running while
// an unlock prompt is open.
void RemoteStream::readSecrets(QStringList keys)
{
    if (m_phase == Phase::Done) {
        return;
    }
    if (keys.isEmpty() || !m_setup.secrets) {
        onSecretsRead();
        return;
    }
    const QString key = keys.takeFirst();
    m_setup.secrets->readLater(key, this,
                               [this, key, keys](Result<std::optional<QByteArray>> value) {
                                   if (m_phase == Phase::Done) {
                                       return;
                                   }
                                   if (!value) {
                                       finishError(value.error());
                                       return;
                                   }
                                   if (value.value()) {
                                       (void)m_secretsRead->write(key, *value.value());
                                   }
                                   readSecrets(keys);
                               });
}

void RemoteStream::onSecretsRead()
{
    SecretStore *read = m_secretsRead.get(); // null: no keychain at all
    if (m_setup.prepareNetwork) {
        if (Result<void> network = m_setup.prepareNetwork(read); !network) {
            finishError(network.error());
            return;
        }
    }
    Result<ResolvedAuth> auth = CredentialResolver::resolve(m_setup.entry, read);
    m_secretsRead.reset();
    if (!auth) {
        finishError(auth.error());
        return;
    }
    m_auth = std::move(auth).value();
    if (m_auth.process) {
        runCredentialProcess();
        return;
    }
    if (m_auth.sso) {
        fetchSsoCredentials();
        return;
    }
    sendAttempt();
}

void RemoteStream::runCredentialProcess()
{
    m_processRun = new AwsCredentialProcessRun(*m_auth.process, this);
    connect(m_processRun, &AwsCredentialProcessRun::finished, this,
            [this](const Result<AwsCredentials> &credentials) {
                m_processRun->deleteLater();
                if (m_phase == Phase::Done) {
                    return;
                }
                if (!credentials) {
                    finishError(credentials.error());
                    return;
                }
                m_auth.aws = credentials.value();
                m_auth.process.reset();
                sendAttempt();
            });
    m_processRun->start();
}

void RemoteStream::fetchSsoCredentials()
{
    QNetworkRequest request(m_auth.sso->url);
    request.setRawHeader("x-amz-sso_bearer_token", m_auth.sso->accessToken);
    request.setSslConfiguration(m_setup.ssl);
    m_ssoReply = m_setup.network->get(request);
    m_connectTimer.start(m_setup.entry.timeouts.connectMs);
    connect(m_ssoReply, &QNetworkReply::finished, this, [this] {
        m_connectTimer.stop();
        QNetworkReply *reply = m_ssoReply;
        m_ssoReply = nullptr;
        reply->deleteLater();
        const QByteArray body = reply->read(kMaxErrorBody);
        if (reply->error() != QNetworkReply::NoError) {
            finishError(
                makeError(ErrorKind::Auth, say("AWS single sign-on refused the cached session; run "
                                               "\"aws sso login\" and try again.")));
            return;
        }
        Result<AwsCredentials> creds = AwsSharedConfig::parseRoleCredentials(body);
        if (!creds) {
            finishError(creds.error());
            return;
        }
        m_auth.aws = creds.value();
        m_auth.sso.reset();
        sendAttempt();
    });
}

void RemoteStream::sendAttempt()
{
    if (m_phase == Phase::Done) {
        return;
    }
    ++m_attempt;
    m_phase = Phase::Connecting;
    m_codec->reset();
    m_progress = StreamProgress{};
    m_status = 0;
    m_isError = false;
    m_isHtml = false;
    m_errorBody.clear();
    m_received = 0;

    HttpCall call = m_codec->buildCall(m_request, m_setup.model.id, m_setup.entry.stream);
    CredentialResolver::apply(m_auth, m_setup.entry, call, QDateTime::currentDateTimeUtc());
    QNetworkRequest request(call.url);
    for (const auto &h : std::as_const(call.headers)) {
        request.setRawHeader(h.first, h.second);
    }
    if (call.url.scheme() == QStringLiteral("https")) {
        request.setSslConfiguration(m_setup.ssl);
    }
    // Never follow redirects: credentials must not travel to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    qCInfo(lcProviders) << "send" << m_setup.entry.id << "attempt" << m_attempt << "host"
                        << call.url.host() << "bytes" << call.body.size();
    m_reply = m_setup.network->post(request, call.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RemoteStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RemoteStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RemoteStream::onReplyFinished);
    m_connectTimer.start(m_setup.entry.timeouts.connectMs);
    if (!m_shownText) {
        m_firstTokenTimer.start(m_setup.entry.timeouts.firstTokenMs);
    }
}

void RemoteStream::onMetaData()
{
    if (!m_reply || m_status != 0) {
        return;
    }
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 0) {
        return;
    }
    m_connectTimer.stop();
    m_phase = Phase::Receiving;
    const HttpHeaderList headers = m_reply->rawHeaderPairs();
    m_isError = m_status < 200 || m_status >= 300;
    m_isHtml = headerValue(headers, "content-type").toLower().startsWith("text/html");
    if (!m_isError && !m_isHtml) {
        m_codec->readHeaders(headers, m_progress);
    }
    restartIdleTimer();
}

// The idle timeout measures the pauses inside an answer. Until its first token arrives, the
// first-token timeout alone decides how long to wait (a model may think for 40 s within a
// 60 s first-token limit; a 30 s idle limit must not cut that short and re-send).
void RemoteStream::restartIdleTimer()
{
    if (!m_firstTokenTimer.isActive()) {
        m_idleTimer.start(m_setup.entry.timeouts.idleMs);
    }
}

void RemoteStream::onReadyRead()
{
    if (!m_reply || m_phase == Phase::Done) {
        return;
    }
    if (m_status == 0) {
        onMetaData();
    }
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    restartIdleTimer();
    if (m_received > m_setup.maxResponseBytes) {
        abortReply();
        ProviderFailure f;
        f.kind = ErrorKind::TooLarge;
        f.code = QStringLiteral("response-too-large");
        f.message = say("The answer from %1 is larger than the %2 MB allowed; it was stopped.")
                        .arg(providerName())
                        .arg(m_setup.maxResponseBytes / (1024 * 1024));
        finishWith(f);
        return;
    }
    if (m_isError || m_isHtml) {
        if (m_errorBody.size() < kMaxErrorBody) {
            m_errorBody.append(data.left(kMaxErrorBody - m_errorBody.size()));
        }
        return;
    }
    m_codec->feed(data, m_progress);
    takeProgress();
    if (m_progress.failure) {
        abortReply();
        failOrRetry(*m_progress.failure);
    }
}

void RemoteStream::takeProgress()
{
    if (m_progress.text.isEmpty()) {
        return;
    }
    if (m_firstTokenMs < 0) {
        m_firstTokenMs = m_clock.elapsed();
        m_firstTokenTimer.stop();
        restartIdleTimer();
    }
    m_shownText = true;
    const QString text = std::exchange(m_progress.text, QString());
    Q_EMIT textDelta(text);
}

void RemoteStream::onReplyFinished()
{
    if (!m_reply || m_phase == Phase::Done) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_status == 0) {
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    if (m_status != 0 && !m_isError && !m_isHtml) {
        // Any bytes left (readyRead may not have fired for the last ones).
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            m_codec->feed(rest, m_progress);
            takeProgress();
        }
    } else if (m_status != 0) {
        m_errorBody.append(reply->read(qMax<qint64>(0, kMaxErrorBody - m_errorBody.size())));
    }
    m_connectTimer.stop();
    m_idleTimer.stop();
    const QNetworkReply::NetworkError netError = reply->error();
    const HttpHeaderList headers = reply->rawHeaderPairs();

    if (m_status == 0 || (netError != QNetworkReply::NoError && !m_isError)) {
        ProviderFailure f;
        f.kind = ErrorKind::Network;
        f.code = QString::number(int(netError));
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            f.message =
                say("The secure connection to %1 could not be verified: its certificate is not "
                    "trusted. If your company inspects traffic, ask IT for its CA certificate.")
                    .arg(providerName());
            break;
        case QNetworkReply::ProxyAuthenticationRequiredError:
            f = failureForStatus(407, providerName());
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
            f.message = say("The proxy server could not be reached; check the network settings.");
            f.retryable = true;
            break;
        case QNetworkReply::HostNotFoundError:
            f.message = say("Promptdesk could not find %1 on the network; check the address and "
                            "your connection.")
                            .arg(providerName());
            break;
        case QNetworkReply::ConnectionRefusedError:
            f.message = say("%1 refused the connection; check the address and your connection.")
                            .arg(providerName());
            f.retryable = true;
            break;
        case QNetworkReply::OperationCanceledError:
            return; // our own abort; already handled
        default:
            if (m_status != 0 || m_received > 0) {
                f.message =
                    say("The connection to %1 was interrupted before the answer was complete.")
                        .arg(providerName());
            } else {
                f.message = say("Promptdesk could not reach %1; check your network connection.")
                                .arg(providerName());
            }
            f.retryable = true;
            break;
        }
        failOrRetry(f);
        return;
    }
    if (m_isHtml || (m_isError && (m_status == 502 || m_status == 504) &&
                     !m_errorBody.trimmed().startsWith('{'))) {
        // 401/407 as an HTML page comes from a proxy asking for its credentials (providers
        // answer 401 in JSON).
        const bool proxyAuth = m_status == 407 || (m_isHtml && m_status == 401);
        ProviderFailure f = proxyAuth ? failureForStatus(407, providerName()) : ProviderFailure{};
        if (!proxyAuth) {
            f.kind = ErrorKind::Network;
            f.code = QStringLiteral("html-%1").arg(m_status);
            f.message =
                say("A proxy or gateway answered instead of %1 (HTTP %2); check the network "
                    "settings.")
                    .arg(providerName())
                    .arg(m_status);
            f.retryable = m_status == 502 || m_status == 503 || m_status == 504;
        }
        failOrRetry(f);
        return;
    }
    if (m_isError) {
        ProviderFailure f = m_status == 407 ? failureForStatus(407, providerName())
                                            : m_codec->httpError(m_status, headers, m_errorBody);
        if (f.retryAfterMs < 0) {
            f.retryAfterMs = retryAfterMs(headers);
        }
        failOrRetry(f);
        return;
    }
    m_codec->finish(m_progress);
    takeProgress();
    if (m_progress.failure) {
        failOrRetry(*m_progress.failure);
        return;
    }
    if (!m_progress.complete) {
        ProviderFailure f;
        f.kind = ErrorKind::Network;
        f.code = QStringLiteral("truncated");
        f.message = say("The answer from %1 was cut off before the end.").arg(providerName());
        f.retryable = true;
        failOrRetry(f);
        return;
    }
    finishWith(std::nullopt);
}

void RemoteStream::onTimeout(const QString &which)
{
    if (m_phase == Phase::Done) {
        return;
    }
    abortReply();
    ProviderFailure f;
    f.kind = ErrorKind::Network;
    f.code = QStringLiteral("timeout-") + which;
    const TimeoutSettings &t = m_setup.entry.timeouts;
    if (which == QStringLiteral("connect")) {
        f.message =
            say("%1 did not answer within %2 s.").arg(providerName()).arg(seconds(t.connectMs));
        f.retryable = true;
    } else if (which == QStringLiteral("first-token")) {
        f.message = say("%1 did not start answering within %2 s.")
                        .arg(providerName())
                        .arg(seconds(t.firstTokenMs));
        f.retryable = true;
    } else if (which == QStringLiteral("idle")) {
        f.message = say("%1 stopped sending for %2 s in the middle of the answer.")
                        .arg(providerName())
                        .arg(seconds(t.idleMs));
        f.retryable = true;
    } else {
        f.message = say("%1 took longer than the %2 s allowed.")
                        .arg(providerName())
                        .arg(seconds(t.totalMs));
    }
    failOrRetry(f);
}

int RemoteStream::backoffMs(const ProviderFailure &failure) const
{
    const RetrySettings &r = m_setup.entry.retries;
    if (failure.retryAfterMs >= 0) {
        return qMin(failure.retryAfterMs, r.maxDelayMs);
    }
    const qint64 cap = qMin<qint64>(r.maxDelayMs, qint64(r.baseDelayMs) << qMin(m_attempt - 1, 20));
    if (m_setup.jitter) {
        return m_setup.jitter(int(cap));
    }
    // "Equal jitter": half fixed, half random, so retries spread out but never bunch at 0.
    return int(cap / 2 + QRandomGenerator::global()->bounded(cap / 2 + 1));
}

void RemoteStream::failOrRetry(const ProviderFailure &failure)
{
    if (m_phase == Phase::Done) {
        return;
    }
    const bool timeLeft = m_totalTimer.isActive();
    qCInfo(lcProviders) << "failure" << m_setup.entry.id << "attempt" << m_attempt << "status"
                        << m_status << "code" << failure.code << "retryable" << failure.retryable;
    // No silent retry once text has been shown: the user would see it twice.
    if (failure.retryable && !m_shownText && m_attempt < m_setup.entry.retries.maxAttempts &&
        timeLeft) {
        const int delay = backoffMs(failure);
        QString reason = failure.message;
        if (reason.endsWith(QLatin1Char('.'))) {
            reason.chop(1);
        }
        const QString sentence =
            failure.busy
                ? say("%1 is busy — retrying in %2 s.").arg(providerName()).arg(seconds(delay))
                : say("%1 — retrying in %2 s.").arg(reason).arg(seconds(delay));
        Q_EMIT notice(sentence);
        m_pendingRetry =
            RetriedAttempt{m_attempt, m_status, auditCode(failure.code), failure.kind, delay};
        m_phase = Phase::Waiting;
        m_firstTokenTimer.stop();
        m_retryTimer.start(delay);
        return;
    }
    finishWith(failure);
}

void RemoteStream::retryNow()
{
    Q_EMIT retrying(m_pendingRetry); // a receiver that cannot record the attempt cancels here
    if (m_phase == Phase::Done) {
        return;
    }
    sendAttempt();
}

void RemoteStream::finishError(const Error &error)
{
    ProviderFailure f;
    f.kind = error.kind;
    f.message = error.message;
    finishWith(f);
}

void RemoteStream::abortReply()
{
    for (QPointer<QNetworkReply> *r : {&m_reply, &m_ssoReply}) {
        if (QNetworkReply *reply = r->data()) {
            *r = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    delete m_processRun.data(); // kills a credential_process still running
}

void RemoteStream::finishWith(std::optional<ProviderFailure> failure)
{
    if (m_phase == Phase::Done) {
        return;
    }
    m_phase = Phase::Done;
    for (QTimer *t :
         {&m_connectTimer, &m_firstTokenTimer, &m_idleTimer, &m_totalTimer, &m_retryTimer}) {
        t->stop();
    }
    abortReply();
    ProviderResponse response;
    if (failure) {
        response.error = Error{failure->kind, failure->message};
    }
    response.usage = m_progress.usage;
    response.requestId = m_progress.requestId;
    response.stopReason = m_progress.stopReason;
    response.modelReturned =
        m_progress.modelReturned.isEmpty() ? m_setup.model.id : m_progress.modelReturned;
    response.firstTokenMs = m_firstTokenMs;
    response.totalMs = m_clock.elapsed();
    response.attempts = m_attempt;
    response.incomplete = failure.has_value() ||
                          m_progress.stopReason == QStringLiteral("max_tokens") ||
                          m_progress.stopReason == QStringLiteral("length");
    if (m_setup.model.inputPricePerMTok >= 0 && m_setup.model.outputPricePerMTok >= 0) {
        response.costUsd =
            (double(response.usage.inputTokens) * m_setup.model.inputPricePerMTok +
             double(response.usage.outputTokens) * m_setup.model.outputPricePerMTok) /
            1e6;
    }
    if (m_firstTokenMs >= 0 && response.totalMs > m_firstTokenMs &&
        response.usage.outputTokens > 0) {
        response.tokensPerSecond = double(response.usage.outputTokens) * 1000.0 /
                                   double(response.totalMs - m_firstTokenMs);
    }
    qCInfo(lcProviders) << "finished" << m_setup.entry.id << "attempts" << m_attempt << "ok"
                        << !failure << "in" << response.usage.inputTokens << "out"
                        << response.usage.outputTokens << "ttft" << response.firstTokenMs << "total"
                        << response.totalMs;
    QMetaObject::invokeMethod(
        this, [this, response] { Q_EMIT finished(response); }, Qt::QueuedConnection);
}

void RemoteStream::cancel()
{
    if (m_phase == Phase::Done) {
        return;
    }
    ProviderFailure f;
    f.kind = ErrorKind::Cancelled;
    f.code = QStringLiteral("cancelled");
    f.message = say("The request was cancelled.");
    finishWith(f);
}

} // namespace promptdesk

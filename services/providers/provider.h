#pragma once

#include "core/error.h"
#include "providers/provider_request.h"

#include <QObject>
#include <optional>

namespace promptdesk {

struct ModelInfo {
    QString id;
    QString displayName;
    int contextTokens = 0;
    // List prices in USD per million tokens; negative when unknown (no cost is computed).
    double inputPricePerMTok = -1;
    double outputPricePerMTok = -1;
};

// What the app and the policy gate know about a provider before sending anything.
struct ProviderDescriptor {
    QString id;           // "offline", "bedrock", ...
    QString displayName;  // "Offline (basic)"
    QString region;       // empty when not applicable
    QString endpointHost; // empty for offline
    bool basic = false;   // true for the built-in engine: results are labelled as basic
    QList<ModelInfo> models;
    QString defaultModel;
};

// The end of one streamed request.
struct ProviderResponse {
    std::optional<Error> error; // empty on success
    TokenUsage usage;
    QString requestId;
    QString stopReason; // "end_turn", "max_tokens", ...
    QString modelReturned;
    qint64 firstTokenMs = -1; // from start() to the first delta
    qint64 totalMs = 0;
    bool incomplete = false;    // output stopped early (error, cancel, token limit)
    double costUsd = -1;        // from the model's list price; negative when unknown
    double tokensPerSecond = 0; // output tokens over the time from first token to the end
    int attempts = 1;           // HTTP attempts made (retries before any output was shown)
};

// An HTTP attempt that failed and is about to be sent again: what the audit log records of
// it, since each attempt carried the text to the provider. Machine words only, never content.
struct RetriedAttempt {
    int attempt = 1;    // the failed attempt's number (1 = the first send)
    int httpStatus = 0; // 0 when no HTTP answer came (connection failure, timeout)
    QString code;       // the failure's short code: "rate-limited", "timeout", "truncated", ...
    ErrorKind kind = ErrorKind::Network;
    int retryInMs = 0;
};

// One running request. Emits zero or more textDelta, optionally progress, then exactly one
// finished, always asynchronously (never from inside start()). cancel() is safe at any time
// and still ends with finished (error kind Cancelled).
class ProviderStream : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProviderStream() override = default;

public Q_SLOTS:
    virtual void cancel() = 0;

Q_SIGNALS:
    void textDelta(const QString &text);
    void progress(int percent); // 0..100, for long local work; remote providers may not emit it
    // A sentence for the user while the request waits, e.g. "The provider is busy — retrying
    // in 8 s." Never content, never a secret.
    void notice(const QString &message);
    // Just before a retry is sent (after the wait), connected directly: a receiver that cannot
    // record the new attempt calls cancel() and the retry is not sent.
    void retrying(const promptdesk::RetriedAttempt &failedAttempt);
    void finished(const promptdesk::ProviderResponse &response);
};

class Provider {
public:
    virtual ~Provider() = default;
    virtual ProviderDescriptor descriptor() const = 0;
    // Starts the request; the stream is owned by `parent`.
    virtual ProviderStream *start(const ProviderRequest &request, QObject *parent) = 0;
};

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::ProviderResponse)
Q_DECLARE_METATYPE(promptdesk::RetriedAttempt)

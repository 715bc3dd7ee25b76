#pragma once

#include "core/error.h"
#include "providers/provider_request.h"
#include "providers/remote/provider_entry.h"
#include "providers/wire/sigv4_signer.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace promptdesk {

// One HTTP request, before authentication is added.
struct HttpCall {
    QUrl url;
    HttpHeaderList headers;
    QByteArray body;
};

// A failure as a provider reports it, already in the user's words.
struct ProviderFailure {
    ErrorKind kind = ErrorKind::Provider;
    QString message; // one plain sentence, never content or a secret
    QString code;    // the provider's error name, for the audit status and logs
    bool retryable = false;
    bool busy = false;     // rate limit / overloaded: the retry notice says "busy"
    int retryAfterMs = -1; // from Retry-After, when the provider sent one
};

// What a codec has read from the response so far.
struct StreamProgress {
    QString text; // new text since the last feed(); the stream takes and clears it
    QString requestId;
    QString modelReturned;
    QString stopReason;
    TokenUsage usage;
    bool complete = false; // the protocol's end marker arrived
    std::optional<ProviderFailure> failure;
};

// The wire format of one protocol: request shape, response decoding, error mapping.
// Transport, authentication, timeouts and retries live in RemoteStream, shared by all.
class ProtocolCodec {
public:
    virtual ~ProtocolCodec() = default;
    virtual HttpCall buildCall(const ProviderRequest &request, const QString &model,
                               bool stream) const = 0;
    // A new attempt starts: forget any partial response.
    virtual void reset() = 0;
    virtual void readHeaders(const HttpHeaderList &headers, StreamProgress &progress) = 0;
    // Body bytes of a 2xx response, in any slicing.
    virtual void feed(QByteArrayView bytes, StreamProgress &progress) = 0;
    // The body ended (non-streamed responses are parsed here).
    virtual void finish(StreamProgress &progress) = 0;
    // A non-2xx answer.
    virtual ProviderFailure httpError(int status, const HttpHeaderList &headers,
                                      const QByteArray &body) const = 0;

    static std::unique_ptr<ProtocolCodec> create(const ProviderEntry &entry);
};

// Shared by the codecs: Retry-After (seconds or HTTP date) in ms, -1 when absent.
int retryAfterMs(const HttpHeaderList &headers);
QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView lowerName);
// Generic sentences by HTTP status, used when a body says nothing more specific.
ProviderFailure failureForStatus(int status, const QString &providerName);
// "The provider's answer was damaged" etc. for a stream that cannot be decoded.
ProviderFailure malformedResponse(const QString &providerName);

} // namespace promptdesk

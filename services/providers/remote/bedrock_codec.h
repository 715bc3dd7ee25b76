#pragma once

#include "providers/remote/protocol_codec.h"
#include "providers/wire/event_stream.h"

namespace promptdesk {

// Bedrock Runtime Converse (JSON) and ConverseStream (AWS event-stream of JSON events).
class BedrockCodec final : public ProtocolCodec {
public:
    explicit BedrockCodec(ProviderEntry entry)
        : m_entry(std::move(entry))
    {
    }

    HttpCall buildCall(const ProviderRequest &request, const QString &model,
                       bool stream) const override;
    void reset() override;
    void readHeaders(const HttpHeaderList &headers, StreamProgress &progress) override;
    void feed(QByteArrayView bytes, StreamProgress &progress) override;
    void finish(StreamProgress &progress) override;
    ProviderFailure httpError(int status, const HttpHeaderList &headers,
                              const QByteArray &body) const override;

    // "ThrottlingException:http://internal.amazon.com/..." -> "ThrottlingException";
    // "aws.protocoltests#FooError" -> "FooError" (aws-sdk-go-v2 SanitizeErrorCode).
    static QString sanitizeErrorCode(const QString &raw);
    static ProviderFailure failureForException(const QString &name, int status);

private:
    void handleEvent(const EventStreamMessage &message, StreamProgress &progress);

    ProviderEntry m_entry;
    bool m_stream = true;
    EventStreamDecoder m_decoder;
    QByteArray m_body; // non-streamed responses
    bool m_sawStop = false;
};

} // namespace promptdesk

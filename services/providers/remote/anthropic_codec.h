#pragma once

#include "providers/remote/protocol_codec.h"
#include "providers/wire/sse_parser.h"

namespace promptdesk {

// Anthropic Messages API, streamed as server-sent events or as one JSON answer.
class AnthropicCodec final : public ProtocolCodec {
public:
    explicit AnthropicCodec(ProviderEntry entry)
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

    static ProviderFailure failureForType(const QString &type, int status);

private:
    void handleEvent(const SseEvent &event, StreamProgress &progress);

    ProviderEntry m_entry;
    bool m_stream = true;
    SseParser m_parser;
    QByteArray m_body;
};

} // namespace promptdesk

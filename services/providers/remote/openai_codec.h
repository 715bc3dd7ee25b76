#pragma once

#include "providers/remote/protocol_codec.h"
#include "providers/wire/sse_parser.h"

namespace promptdesk {

// OpenAI chat completions (streamed with usage, or one JSON answer): OpenAI itself, Azure
// OpenAI deployments (dated and v1 APIs) and OpenAI-compatible servers (vLLM, llama.cpp,
// Ollama) at any base URL. Parsed leniently: missing usage, id or created are not errors.
class OpenAiCodec final : public ProtocolCodec {
public:
    explicit OpenAiCodec(ProviderEntry entry)
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

    // The endpoint for a base URL: ".../v1" gets "/chat/completions", anything else
    // "/v1/chat/completions"; Azure gets its deployment or v1 path.
    QUrl endpoint(const QString &model) const;

private:
    void handleChunk(const QJsonObject &chunk, StreamProgress &progress);
    QString name() const;

    ProviderEntry m_entry;
    bool m_stream = true;
    SseParser m_parser;
    QByteArray m_body;
};

} // namespace promptdesk

#include "providers/remote/openai_codec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace promptdesk {

QString OpenAiCodec::name() const
{
    if (m_entry.protocol == WireProtocol::AzureOpenAi) {
        return QCoreApplication::translate("ProviderErrors", "Azure OpenAI");
    }
    if (m_entry.baseUrl.isEmpty()) {
        return QCoreApplication::translate("ProviderErrors", "OpenAI");
    }
    // A self-hosted or third-party server: its configured name, else its host, so messages read
    // "The answer from llm.example.com …" and never "The answer from The model server …".
    if (!m_entry.displayName.isEmpty()) {
        return m_entry.displayName;
    }
    const QString host = QUrl(m_entry.effectiveBaseUrl()).host();
    return host.isEmpty() ? QCoreApplication::translate("ProviderErrors", "the model server")
                          : host;
}

QUrl OpenAiCodec::endpoint(const QString &model) const
{
    const QString base = m_entry.effectiveBaseUrl();
    if (m_entry.protocol == WireProtocol::AzureOpenAi) {
        if (m_entry.azureApiVersion.isEmpty()) {
            return QUrl(base + QStringLiteral("/openai/v1/chat/completions"));
        }
        QUrl url(base + QStringLiteral("/openai/deployments/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(model)) +
                 QStringLiteral("/chat/completions"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), m_entry.azureApiVersion);
        url.setQuery(query);
        return url;
    }
    if (base.endsWith(QStringLiteral("/v1"))) {
        return QUrl(base + QStringLiteral("/chat/completions"));
    }
    return QUrl(base + QStringLiteral("/v1/chat/completions"));
}

HttpCall OpenAiCodec::buildCall(const ProviderRequest &request, const QString &model,
                                bool stream) const
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), model);
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    }
    for (const ChatMessage &m : request.messages) {
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    }
    body.insert(QStringLiteral("messages"), messages);
    // OpenAI and Azure want max_completion_tokens (reasoning models refuse max_tokens); the
    // local servers still read max_tokens.
    const bool hosted = m_entry.protocol == WireProtocol::AzureOpenAi || m_entry.baseUrl.isEmpty();
    body.insert(hosted ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                qMax(1, request.params.maxTokens));
    body.insert(QStringLiteral("temperature"), request.params.temperature);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    HttpCall call;
    call.url = endpoint(model);
    call.headers = {{"Content-Type", "application/json"},
                    {"Accept", stream ? "text/event-stream" : "application/json"}};
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

void OpenAiCodec::reset()
{
    m_parser = SseParser();
    m_body.clear();
}

void OpenAiCodec::readHeaders(const HttpHeaderList &headers, StreamProgress &progress)
{
    progress.requestId = QString::fromLatin1(headerValue(headers, "x-request-id"));
    if (progress.requestId.isEmpty()) {
        progress.requestId = QString::fromLatin1(headerValue(headers, "apim-request-id"));
    }
    m_stream = headerValue(headers, "content-type").startsWith("text/event-stream");
}

void OpenAiCodec::handleChunk(const QJsonObject &chunk, StreamProgress &progress)
{
    if (progress.requestId.isEmpty()) {
        progress.requestId = chunk.value(QStringLiteral("id")).toString();
    }
    const QString model = chunk.value(QStringLiteral("model")).toString();
    if (!model.isEmpty()) {
        progress.modelReturned = model;
    }
    // Azure may start with a chunk whose choices are empty (prompt filter results only).
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue &c : choices) {
        const QJsonObject choice = c.toObject();
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        progress.text += delta.value(QStringLiteral("content")).toString();
        const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
        progress.text += message.value(QStringLiteral("content")).toString();
        const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
        if (!finish.isEmpty()) {
            progress.stopReason = finish;
        }
    }
    const QJsonObject usage = chunk.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty()) {
        progress.usage.inputTokens = usage.value(QStringLiteral("prompt_tokens")).toInteger();
        progress.usage.outputTokens = usage.value(QStringLiteral("completion_tokens")).toInteger();
    }
}

void OpenAiCodec::feed(QByteArrayView bytes, StreamProgress &progress)
{
    if (!m_stream) {
        m_body.append(bytes.data(), bytes.size());
        return;
    }
    m_parser.feed(bytes);
    SseEvent event;
    while (m_parser.next(event)) {
        if (event.data == "[DONE]") {
            progress.complete = true;
            continue;
        }
        QJsonParseError error;
        const QJsonObject chunk = QJsonDocument::fromJson(event.data, &error).object();
        if (error.error != QJsonParseError::NoError) {
            progress.failure = malformedResponse(name());
            return;
        }
        if (chunk.contains(QStringLiteral("error"))) {
            // vLLM reports failures inside the stream.
            progress.failure = httpError(500, {}, event.data);
            progress.failure->retryable = false;
            return;
        }
        handleChunk(chunk, progress);
    }
    if (m_parser.failed()) {
        progress.failure = malformedResponse(name());
    }
}

void OpenAiCodec::finish(StreamProgress &progress)
{
    if (m_stream) {
        return;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(m_body, &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty()) {
        progress.failure = malformedResponse(name());
        return;
    }
    handleChunk(root, progress);
    progress.complete = true;
}

ProviderFailure OpenAiCodec::httpError(int status, const HttpHeaderList &headers,
                                       const QByteArray &body) const
{
    const QJsonObject e =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    ProviderFailure f = failureForStatus(status, name());
    const QString code = e.value(QStringLiteral("code")).toVariant().toString();
    const QString type = e.value(QStringLiteral("type")).toString();
    if (!code.isEmpty() || !type.isEmpty()) {
        f.code = code.isEmpty() ? type : code;
    }
    if (code == QStringLiteral("insufficient_quota") ||
        type == QStringLiteral("insufficient_quota")) {
        f.retryable = false;
        f.busy = false;
        f.message = QCoreApplication::translate(
                        "ProviderErrors", "%1 refused the request: the account has no quota left.")
                        .arg(name());
    } else if (code == QStringLiteral("content_filter")) {
        f.message = QCoreApplication::translate(
                        "ProviderErrors", "%1 refused the text because of its content filter.")
                        .arg(name());
    }
    f.retryAfterMs = retryAfterMs(headers);
    return f;
}

} // namespace promptdesk

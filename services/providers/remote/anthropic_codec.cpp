#include "providers/remote/anthropic_codec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

QString anthropicName()
{
    return QCoreApplication::translate("ProviderErrors", "Anthropic");
}

} // namespace

HttpCall AnthropicCodec::buildCall(const ProviderRequest &request, const QString &model,
                                   bool stream) const
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("max_tokens"), qMax(1, request.params.maxTokens));
    if (!request.system.isEmpty()) {
        body.insert(QStringLiteral("system"), request.system);
    }
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    }
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("temperature"), request.params.temperature);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
    }
    HttpCall call;
    call.url = QUrl(m_entry.effectiveBaseUrl() + QStringLiteral("/v1/messages"));
    call.headers = {{"content-type", "application/json"},
                    {"anthropic-version", "2023-06-01"},
                    {"accept", stream ? "text/event-stream" : "application/json"}};
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

void AnthropicCodec::reset()
{
    m_parser = SseParser();
    m_body.clear();
}

void AnthropicCodec::readHeaders(const HttpHeaderList &headers, StreamProgress &progress)
{
    progress.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    m_stream = headerValue(headers, "content-type").startsWith("text/event-stream");
}

void AnthropicCodec::feed(QByteArrayView bytes, StreamProgress &progress)
{
    if (!m_stream) {
        m_body.append(bytes.data(), bytes.size());
        return;
    }
    m_parser.feed(bytes);
    SseEvent event;
    while (m_parser.next(event)) {
        handleEvent(event, progress);
        if (progress.failure) {
            return;
        }
    }
    if (m_parser.failed()) {
        progress.failure = malformedResponse(anthropicName());
    }
}

void AnthropicCodec::handleEvent(const SseEvent &event, StreamProgress &progress)
{
    if (event.event == "ping") {
        return;
    }
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(event.data, &error).object();
    if (error.error != QJsonParseError::NoError) {
        progress.failure = malformedResponse(anthropicName());
        return;
    }
    const QString type = o.value(QStringLiteral("type")).toString(QString::fromLatin1(event.event));
    if (type == QStringLiteral("content_block_delta")) {
        const QJsonObject delta = o.value(QStringLiteral("delta")).toObject();
        if (delta.value(QStringLiteral("type")).toString() == QStringLiteral("text_delta")) {
            progress.text += delta.value(QStringLiteral("text")).toString();
        }
    } else if (type == QStringLiteral("message_start")) {
        const QJsonObject message = o.value(QStringLiteral("message")).toObject();
        if (progress.requestId.isEmpty()) {
            progress.requestId = message.value(QStringLiteral("id")).toString();
        }
        progress.modelReturned = message.value(QStringLiteral("model")).toString();
        const QJsonObject usage = message.value(QStringLiteral("usage")).toObject();
        progress.usage.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger();
        progress.usage.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger();
    } else if (type == QStringLiteral("message_delta")) {
        progress.stopReason = o.value(QStringLiteral("delta"))
                                  .toObject()
                                  .value(QStringLiteral("stop_reason"))
                                  .toString(progress.stopReason);
        // Cumulative: the last message_delta has the final counts.
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        if (usage.contains(QStringLiteral("output_tokens"))) {
            progress.usage.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger();
        }
        if (usage.contains(QStringLiteral("input_tokens"))) {
            progress.usage.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger();
        }
    } else if (type == QStringLiteral("message_stop")) {
        progress.complete = true;
    } else if (type == QStringLiteral("error")) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        progress.failure = failureForType(e.value(QStringLiteral("type")).toString(), 0);
    }
    // content_block_start/stop and unknown events: nothing to show.
}

void AnthropicCodec::finish(StreamProgress &progress)
{
    if (m_stream) {
        return; // completeness is message_stop; the stream reports a cut-off answer
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(m_body, &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty()) {
        progress.failure = malformedResponse(anthropicName());
        return;
    }
    for (const QJsonValue &block : root.value(QStringLiteral("content")).toArray()) {
        const QJsonObject b = block.toObject();
        if (b.value(QStringLiteral("type")).toString() == QStringLiteral("text")) {
            progress.text += b.value(QStringLiteral("text")).toString();
        }
    }
    if (progress.requestId.isEmpty()) {
        progress.requestId = root.value(QStringLiteral("id")).toString();
    }
    progress.modelReturned = root.value(QStringLiteral("model")).toString();
    progress.stopReason = root.value(QStringLiteral("stop_reason")).toString();
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    progress.usage.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger();
    progress.usage.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger();
    progress.complete = true;
}

ProviderFailure AnthropicCodec::failureForType(const QString &type, int status)
{
    int mapped = status;
    if (type == QStringLiteral("overloaded_error")) {
        mapped = 529;
    } else if (type == QStringLiteral("rate_limit_error")) {
        mapped = 429;
    } else if (type == QStringLiteral("api_error")) {
        mapped = 500;
    } else if (type == QStringLiteral("authentication_error")) {
        mapped = 401;
    } else if (type == QStringLiteral("permission_error")) {
        mapped = 403;
    } else if (type == QStringLiteral("not_found_error")) {
        mapped = 404;
    } else if (type == QStringLiteral("request_too_large")) {
        mapped = 413;
    } else if (mapped == 0) {
        mapped = 500;
    }
    ProviderFailure f = failureForStatus(mapped, anthropicName());
    if (type == QStringLiteral("billing_error")) {
        f.retryable = false;
        f.message = QCoreApplication::translate(
            "ProviderErrors", "Anthropic refused the request because of the account's billing.");
    }
    f.code = type.isEmpty() ? QString::number(mapped) : type;
    return f;
}

ProviderFailure AnthropicCodec::httpError(int status, const HttpHeaderList &headers,
                                          const QByteArray &body) const
{
    const QJsonObject e =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    ProviderFailure f = failureForType(e.value(QStringLiteral("type")).toString(), status);
    if (status == 429 && e.value(QStringLiteral("details"))
                                 .toObject()
                                 .value(QStringLiteral("error_code"))
                                 .toString() == QStringLiteral("enforced_spend_limit_reached")) {
        f.retryable = false;
        f.busy = false;
        f.code = QStringLiteral("enforced_spend_limit_reached");
        f.message = QCoreApplication::translate(
            "ProviderErrors",
            "Anthropic refused the request: the account's spending limit is reached.");
    }
    f.retryAfterMs = retryAfterMs(headers);
    return f;
}

} // namespace promptdesk

#include "providers/remote/bedrock_codec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

QString bedrockName()
{
    return QCoreApplication::translate("ProviderErrors", "Amazon Bedrock");
}

void readUsage(const QJsonObject &usage, StreamProgress &progress)
{
    if (usage.isEmpty()) {
        return;
    }
    progress.usage.inputTokens = usage.value(QStringLiteral("inputTokens")).toInteger();
    progress.usage.outputTokens = usage.value(QStringLiteral("outputTokens")).toInteger();
}

} // namespace

HttpCall BedrockCodec::buildCall(const ProviderRequest &request, const QString &model,
                                 bool stream) const
{
    QJsonObject body;
    if (!request.system.isEmpty()) {
        body.insert(QStringLiteral("system"),
                    QJsonArray{QJsonObject{{QStringLiteral("text"), request.system}}});
    }
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role},
                        {QStringLiteral("content"),
                         QJsonArray{QJsonObject{{QStringLiteral("text"), m.content}}}}});
    }
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("inferenceConfig"),
                QJsonObject{{QStringLiteral("maxTokens"), qMax(1, request.params.maxTokens)},
                            {QStringLiteral("temperature"), request.params.temperature}});
    HttpCall call;
    // The model id's ':' travels as %3A (and is signed as %253A, see SigV4Signer).
    const QByteArray encodedModel = QUrl::toPercentEncoding(model);
    call.url = QUrl::fromEncoded(m_entry.effectiveBaseUrl().toUtf8() + "/model/" + encodedModel +
                                 (stream ? "/converse-stream" : "/converse"));
    call.headers = {{"Content-Type", "application/json"},
                    {"Accept", stream ? "application/vnd.amazon.eventstream" : "application/json"}};
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

void BedrockCodec::reset()
{
    m_decoder = EventStreamDecoder();
    m_body.clear();
    m_sawStop = false;
}

void BedrockCodec::readHeaders(const HttpHeaderList &headers, StreamProgress &progress)
{
    progress.requestId = QString::fromLatin1(headerValue(headers, "x-amzn-requestid"));
    m_stream =
        headerValue(headers, "content-type").startsWith("application/vnd.amazon.eventstream");
}

void BedrockCodec::feed(QByteArrayView bytes, StreamProgress &progress)
{
    if (!m_stream) {
        m_body.append(bytes.data(), bytes.size());
        return;
    }
    m_decoder.feed(bytes);
    EventStreamMessage message;
    for (;;) {
        const auto status = m_decoder.next(message);
        if (status == EventStreamDecoder::Status::NeedMoreData) {
            return;
        }
        if (status == EventStreamDecoder::Status::Error) {
            ProviderFailure f = malformedResponse(bedrockName());
            f.code = m_decoder.error();
            progress.failure = f;
            return;
        }
        handleEvent(message, progress);
        if (progress.failure) {
            return;
        }
    }
}

void BedrockCodec::handleEvent(const EventStreamMessage &message, StreamProgress &progress)
{
    const QByteArray messageType = message.stringHeader(":message-type");
    const QJsonObject payload = QJsonDocument::fromJson(message.payload).object();
    if (messageType == "exception") {
        const QString name = QString::fromLatin1(message.stringHeader(":exception-type"));
        progress.failure = failureForException(name, 0);
        return;
    }
    if (messageType == "error") {
        ProviderFailure f = failureForStatus(500, bedrockName());
        f.code = QString::fromLatin1(message.stringHeader(":error-code"));
        f.retryable = false;
        progress.failure = f;
        return;
    }
    if (messageType != "event") {
        return; // unknown message types are skipped
    }
    if (message.payload.isEmpty() || payload.isEmpty()) {
        if (!message.payload.isEmpty()) {
            progress.failure = malformedResponse(bedrockName());
        }
        return;
    }
    const QByteArray eventType = message.stringHeader(":event-type");
    if (eventType == "contentBlockDelta") {
        progress.text += payload.value(QStringLiteral("delta"))
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    } else if (eventType == "messageStop") {
        progress.stopReason = payload.value(QStringLiteral("stopReason")).toString();
        m_sawStop = true;
    } else if (eventType == "metadata") {
        readUsage(payload.value(QStringLiteral("usage")).toObject(), progress);
        if (m_sawStop) {
            progress.complete = true;
        }
    }
    // messageStart, contentBlockStart/Stop and unknown events carry nothing we show.
}

void BedrockCodec::finish(StreamProgress &progress)
{
    if (m_stream) {
        // A connection that ends inside a frame is an answer cut off in transit, reported as
        // on every other protocol (network, "truncated"), not as a damaged answer.
        if (m_decoder.pendingBytes() > 0) {
            progress.complete = false;
        } else if (m_sawStop) {
            progress.complete = true; // metadata is optional
        }
        return;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(m_body, &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty()) {
        progress.failure = malformedResponse(bedrockName());
        return;
    }
    const QJsonArray content = root.value(QStringLiteral("output"))
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toArray();
    for (const QJsonValue &block : content) {
        progress.text += block.toObject().value(QStringLiteral("text")).toString();
    }
    progress.stopReason = root.value(QStringLiteral("stopReason")).toString();
    readUsage(root.value(QStringLiteral("usage")).toObject(), progress);
    progress.complete = true;
}

QString BedrockCodec::sanitizeErrorCode(const QString &raw)
{
    QString code = raw;
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        code = code.left(colon);
    }
    const qsizetype hash = code.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        code = code.mid(hash + 1);
    }
    return code.trimmed();
}

ProviderFailure BedrockCodec::failureForException(const QString &rawName, int status)
{
    QString name = sanitizeErrorCode(rawName);
    // Stream exceptions are lowerCamelCase ("throttlingException").
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    ProviderFailure f;
    if (name == QStringLiteral("ThrottlingException") ||
        name == QStringLiteral("ModelNotReadyException")) {
        f = failureForStatus(429, bedrockName());
    } else if (name == QStringLiteral("ServiceUnavailableException")) {
        f = failureForStatus(503, bedrockName());
    } else if (name == QStringLiteral("InternalServerException") ||
               name == QStringLiteral("ModelStreamErrorException")) {
        f = failureForStatus(500, bedrockName());
    } else if (name == QStringLiteral("ModelTimeoutException")) {
        f = failureForStatus(408, bedrockName());
    } else if (name == QStringLiteral("AccessDeniedException") ||
               name == QStringLiteral("UnrecognizedClientException") ||
               name == QStringLiteral("InvalidSignatureException") ||
               name == QStringLiteral("ExpiredTokenException") ||
               name == QStringLiteral("IncompleteSignatureException")) {
        f = failureForStatus(403, bedrockName());
    } else if (name == QStringLiteral("ResourceNotFoundException")) {
        f = failureForStatus(404, bedrockName());
    } else if (name == QStringLiteral("ValidationException")) {
        f = failureForStatus(400, bedrockName());
        f.message = QCoreApplication::translate(
            "ProviderErrors",
            "Amazon Bedrock refused the request as invalid; check the model id "
            "(newer models need an inference profile such as \"eu.\" or \"us.\").");
    } else {
        f = failureForStatus(status > 0 ? status : 500, bedrockName());
        if (status == 0) {
            f.retryable = false;
        }
    }
    f.code = name;
    return f;
}

ProviderFailure BedrockCodec::httpError(int status, const HttpHeaderList &headers,
                                        const QByteArray &body) const
{
    QString name = QString::fromLatin1(headerValue(headers, "x-amzn-errortype"));
    if (name.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        name =
            o.value(QStringLiteral("__type")).toString(o.value(QStringLiteral("code")).toString());
    }
    if (name.isEmpty()) {
        return failureForStatus(status, bedrockName());
    }
    return failureForException(name, status);
}

} // namespace promptdesk

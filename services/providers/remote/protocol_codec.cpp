#include "providers/remote/protocol_codec.h"

#include "providers/remote/anthropic_codec.h"
#include "providers/remote/bedrock_codec.h"
#include "providers/remote/openai_codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace promptdesk {

std::unique_ptr<ProtocolCodec> ProtocolCodec::create(const ProviderEntry &entry)
{
    switch (entry.protocol) {
    case WireProtocol::Bedrock:
        return std::make_unique<BedrockCodec>(entry);
    case WireProtocol::Anthropic:
        return std::make_unique<AnthropicCodec>(entry);
    case WireProtocol::OpenAi:
    case WireProtocol::AzureOpenAi:
        return std::make_unique<OpenAiCodec>(entry);
    }
    return nullptr;
}

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView lowerName)
{
    for (const auto &h : headers) {
        if (h.first.toLower() == lowerName) {
            return h.second;
        }
    }
    return {};
}

int retryAfterMs(const HttpHeaderList &headers)
{
    const QByteArray value = headerValue(headers, "retry-after").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0) {
        return static_cast<int>(qMin(seconds, 3600.0) * 1000);
    }
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC);
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
        return static_cast<int>(qBound<qint64>(0, ms, qint64(3600000)));
    }
    return -1;
}

ProviderFailure failureForStatus(int status, const QString &providerName)
{
    ProviderFailure f;
    f.code = QString::number(status);
    if (status == 401 || status == 403) {
        f.kind = ErrorKind::Auth;
        f.message = QCoreApplication::translate("ProviderErrors",
                                                "%1 did not accept the credentials; ask your IT "
                                                "administrator to check this connection.")
                        .arg(providerName);
    } else if (status == 407) {
        f.kind = ErrorKind::Auth;
        f.message = QCoreApplication::translate(
            "ProviderErrors",
            "The proxy server asked for a user name and password that were not accepted.");
    } else if (status == 404) {
        f.message = QCoreApplication::translate("ProviderErrors",
                                                "%1 does not know this model or address; ask your "
                                                "IT administrator to check this connection.")
                        .arg(providerName);
    } else if (status == 408) {
        f.message = QCoreApplication::translate("ProviderErrors", "%1 took too long to answer.")
                        .arg(providerName);
        f.retryable = true;
    } else if (status == 413) {
        f.kind = ErrorKind::TooLarge;
        f.message = QCoreApplication::translate("ProviderErrors", "The text is too long for %1.")
                        .arg(providerName);
    } else if (status == 429) {
        f.message = QCoreApplication::translate("ProviderErrors",
                                                "%1 is busy: too many requests right now.")
                        .arg(providerName);
        f.retryable = true;
        f.busy = true;
    } else if (status == 529) {
        f.message = QCoreApplication::translate("ProviderErrors", "%1 is overloaded right now.")
                        .arg(providerName);
        f.retryable = true;
        f.busy = true;
    } else if (status == 503) {
        f.message = QCoreApplication::translate("ProviderErrors", "%1 is temporarily unavailable.")
                        .arg(providerName);
        f.retryable = true;
        f.busy = true;
    } else if (status >= 500) {
        f.message = QCoreApplication::translate("ProviderErrors", "%1 had an internal error.")
                        .arg(providerName);
        f.retryable = true;
    } else {
        f.message =
            QCoreApplication::translate("ProviderErrors", "%1 refused the request (HTTP %2).")
                .arg(providerName)
                .arg(status);
    }
    return f;
}

ProviderFailure malformedResponse(const QString &providerName)
{
    ProviderFailure f;
    f.kind = ErrorKind::Provider;
    f.code = QStringLiteral("malformed-response");
    f.message =
        QCoreApplication::translate("ProviderErrors",
                                    "The answer from %1 was damaged or not in the expected format.")
            .arg(providerName);
    return f;
}

} // namespace promptdesk

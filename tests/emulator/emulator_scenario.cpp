#include "emulator_scenario.h"

#include <QJsonArray>

namespace promptdesk::emulator {

namespace {

const QList<QPair<Fault, QString>> &names()
{
    static const QList<QPair<Fault, QString>> list = {
        {Fault::None, QStringLiteral("none")},
        {Fault::RateLimit, QStringLiteral("rate-limit")},
        {Fault::ServerError, QStringLiteral("server-error")},
        {Fault::Overloaded, QStringLiteral("overloaded")},
        {Fault::AuthError, QStringLiteral("auth-error")},
        {Fault::SlowFirstToken, QStringLiteral("slow-first-token")},
        {Fault::Stall, QStringLiteral("stall")},
        {Fault::Disconnect, QStringLiteral("disconnect")},
        {Fault::MalformedJson, QStringLiteral("malformed-json")},
        {Fault::TruncatedFrame, QStringLiteral("truncated-frame")},
        {Fault::BadCrc, QStringLiteral("bad-crc")},
        {Fault::StreamError, QStringLiteral("stream-error")},
        {Fault::HtmlPage, QStringLiteral("html-page")},
        {Fault::Huge, QStringLiteral("huge")},
    };
    return list;
}

} // namespace

Fault faultFromName(const QString &name, bool *ok)
{
    for (const auto &entry : names()) {
        if (entry.second == name) {
            if (ok) {
                *ok = true;
            }
            return entry.first;
        }
    }
    if (ok) {
        *ok = false;
    }
    return Fault::None;
}

QString faultName(Fault fault)
{
    for (const auto &entry : names()) {
        if (entry.first == fault) {
            return entry.second;
        }
    }
    return {};
}

Scenario Scenario::fromJson(const QJsonObject &json, QString *error)
{
    Scenario s;
    s.text = json.value(QStringLiteral("text")).toString(s.text);
    s.chunkDelayMs = json.value(QStringLiteral("chunkDelayMs")).toInt(0);
    auto bytes = [&json](const char *key, const QByteArray &fallback) {
        const QString value = json.value(QLatin1String(key)).toString();
        return value.isEmpty() ? fallback : value.toUtf8();
    };
    s.apiKey = bytes("apiKey", s.apiKey);
    s.awsAccessKeyId = bytes("awsAccessKeyId", s.awsAccessKeyId);
    s.awsSecretAccessKey = bytes("awsSecretAccessKey", s.awsSecretAccessKey);
    s.bedrockApiKey = bytes("bedrockApiKey", s.bedrockApiKey);
    for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        Step step;
        bool ok = false;
        step.fault =
            faultFromName(o.value(QStringLiteral("fault")).toString(QStringLiteral("none")), &ok);
        if (!ok && error) {
            *error = QStringLiteral("unknown fault \"%1\"")
                         .arg(o.value(QStringLiteral("fault")).toString());
        }
        step.retryAfterSeconds = o.value(QStringLiteral("retryAfter")).toInt(1);
        step.delayMs =
            o.value(QStringLiteral("delayMs")).toInt(step.fault == Fault::SlowFirstToken ? 500 : 0);
        step.afterChunks = o.value(QStringLiteral("afterChunks")).toInt(2);
        step.text = o.value(QStringLiteral("text")).toString();
        s.steps.append(step);
    }
    return s;
}

} // namespace promptdesk::emulator

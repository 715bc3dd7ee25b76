#include "providers/remote/provider_entry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace promptdesk {

namespace {

ModelInfo model(const char *id, const char *name, int context, double in, double out)
{
    return ModelInfo{QString::fromLatin1(id), QString::fromLatin1(name), context, in, out};
}

// Fields that would hold a secret: refused in providers.json, so nobody is tempted.
const QStringList kSecretFields = {QStringLiteral("apiKey"),   QStringLiteral("api_key"),
                                   QStringLiteral("secret"),   QStringLiteral("secretAccessKey"),
                                   QStringLiteral("password"), QStringLiteral("sessionToken"),
                                   QStringLiteral("token"),    QStringLiteral("accessKeyId")};

Error configError(const QString &message)
{
    return makeError(ErrorKind::Usage, message);
}

} // namespace

QString wireProtocolName(WireProtocol protocol)
{
    switch (protocol) {
    case WireProtocol::Bedrock:
        return QStringLiteral("bedrock");
    case WireProtocol::Anthropic:
        return QStringLiteral("anthropic");
    case WireProtocol::OpenAi:
        return QStringLiteral("openai");
    case WireProtocol::AzureOpenAi:
        return QStringLiteral("azure-openai");
    }
    return {};
}

std::optional<WireProtocol> wireProtocolFromName(const QString &name)
{
    for (WireProtocol p : {WireProtocol::Bedrock, WireProtocol::Anthropic, WireProtocol::OpenAi,
                           WireProtocol::AzureOpenAi}) {
        if (wireProtocolName(p) == name) {
            return p;
        }
    }
    return std::nullopt;
}

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::Keychain:
        return QStringLiteral("keychain");
    case CredentialSource::AwsProfile:
        return QStringLiteral("aws-profile");
    case CredentialSource::BedrockApiKey:
        return QStringLiteral("bedrock-api-key");
    case CredentialSource::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<CredentialSource> credentialSourceFromName(const QString &name)
{
    for (CredentialSource s : {CredentialSource::Keychain, CredentialSource::AwsProfile,
                               CredentialSource::BedrockApiKey, CredentialSource::None}) {
        if (credentialSourceName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

QString ProviderEntry::effectiveBaseUrl() const
{
    if (!baseUrl.isEmpty()) {
        QString url = baseUrl;
        while (url.endsWith(QLatin1Char('/'))) {
            url.chop(1);
        }
        return url;
    }
    switch (protocol) {
    case WireProtocol::Bedrock:
        return QStringLiteral("https://bedrock-runtime.%1.amazonaws.com").arg(region);
    case WireProtocol::Anthropic:
        return QStringLiteral("https://api.anthropic.com");
    case WireProtocol::OpenAi:
        return QStringLiteral("https://api.openai.com");
    case WireProtocol::AzureOpenAi:
        return {};
    }
    return {};
}

ProviderDescriptor ProviderEntry::descriptor() const
{
    ProviderDescriptor d;
    d.id = id;
    d.displayName = displayName.isEmpty() ? id : displayName;
    d.region = region;
    d.endpointHost = QUrl(effectiveBaseUrl()).host();
    d.basic = false;
    d.models = models;
    for (ModelInfo &m : d.models) {
        // Fill context window and prices from the catalogue where the entry leaves them out.
        if (const auto known = findCatalogueModel(protocol, m.id)) {
            if (m.contextTokens <= 0) {
                m.contextTokens = known->contextTokens;
            }
            if (m.inputPricePerMTok < 0) {
                m.inputPricePerMTok = known->inputPricePerMTok;
            }
            if (m.outputPricePerMTok < 0) {
                m.outputPricePerMTok = known->outputPricePerMTok;
            }
            if (m.displayName.isEmpty()) {
                m.displayName = known->displayName;
            }
        }
    }
    d.defaultModel = defaultModel.isEmpty() && !models.isEmpty() ? models.first().id : defaultModel;
    return d;
}

QList<ModelInfo> builtinCatalogue(WireProtocol protocol)
{
    switch (protocol) {
    case WireProtocol::Bedrock:
        return {model("anthropic.claude-haiku-4-5-20251001-v1:0", "Claude Haiku 4.5", 200'000, 1.0,
                      5.0),
                model("anthropic.claude-sonnet-4-5-20250929-v1:0", "Claude Sonnet 4.5", 200'000,
                      3.0, 15.0),
                model("anthropic.claude-opus-4-1-20250805-v1:0", "Claude Opus 4.1", 200'000, 15.0,
                      75.0)};
    case WireProtocol::Anthropic:
        return {model("claude-haiku-4-5-20251001", "Claude Haiku 4.5", 200'000, 1.0, 5.0),
                model("claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", 200'000, 3.0, 15.0),
                model("claude-opus-4-5-20251101", "Claude Opus 4.5", 200'000, 5.0, 25.0)};
    case WireProtocol::OpenAi:
    case WireProtocol::AzureOpenAi:
        return {model("gpt-5", "GPT-5", 400'000, 1.25, 10.0),
                model("gpt-5-mini", "GPT-5 mini", 400'000, 0.25, 2.0),
                model("gpt-4.1", "GPT-4.1", 1'047'576, 2.0, 8.0),
                model("gpt-4o-mini", "GPT-4o mini", 128'000, 0.15, 0.60)};
    }
    return {};
}

std::optional<ModelInfo> findCatalogueModel(WireProtocol protocol, const QString &modelId)
{
    QString id = modelId;
    if (protocol == WireProtocol::Bedrock) {
        // Cross-Region inference profiles: "us.", "eu.", "apac.", "jp.", "au.", "us-gov.",
        // "global." in front of the base model id.
        static const QStringList prefixes = {QStringLiteral("us-gov."), QStringLiteral("us."),
                                             QStringLiteral("eu."),     QStringLiteral("apac."),
                                             QStringLiteral("jp."),     QStringLiteral("au."),
                                             QStringLiteral("global.")};
        for (const QString &prefix : prefixes) {
            if (id.startsWith(prefix)) {
                id = id.mid(prefix.size());
                break;
            }
        }
    }
    for (const ModelInfo &m : builtinCatalogue(protocol)) {
        if (m.id == id) {
            return m;
        }
    }
    return std::nullopt;
}

Result<ProviderEntry> providerEntryFromJson(const QJsonObject &o)
{
    for (const QString &field : kSecretFields) {
        if (o.contains(field)) {
            return configError(QStringLiteral(
                "The provider settings file contains a secret; keys belong in the keychain."));
        }
    }
    ProviderEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (e.id.isEmpty() || e.id == QStringLiteral("offline")) {
        return configError(QStringLiteral("Each provider needs its own id (not \"offline\")."));
    }
    const auto protocol = wireProtocolFromName(o.value(QStringLiteral("protocol")).toString());
    if (!protocol) {
        return configError(QStringLiteral("Provider \"%1\" has an unknown protocol.").arg(e.id));
    }
    e.protocol = *protocol;
    e.displayName = o.value(QStringLiteral("displayName")).toString();
    e.baseUrl = o.value(QStringLiteral("baseUrl")).toString();
    e.region = o.value(QStringLiteral("region")).toString();
    e.azureApiVersion = o.value(QStringLiteral("apiVersion")).toString();
    e.awsProfile = o.value(QStringLiteral("awsProfile")).toString();
    e.stream = o.value(QStringLiteral("stream")).toBool(true);
    const QString source =
        o.value(QStringLiteral("credentials"))
            .toString(e.protocol == WireProtocol::Bedrock ? QStringLiteral("aws-profile")
                                                          : QStringLiteral("keychain"));
    const auto cred = credentialSourceFromName(source);
    if (!cred) {
        return configError(
            QStringLiteral("Provider \"%1\" has an unknown credentials source.").arg(e.id));
    }
    e.credentials = *cred;
    if (e.protocol == WireProtocol::Bedrock && e.region.isEmpty()) {
        return configError(QStringLiteral("Bedrock provider \"%1\" needs a region.").arg(e.id));
    }
    if (e.protocol == WireProtocol::AzureOpenAi && e.baseUrl.isEmpty()) {
        return configError(
            QStringLiteral("Azure provider \"%1\" needs its resource URL.").arg(e.id));
    }
    if (!e.baseUrl.isEmpty()) {
        const QUrl url(e.baseUrl);
        if (!url.isValid() ||
            (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
            return configError(
                QStringLiteral("Provider \"%1\" has an invalid base URL.").arg(e.id));
        }
    }
    for (const QJsonValue &m : o.value(QStringLiteral("models")).toArray()) {
        ModelInfo info;
        if (m.isString()) {
            info.id = m.toString();
        } else {
            const QJsonObject mo = m.toObject();
            info.id = mo.value(QStringLiteral("id")).toString();
            info.displayName = mo.value(QStringLiteral("displayName")).toString();
            info.contextTokens = mo.value(QStringLiteral("contextTokens")).toInt(0);
            info.inputPricePerMTok = mo.value(QStringLiteral("inputPricePerMTok")).toDouble(-1);
            info.outputPricePerMTok = mo.value(QStringLiteral("outputPricePerMTok")).toDouble(-1);
        }
        if (!info.id.isEmpty()) {
            e.models.append(info);
        }
    }
    e.defaultModel = o.value(QStringLiteral("defaultModel")).toString();
    if (e.models.isEmpty() && !e.defaultModel.isEmpty()) {
        e.models.append(ModelInfo{e.defaultModel, {}, 0, -1, -1});
    }
    const QJsonObject t = o.value(QStringLiteral("timeouts")).toObject();
    e.timeouts.connectMs = t.value(QStringLiteral("connectMs")).toInt(e.timeouts.connectMs);
    e.timeouts.firstTokenMs =
        t.value(QStringLiteral("firstTokenMs")).toInt(e.timeouts.firstTokenMs);
    e.timeouts.idleMs = t.value(QStringLiteral("idleMs")).toInt(e.timeouts.idleMs);
    e.timeouts.totalMs = t.value(QStringLiteral("totalMs")).toInt(e.timeouts.totalMs);
    const QJsonObject r = o.value(QStringLiteral("retries")).toObject();
    e.retries.maxAttempts =
        qBound(1, r.value(QStringLiteral("maxAttempts")).toInt(e.retries.maxAttempts), 10);
    e.retries.baseDelayMs = r.value(QStringLiteral("baseDelayMs")).toInt(e.retries.baseDelayMs);
    e.retries.maxDelayMs = r.value(QStringLiteral("maxDelayMs")).toInt(e.retries.maxDelayMs);
    return e;
}

Result<QList<ProviderEntry>> ProviderConfigFile::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return configError(QStringLiteral("The provider settings file is not valid JSON."));
    }
    QList<ProviderEntry> entries;
    const QJsonArray list = doc.object().value(QStringLiteral("providers")).toArray();
    for (const QJsonValue &value : list) {
        Result<ProviderEntry> parsed = providerEntryFromJson(value.toObject());
        if (!parsed) {
            return parsed.error();
        }
        const ProviderEntry e = parsed.value();
        for (const ProviderEntry &other : std::as_const(entries)) {
            if (other.id == e.id) {
                return configError(QStringLiteral("Provider id \"%1\" is used twice.").arg(e.id));
            }
        }
        entries.append(e);
    }
    return entries;
}

Result<QList<ProviderEntry>> ProviderConfigFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return QList<ProviderEntry>{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return configError(QStringLiteral("The provider settings file cannot be read."));
    }
    return parse(file.read(4 * 1024 * 1024));
}

QByteArray ProviderConfigFile::serialize(const QList<ProviderEntry> &entries)
{
    QJsonArray list;
    for (const ProviderEntry &e : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        if (!e.displayName.isEmpty()) {
            o.insert(QStringLiteral("displayName"), e.displayName);
        }
        o.insert(QStringLiteral("protocol"), wireProtocolName(e.protocol));
        if (!e.baseUrl.isEmpty()) {
            o.insert(QStringLiteral("baseUrl"), e.baseUrl);
        }
        if (!e.region.isEmpty()) {
            o.insert(QStringLiteral("region"), e.region);
        }
        if (!e.azureApiVersion.isEmpty()) {
            o.insert(QStringLiteral("apiVersion"), e.azureApiVersion);
        }
        o.insert(QStringLiteral("credentials"), credentialSourceName(e.credentials));
        if (!e.awsProfile.isEmpty()) {
            o.insert(QStringLiteral("awsProfile"), e.awsProfile);
        }
        QJsonArray models;
        for (const ModelInfo &m : e.models) {
            models.append(m.id);
        }
        o.insert(QStringLiteral("models"), models);
        if (!e.defaultModel.isEmpty()) {
            o.insert(QStringLiteral("defaultModel"), e.defaultModel);
        }
        if (!e.stream) {
            o.insert(QStringLiteral("stream"), false);
        }
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("providers"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> ProviderConfigFile::save(const QString &path, const QList<ProviderEntry> &entries)
{
    QSaveFile file(path); // atomic: temporary file, then rename
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(entries)) < 0 || !file.commit()) {
        return makeError(ErrorKind::Internal,
                         QStringLiteral("The provider settings could not be saved."));
    }
    return {};
}

} // namespace promptdesk

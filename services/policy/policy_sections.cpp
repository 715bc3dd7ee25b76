#include "policy/policy_sections.h"

#include <QUrl>

namespace promptdesk::policyjson {

namespace {

// Never in a policy: the policy is readable by every user of the machine.
const QStringList kSecretFields{QStringLiteral("apiKey"),
                                QStringLiteral("api_key"),
                                QStringLiteral("secretAccessKey"),
                                QStringLiteral("accessKeyId"),
                                QStringLiteral("sessionToken"),
                                QStringLiteral("password"),
                                QStringLiteral("token")};

const QStringList kProtocols{QStringLiteral("bedrock"), QStringLiteral("anthropic"),
                             QStringLiteral("openai"), QStringLiteral("azure-openai")};
const QStringList kCredentialSources{QStringLiteral("keychain"), QStringLiteral("aws-profile"),
                                     QStringLiteral("bedrock-api-key"), QStringLiteral("none")};

void checkMillisObject(Reader &r, const QJsonObject &o, const QString &key, const QString &path,
                       const QStringList &fields)
{
    if (!o.contains(key)) {
        return;
    }
    const QString here = dot(path, key);
    const QJsonObject inner = Reader::object(o.value(key), here);
    r.checkKeys(inner, here, fields);
    for (const QString &field : fields) {
        if (inner.contains(field)) {
            Reader::integer(inner.value(field), dot(here, field), 0, 24 * 3600 * 1000);
        }
    }
}

} // namespace

QStringList connectionFields()
{
    return {QStringLiteral("protocol"),   QStringLiteral("displayName"),
            QStringLiteral("baseUrl"),    QStringLiteral("credentials"),
            QStringLiteral("awsProfile"), QStringLiteral("apiVersion"),
            QStringLiteral("timeouts"),   QStringLiteral("retries"),
            QStringLiteral("stream"),     QStringLiteral("defaultModel")};
}

void parseConnection(Reader &r, const QJsonObject &o, const QString &path,
                     ApprovedProvider &provider)
{
    for (const QString &secret : kSecretFields) {
        if (o.contains(secret)) {
            Reader::fail(dot(path, secret), QStringLiteral("is a secret: keys belong in each "
                                                           "user's keychain, never in the policy"));
        }
    }
    if (!o.contains(QStringLiteral("protocol"))) {
        for (const QString &field : connectionFields()) {
            if (o.contains(field)) {
                Reader::fail(
                    dot(path, QStringLiteral("protocol")),
                    QStringLiteral("is missing (\"%1\" configures a connection)").arg(field));
            }
        }
        return;
    }
    const QString protocol =
        Reader::string(o.value(QStringLiteral("protocol")), dot(path, QStringLiteral("protocol")));
    if (!kProtocols.contains(protocol)) {
        Reader::fail(
            dot(path, QStringLiteral("protocol")),
            QStringLiteral("must be one of %1").arg(kProtocols.join(QStringLiteral(", "))));
    }
    for (const QString &field : {QStringLiteral("displayName"), QStringLiteral("awsProfile"),
                                 QStringLiteral("apiVersion"), QStringLiteral("defaultModel")}) {
        Reader::optString(o, field, path);
    }
    const QString baseUrl = Reader::optString(o, QStringLiteral("baseUrl"), path);
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl);
        if (!url.isValid() ||
            (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http")) ||
            url.host().isEmpty()) {
            Reader::fail(dot(path, QStringLiteral("baseUrl")),
                         QStringLiteral("must be an http or https URL"));
        }
        if (!provider.endpoint.isEmpty() &&
            provider.endpoint.compare(url.host(), Qt::CaseInsensitive) != 0) {
            Reader::fail(dot(path, QStringLiteral("baseUrl")),
                         QStringLiteral("points at %1, not at the approved endpoint %2")
                             .arg(url.host().left(200), provider.endpoint));
        }
    }
    if (protocol == QStringLiteral("bedrock") && provider.region.isEmpty()) {
        Reader::fail(dot(path, QStringLiteral("region")),
                     QStringLiteral("is missing (a Bedrock connection needs its region)"));
    }
    if (protocol == QStringLiteral("azure-openai") && baseUrl.isEmpty()) {
        Reader::fail(dot(path, QStringLiteral("baseUrl")),
                     QStringLiteral("is missing (an Azure connection needs its resource URL)"));
    }
    const QString credentials = Reader::optString(o, QStringLiteral("credentials"), path);
    if (!credentials.isEmpty() && !kCredentialSources.contains(credentials)) {
        Reader::fail(
            dot(path, QStringLiteral("credentials")),
            QStringLiteral("must be one of %1").arg(kCredentialSources.join(QStringLiteral(", "))));
    }
    if (o.contains(QStringLiteral("stream"))) {
        Reader::boolean(o.value(QStringLiteral("stream")), dot(path, QStringLiteral("stream")));
    }
    checkMillisObject(r, o, QStringLiteral("timeouts"), path,
                      {QStringLiteral("connectMs"), QStringLiteral("firstTokenMs"),
                       QStringLiteral("idleMs"), QStringLiteral("totalMs")});
    checkMillisObject(r, o, QStringLiteral("retries"), path,
                      {QStringLiteral("maxAttempts"), QStringLiteral("baseDelayMs"),
                       QStringLiteral("maxDelayMs")});
    provider.connection = o;
}

void parseDefaults(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("defaults");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path, {QStringLiteral("provider"), QStringLiteral("model")});
    policy.modelRouting.defaultProvider = Reader::optString(o, QStringLiteral("provider"), path);
    policy.modelRouting.defaultModel = Reader::optString(o, QStringLiteral("model"), path);
}

void parseModelRouting(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("modelRouting");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path,
                {QStringLiteral("workhorse"), QStringLiteral("strong"),
                 QStringLiteral("categories"), QStringLiteral("templates")});
    ModelRouting &routing = policy.modelRouting;
    routing.workhorse = Reader::optString(o, QStringLiteral("workhorse"), path);
    routing.strong = Reader::optString(o, QStringLiteral("strong"), path);
    if (o.contains(QStringLiteral("categories"))) {
        const QString cpath = dot(path, QStringLiteral("categories"));
        const QJsonObject categories = Reader::object(o.value(QStringLiteral("categories")), cpath);
        r.checkKeys(categories, cpath,
                    {QStringLiteral("summarise"), QStringLiteral("rewrite"),
                     QStringLiteral("extract"), QStringLiteral("reduce")});
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            routing.byCategory.insert(it.key(),
                                      Reader::string(it.value(), dot(cpath, it.key()), false));
        }
    }
    if (o.contains(QStringLiteral("templates"))) {
        const QString tpath = dot(path, QStringLiteral("templates"));
        const QJsonObject templates = Reader::object(o.value(QStringLiteral("templates")), tpath);
        if (templates.size() > kMaxListItems) {
            Reader::fail(tpath, QStringLiteral("has too many entries"));
        }
        for (auto it = templates.begin(); it != templates.end(); ++it) {
            routing.byTemplate.insert(it.key().left(200),
                                      Reader::string(it.value(), dot(tpath, it.key()), false));
        }
    }
}

void checkModelRouting(const Policy &policy)
{
    const ModelRouting &routing = policy.modelRouting;
    if (routing.defaultProvider.isEmpty()) {
        if (!routing.defaultModel.isEmpty()) {
            Reader::fail(QStringLiteral("defaults.provider"),
                         QStringLiteral("is missing (\"defaults.model\" needs its provider)"));
        }
        return;
    }
    const ApprovedProvider *provider = policy.findProvider(routing.defaultProvider);
    if (!provider && routing.defaultProvider != QStringLiteral("offline")) {
        Reader::fail(QStringLiteral("defaults.provider"),
                     QStringLiteral("names \"%1\", which is not in \"providers\"")
                         .arg(routing.defaultProvider.left(100)));
    }
    if (provider && !routing.defaultModel.isEmpty() && !provider->models.isEmpty() &&
        !provider->findModel(routing.defaultModel)) {
        Reader::fail(QStringLiteral("defaults.model"),
                     QStringLiteral("names \"%1\", which provider \"%2\" does not approve")
                         .arg(routing.defaultModel.left(100), provider->id));
    }
}

} // namespace promptdesk::policyjson

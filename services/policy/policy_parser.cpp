#include "policy/policy_parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

#include "policy/policy_json_reader.h"
#include "policy/policy_sections.h"

namespace promptdesk {

namespace {

using namespace policyjson;

void parseProviders(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QJsonArray list = Reader::array(value, QStringLiteral("providers"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("providers"), i);
        const QJsonObject o = Reader::object(list.at(i), path);
        QStringList known{QStringLiteral("id"),
                          QStringLiteral("region"),
                          QStringLiteral("endpoint"),
                          QStringLiteral("dpaReference"),
                          QStringLiteral("zeroRetention"),
                          QStringLiteral("models")};
        known.append(connectionFields());
        r.checkKeys(o, path, known);
        ApprovedProvider p;
        if (!o.contains(QStringLiteral("id"))) {
            Reader::fail(dot(path, QStringLiteral("id")), QStringLiteral("is missing"));
        }
        p.id =
            Reader::string(o.value(QStringLiteral("id")), dot(path, QStringLiteral("id")), false);
        if (seen.contains(p.id)) {
            Reader::fail(dot(path, QStringLiteral("id")),
                         QStringLiteral("repeats the provider \"%1\"").arg(p.id));
        }
        seen.insert(p.id);
        p.region = Reader::optString(o, QStringLiteral("region"), path);
        p.endpoint = Reader::optString(o, QStringLiteral("endpoint"), path);
        if (p.endpoint.contains(QLatin1Char('/')) || p.endpoint.contains(QLatin1Char(' '))) {
            Reader::fail(dot(path, QStringLiteral("endpoint")),
                         QStringLiteral("must be a host name such as bedrock-runtime.eu-central-1."
                                        "amazonaws.com, without a scheme or path"));
        }
        p.dpaReference = Reader::optString(o, QStringLiteral("dpaReference"), path);
        if (o.contains(QStringLiteral("zeroRetention"))) {
            p.zeroRetention = Reader::boolean(o.value(QStringLiteral("zeroRetention")),
                                              dot(path, QStringLiteral("zeroRetention")));
        }
        if (o.contains(QStringLiteral("models"))) {
            const QString mpath = dot(path, QStringLiteral("models"));
            const QJsonArray models = Reader::array(o.value(QStringLiteral("models")), mpath);
            for (qsizetype m = 0; m < models.size(); ++m) {
                const QString itemPath = at(mpath, m);
                const QJsonObject mo = Reader::object(models.at(m), itemPath);
                r.checkKeys(mo, itemPath,
                            {QStringLiteral("id"), QStringLiteral("inputPricePerMTok"),
                             QStringLiteral("outputPricePerMTok"), QStringLiteral("displayName"),
                             QStringLiteral("contextTokens")});
                if (mo.contains(QStringLiteral("displayName"))) {
                    Reader::string(mo.value(QStringLiteral("displayName")),
                                   dot(itemPath, QStringLiteral("displayName")));
                }
                if (mo.contains(QStringLiteral("contextTokens"))) {
                    Reader::integer(mo.value(QStringLiteral("contextTokens")),
                                    dot(itemPath, QStringLiteral("contextTokens")), 1, 10'000'000);
                }
                PolicyModel model;
                model.id = Reader::string(mo.value(QStringLiteral("id")),
                                          dot(itemPath, QStringLiteral("id")), false);
                if (mo.contains(QStringLiteral("inputPricePerMTok"))) {
                    model.inputPricePerMTok =
                        Reader::number(mo.value(QStringLiteral("inputPricePerMTok")),
                                       dot(itemPath, QStringLiteral("inputPricePerMTok")), 0, 1e6);
                }
                if (mo.contains(QStringLiteral("outputPricePerMTok"))) {
                    model.outputPricePerMTok =
                        Reader::number(mo.value(QStringLiteral("outputPricePerMTok")),
                                       dot(itemPath, QStringLiteral("outputPricePerMTok")), 0, 1e6);
                }
                p.models.append(model);
            }
        }
        parseConnection(r, o, path, p);
        policy.providers.append(p);
    }
}

void parseDataClasses(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("dataClasses");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(
        o, path,
        {QStringLiteral("default"), QStringLiteral("providers"), QStringLiteral("raiseWhenFound")});
    if (o.contains(QStringLiteral("default"))) {
        policy.defaultDataClass = Reader::dataClass(o.value(QStringLiteral("default")),
                                                    dot(path, QStringLiteral("default")));
    }
    if (o.contains(QStringLiteral("providers"))) {
        const QString ppath = dot(path, QStringLiteral("providers"));
        const QJsonObject classes = Reader::object(o.value(QStringLiteral("providers")), ppath);
        for (auto it = classes.begin(); it != classes.end(); ++it) {
            const std::optional<DataClass> c = dataClassFromName(it.key());
            if (!c) {
                Reader::fail(dot(ppath, it.key().left(100)),
                             QStringLiteral("is not a data class (Public, Internal, Confidential, "
                                            "Restricted)"));
            }
            policy.classProviders.insert(*c, Reader::strings(it.value(), dot(ppath, it.key())));
        }
    }
    if (o.contains(QStringLiteral("raiseWhenFound"))) {
        const QString rpath = dot(path, QStringLiteral("raiseWhenFound"));
        const QJsonObject raise = Reader::object(o.value(QStringLiteral("raiseWhenFound")), rpath);
        for (auto it = raise.begin(); it != raise.end(); ++it) {
            policy.raiseWhenFound.insert(
                Reader::piiType(it.key(), dot(rpath, it.key().left(100))),
                Reader::dataClass(it.value(), dot(rpath, it.key().left(100))));
        }
    }
}

void parseRouting(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QJsonArray list = Reader::array(value, QStringLiteral("routing"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("routing"), i);
        const QJsonObject o = Reader::object(list.at(i), path);
        r.checkKeys(o, path,
                    {QStringLiteral("name"), QStringLiteral("users"), QStringLiteral("countries"),
                     QStringLiteral("timeZones"), QStringLiteral("regions")});
        RoutingRule rule;
        rule.name = Reader::optString(o, QStringLiteral("name"), path);
        if (rule.name.isEmpty()) {
            rule.name = path;
        }
        if (o.contains(QStringLiteral("users"))) {
            rule.users = Reader::strings(o.value(QStringLiteral("users")),
                                         dot(path, QStringLiteral("users")));
        }
        if (o.contains(QStringLiteral("countries"))) {
            rule.countries = Reader::strings(o.value(QStringLiteral("countries")),
                                             dot(path, QStringLiteral("countries")));
        }
        if (o.contains(QStringLiteral("timeZones"))) {
            rule.timeZones = Reader::strings(o.value(QStringLiteral("timeZones")),
                                             dot(path, QStringLiteral("timeZones")));
        }
        if (!o.contains(QStringLiteral("regions"))) {
            Reader::fail(dot(path, QStringLiteral("regions")), QStringLiteral("is missing"));
        }
        rule.regions = Reader::strings(o.value(QStringLiteral("regions")),
                                       dot(path, QStringLiteral("regions")));
        policy.routing.append(rule);
    }
}

void parseRedaction(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("redaction");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path,
                {QStringLiteral("mandatoryTypes"), QStringLiteral("userMayUnredact"),
                 QStringLiteral("customTerms"), QStringLiteral("allowList"),
                 QStringLiteral("employeeIdPatterns"), QStringLiteral("customerIdPatterns")});
    RedactionRules &rules = policy.redaction;
    auto list = [&](const QString &key, QStringList &out) {
        if (o.contains(key)) {
            out = Reader::strings(o.value(key), dot(path, key));
        }
    };
    list(QStringLiteral("mandatoryTypes"), rules.mandatoryTypes);
    for (qsizetype i = 0; i < rules.mandatoryTypes.size(); ++i) {
        rules.mandatoryTypes[i] = Reader::piiType(
            rules.mandatoryTypes.at(i), at(dot(path, QStringLiteral("mandatoryTypes")), i));
    }
    list(QStringLiteral("customTerms"), rules.customTerms);
    list(QStringLiteral("allowList"), rules.allowList);
    list(QStringLiteral("employeeIdPatterns"), rules.employeeIdPatterns);
    list(QStringLiteral("customerIdPatterns"), rules.customerIdPatterns);
    for (const QString &key :
         {QStringLiteral("employeeIdPatterns"), QStringLiteral("customerIdPatterns")}) {
        const QStringList &patterns = key == QStringLiteral("employeeIdPatterns")
                                          ? rules.employeeIdPatterns
                                          : rules.customerIdPatterns;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            Reader::checkRegex(patterns.at(i), at(dot(path, key), i));
        }
    }
    if (o.contains(QStringLiteral("userMayUnredact"))) {
        rules.userMayUnredact = Reader::boolean(o.value(QStringLiteral("userMayUnredact")),
                                                dot(path, QStringLiteral("userMayUnredact")));
    }
}

void parseRetention(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("retention");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path, {QStringLiteral("historyDays"), QStringLiteral("auditDays")});
    if (o.contains(QStringLiteral("historyDays"))) {
        policy.historyRetentionDays =
            Reader::integer(o.value(QStringLiteral("historyDays")),
                            dot(path, QStringLiteral("historyDays")), 0, 36500);
    }
    if (o.contains(QStringLiteral("auditDays"))) {
        policy.auditRetentionDays = Reader::integer(
            o.value(QStringLiteral("auditDays")), dot(path, QStringLiteral("auditDays")), 1, 36500);
    }
}

void parseBudgets(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("budgets");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path,
                {QStringLiteral("monthlyUsdPerUser"), QStringLiteral("users"),
                 QStringLiteral("warnAtPercent"), QStringLiteral("blockAtPercent")});
    Budgets &b = policy.budgets;
    if (o.contains(QStringLiteral("monthlyUsdPerUser"))) {
        b.monthlyUsdPerUser =
            Reader::number(o.value(QStringLiteral("monthlyUsdPerUser")),
                           dot(path, QStringLiteral("monthlyUsdPerUser")), 0, 1e9);
    }
    if (o.contains(QStringLiteral("users"))) {
        const QString upath = dot(path, QStringLiteral("users"));
        const QJsonObject users = Reader::object(o.value(QStringLiteral("users")), upath);
        for (auto it = users.begin(); it != users.end(); ++it) {
            b.perUser.insert(it.key(),
                             Reader::number(it.value(), dot(upath, it.key().left(100)), 0, 1e9));
        }
    }
    if (o.contains(QStringLiteral("warnAtPercent"))) {
        b.warnAtPercent = Reader::integer(o.value(QStringLiteral("warnAtPercent")),
                                          dot(path, QStringLiteral("warnAtPercent")), 1, 1000);
    }
    if (o.contains(QStringLiteral("blockAtPercent"))) {
        b.blockAtPercent = Reader::integer(o.value(QStringLiteral("blockAtPercent")),
                                           dot(path, QStringLiteral("blockAtPercent")), 1, 1000);
    }
    if (b.warnAtPercent > b.blockAtPercent) {
        Reader::fail(dot(path, QStringLiteral("warnAtPercent")),
                     QStringLiteral("must not be above blockAtPercent"));
    }
}

void parseLockedSettings(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("lockedSettings");
    const QJsonObject o = Reader::object(value, path);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString spath = dot(path, it.key().left(100));
        const QJsonObject s = Reader::object(it.value(), spath);
        r.checkKeys(s, spath, {QStringLiteral("value"), QStringLiteral("reason")});
        if (!s.contains(QStringLiteral("value"))) {
            Reader::fail(dot(spath, QStringLiteral("value")), QStringLiteral("is missing"));
        }
        LockedSetting locked;
        locked.key = it.key();
        const QJsonValue v = s.value(QStringLiteral("value"));
        if (v.isObject() || v.isArray()) {
            Reader::fail(dot(spath, QStringLiteral("value")),
                         QStringLiteral("must be text, a number or true/false"));
        }
        locked.value =
            QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        locked.value = locked.value.mid(1, locked.value.size() - 2); // strip the array's [ ]
        locked.reason = Reader::optString(s, QStringLiteral("reason"), spath);
        policy.lockedSettings.insert(locked.key, locked);
    }
}

void parseTemplates(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("templates");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path, {QStringLiteral("allowed"), QStringLiteral("admin")});
    if (o.contains(QStringLiteral("allowed"))) {
        policy.allowedTemplates = Reader::strings(o.value(QStringLiteral("allowed")),
                                                  dot(path, QStringLiteral("allowed")));
    }
    if (o.contains(QStringLiteral("admin"))) {
        const QString apath = dot(path, QStringLiteral("admin"));
        const QJsonArray admin = Reader::array(o.value(QStringLiteral("admin")), apath);
        for (qsizetype i = 0; i < admin.size(); ++i) {
            const QJsonObject t = Reader::object(admin.at(i), at(apath, i));
            Reader::string(t.value(QStringLiteral("id")), dot(at(apath, i), QStringLiteral("id")),
                           false);
        }
        policy.adminTemplates = admin;
    }
}

void parseAuditForwarding(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("auditForwarding");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path, {QStringLiteral("target")});
    const QString tpath = dot(path, QStringLiteral("target"));
    const QString target = Reader::string(o.value(QStringLiteral("target")), tpath, false);
    const QUrl url(target, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
        (scheme != QStringLiteral("syslog+tls") && scheme != QStringLiteral("syslog+tcp"))) {
        Reader::fail(tpath, QStringLiteral("must look like syslog+tls://siem.example.com:6514"));
    }
    policy.auditForwarding = {target, url.host(), url.port(), scheme};
}

void parseNetwork(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("network");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path, {QStringLiteral("proxy"), QStringLiteral("caCertificates")});
    if (o.contains(QStringLiteral("proxy"))) {
        const QString ppath = dot(path, QStringLiteral("proxy"));
        policy.network.proxy = Reader::string(o.value(QStringLiteral("proxy")), ppath);
        const QUrl url(policy.network.proxy, QUrl::StrictMode);
        if (!policy.network.proxy.isEmpty() &&
            (!url.isValid() || url.host().isEmpty() ||
             !QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("socks5")}
                  .contains(url.scheme()) ||
             !url.userInfo().isEmpty())) {
            Reader::fail(ppath, QStringLiteral("must look like http://proxy.example.com:3128 "
                                               "(and hold no password)"));
        }
    }
    if (o.contains(QStringLiteral("caCertificates"))) {
        const QString cpath = dot(path, QStringLiteral("caCertificates"));
        const QStringList pems = Reader::strings(o.value(QStringLiteral("caCertificates")), cpath);
        for (qsizetype i = 0; i < pems.size(); ++i) {
            const QByteArray pem = pems.at(i).toUtf8();
            const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
            if (certs.size() != 1 || certs.constFirst().isNull()) {
                Reader::fail(at(cpath, i), QStringLiteral("must be one PEM certificate"));
            }
            policy.network.caCertificates.append(pem);
        }
    }
}

void parseExpiry(Reader &r, const QJsonValue &value, Policy &policy)
{
    const QString path = QStringLiteral("expiry");
    const QJsonObject o = Reader::object(value, path);
    r.checkKeys(o, path,
                {QStringLiteral("warnDays"), QStringLiteral("after"), QStringLiteral("graceDays")});
    if (o.contains(QStringLiteral("warnDays"))) {
        policy.warnDays = Reader::integer(o.value(QStringLiteral("warnDays")),
                                          dot(path, QStringLiteral("warnDays")), 0, 365);
    }
    if (o.contains(QStringLiteral("after"))) {
        const QString after =
            Reader::string(o.value(QStringLiteral("after")), dot(path, QStringLiteral("after")));
        if (after == QStringLiteral("builtin")) {
            policy.afterExpiry = AfterExpiry::Builtin;
        } else if (after == QStringLiteral("grace")) {
            policy.afterExpiry = AfterExpiry::Grace;
        } else {
            Reader::fail(dot(path, QStringLiteral("after")),
                         QStringLiteral("must be \"builtin\" or \"grace\""));
        }
    }
    if (o.contains(QStringLiteral("graceDays"))) {
        policy.graceDays = Reader::integer(o.value(QStringLiteral("graceDays")),
                                           dot(path, QStringLiteral("graceDays")), 0, 90);
    }
    if (policy.afterExpiry == AfterExpiry::Grace && policy.graceDays <= 0) {
        Reader::fail(dot(path, QStringLiteral("graceDays")),
                     QStringLiteral("must be at least 1 when \"after\" is \"grace\""));
    }
}

Policy parseRoot(Reader &r, const QJsonObject &root)
{
    using Section = void (*)(Reader &, const QJsonValue &, Policy &);
    static const QList<QPair<QString, Section>> sections = {
        {QStringLiteral("providers"), parseProviders},
        {QStringLiteral("dataClasses"), parseDataClasses},
        {QStringLiteral("routing"), parseRouting},
        {QStringLiteral("redaction"), parseRedaction},
        {QStringLiteral("retention"), parseRetention},
        {QStringLiteral("budgets"), parseBudgets},
        {QStringLiteral("lockedSettings"), parseLockedSettings},
        {QStringLiteral("templates"), parseTemplates},
        {QStringLiteral("auditForwarding"), parseAuditForwarding},
        {QStringLiteral("network"), parseNetwork},
        {QStringLiteral("expiry"), parseExpiry},
        {QStringLiteral("defaults"), parseDefaults},
        {QStringLiteral("modelRouting"), parseModelRouting},
    };
    QStringList known = {QStringLiteral("$schema"), QStringLiteral("schema"),
                         QStringLiteral("version"), QStringLiteral("organisation"),
                         QStringLiteral("issued"),  QStringLiteral("expires")};
    for (const auto &section : sections) {
        known.append(section.first);
    }
    r.checkKeys(root, QString(), known);

    Policy policy;
    if (!root.contains(QStringLiteral("schema"))) {
        Reader::fail(QStringLiteral("schema"), QStringLiteral("is missing"));
    }
    policy.schema =
        Reader::integer(root.value(QStringLiteral("schema")), QStringLiteral("schema"), 1, 1000);
    if (policy.schema != 1) {
        Reader::fail(QStringLiteral("schema"),
                     QStringLiteral("is %1, but this version of Promptdesk reads schema 1 only")
                         .arg(policy.schema));
    }
    for (const QString &required :
         {QStringLiteral("version"), QStringLiteral("issued"), QStringLiteral("expires")}) {
        if (!root.contains(required)) {
            Reader::fail(required, QStringLiteral("is missing"));
        }
    }
    policy.version =
        Reader::string(root.value(QStringLiteral("version")), QStringLiteral("version"), false);
    if (policy.version.size() > 100) {
        Reader::fail(QStringLiteral("version"), QStringLiteral("is longer than 100 characters"));
    }
    policy.organisation =
        Reader::optString(root, QStringLiteral("organisation"), QString()).left(200);
    policy.issuedUtc =
        Reader::dateTime(root.value(QStringLiteral("issued")), QStringLiteral("issued"));
    policy.expiresUtc =
        Reader::dateTime(root.value(QStringLiteral("expires")), QStringLiteral("expires"));
    if (policy.expiresUtc <= policy.issuedUtc) {
        Reader::fail(QStringLiteral("expires"), QStringLiteral("must be after \"issued\""));
    }
    for (const auto &section : sections) {
        if (root.contains(section.first)) {
            section.second(r, root.value(section.first), policy);
        }
    }
    // A data class may only name approved providers (or "*", or the offline engine).
    for (auto it = policy.classProviders.cbegin(); it != policy.classProviders.cend(); ++it) {
        for (const QString &id : it.value()) {
            if (id != QStringLiteral("*") && id != QStringLiteral("offline") &&
                !policy.findProvider(id)) {
                Reader::fail(QStringLiteral("dataClasses.providers.") + dataClassName(it.key()),
                             QStringLiteral("names \"%1\", which is not in \"providers\"")
                                 .arg(id.left(100)));
            }
        }
    }
    checkModelRouting(policy);
    return policy;
}

} // namespace

const PolicyModel *ApprovedProvider::findModel(const QString &modelId) const
{
    for (const PolicyModel &m : models) {
        if (m.id == modelId) {
            return &m;
        }
    }
    return nullptr;
}

const ApprovedProvider *Policy::findProvider(const QString &providerId) const
{
    for (const ApprovedProvider &p : providers) {
        if (p.id == providerId) {
            return &p;
        }
    }
    return nullptr;
}

Result<ParsedPolicy> parsePolicy(const QByteArray &json)
{
    if (json.size() > kMaxPolicyBytes) {
        return makeError(
            ErrorKind::TooLarge,
            QStringLiteral("The policy file is larger than %1 KiB, which no real policy "
                           "needs.")
                .arg(kMaxPolicyBytes / 1024));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("The policy file is not valid JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("The policy file must hold one JSON object."));
    }
    ParsedPolicy parsed;
    Reader reader(&parsed.warnings);
    try {
        parsed.policy = parseRoot(reader, doc.object());
    } catch (const ParseFailure &failure) {
        // Messages echo the file's keys and values: kept to one line whatever they hold.
        return makeError(ErrorKind::Corrupt, escapeControlCharacters(failure.message));
    }
    for (QString &warning : parsed.warnings) {
        warning = escapeControlCharacters(warning);
    }
    return parsed;
}

} // namespace promptdesk

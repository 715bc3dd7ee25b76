// Parsing, signatures and loading of the machine-wide policy: every fail-closed case falls
// back to the built-in default (offline engine only) with a reason.
#include "policy/policy_parser.h"
#include "policy/policy_report.h"
#include "policy_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace promptdesk;
using promptdesk::testing::basicPolicy;
using promptdesk::testing::PolicyDir;
using promptdesk::testing::toBytes;
using promptdesk::testing::writeBytes;

class TestPolicyLoading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinResourceParsesCleanly();
    void exampleAndSchemaFilesParse();
    void parsesEverySection();
    void unknownFieldsAreWarnings();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsOversizedFile();
    void echoedKeysAndValuesStayOnOneLine();
    void signatureRoundTrip();
    void keyFilesRejectGarbage();
    void signedPolicyLoads();
    void policySignedByTheUsersOwnKeyIsOnlyDevelopment();
    void failsClosed_data();
    void failsClosed();
    void developmentModeAcceptsOnlyUnsigned();
    void expiryWarningAndGrace();
    void reportNamesTheFallbackReason();
};

void TestPolicyLoading::builtinResourceParsesCleanly()
{
    QFile file(QStringLiteral(":/policy/builtin.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ParsedPolicy> parsed = parsePolicy(file.readAll());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(parsed->warnings.isEmpty());
    QCOMPARE(parsed->policy.version, QStringLiteral("builtin-1"));
    QVERIFY(parsed->policy.providers.isEmpty());
    const auto builtin = PolicyLoader::builtinPolicy();
    QCOMPARE(builtin->version, QStringLiteral("builtin-1"));
    QCOMPARE(builtin->classProviders.value(DataClass::Public),
             QStringList{QStringLiteral("offline")});
}

void TestPolicyLoading::exampleAndSchemaFilesParse()
{
    const QString source = qEnvironmentVariable("PROMPTDESK_SOURCE_DIR");
    for (const char *path :
         {"/resources/policy/example-policy.json", "/packaging/admin/bedrock-eu-only.json",
          "/packaging/admin/bedrock-plus-openai-internal.json"}) {
        QFile example(source + QLatin1String(path));
        QVERIFY2(example.open(QIODevice::ReadOnly), path);
        const Result<ParsedPolicy> parsed = parsePolicy(example.readAll());
        QVERIFY2(parsed, parsed ? path : qPrintable(parsed.error().message));
        QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(QLatin1Char('\n'))));
        QVERIFY(!parsed->policy.providers.isEmpty());
    }
    QFile schema(source + QStringLiteral("/resources/policy/policy.schema.json"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QJsonParseError error;
    QJsonDocument::fromJson(schema.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestPolicyLoading::parsesEverySection()
{
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("expiry"),
             QJsonObject{{QStringLiteral("warnDays"), 7},
                         {QStringLiteral("after"), QStringLiteral("grace")},
                         {QStringLiteral("graceDays"), 3}});
    o.insert(QStringLiteral("redaction"),
             QJsonObject{
                 {QStringLiteral("mandatoryTypes"), QJsonArray{QStringLiteral("email")}},
                 {QStringLiteral("userMayUnredact"), false},
                 {QStringLiteral("customTerms"), QJsonArray{QStringLiteral("Project Kestrel")}},
                 {QStringLiteral("allowList"), QJsonArray{QStringLiteral("help@example.com")}},
                 {QStringLiteral("employeeIdPatterns"), QJsonArray{QStringLiteral("EX-\\d{6}")}}});
    o.insert(QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("historyDays"), 30}, {QStringLiteral("auditDays"), 400}});
    o.insert(QStringLiteral("lockedSettings"),
             QJsonObject{{QStringLiteral("history.enabled"),
                          QJsonObject{{QStringLiteral("value"), true},
                                      {QStringLiteral("reason"), QStringLiteral("Compliance.")}}}});
    o.insert(
        QStringLiteral("templates"),
        QJsonObject{{QStringLiteral("allowed"), QJsonArray{QStringLiteral("summarise")}},
                    {QStringLiteral("admin"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("triage")}}}}});
    o.insert(QStringLiteral("auditForwarding"),
             QJsonObject{
                 {QStringLiteral("target"), QStringLiteral("syslog+tls://siem.example.com:6514")}});
    o.insert(
        QStringLiteral("network"),
        QJsonObject{{QStringLiteral("proxy"), QStringLiteral("http://proxy.example.com:3128")}});

    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(o));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const Policy &p = parsed->policy;
    QCOMPARE(p.version, QStringLiteral("test-1"));
    QCOMPARE(p.afterExpiry, AfterExpiry::Grace);
    QCOMPARE(p.graceDays, 3);
    QCOMPARE(p.warnDays, 7);
    QCOMPARE(p.providers.size(), 3);
    QCOMPARE(p.providers.at(0).region, QStringLiteral("eu-central-1"));
    QVERIFY(p.providers.at(0).zeroRetention);
    QCOMPARE(p.providers.at(0).dpaReference, QStringLiteral("DPA-1"));
    QCOMPARE(p.providers.at(0).models.at(0).outputPricePerMTok, 15.0);
    QCOMPARE(p.defaultDataClass, DataClass::Internal);
    QCOMPARE(p.raiseWhenFound.value(QStringLiteral("CREDIT_CARD")), DataClass::Restricted);
    QCOMPARE(p.classProviders.value(DataClass::Confidential),
             QStringList{QStringLiteral("bedrock-eu")});
    QCOMPARE(p.routing.at(0).regions, QStringList{QStringLiteral("eu-*")});
    QCOMPARE(p.redaction.mandatoryTypes, QStringList{QStringLiteral("EMAIL")});
    QVERIFY(!p.redaction.userMayUnredact);
    QCOMPARE(p.historyRetentionDays, 30);
    QCOMPARE(p.auditRetentionDays, 400);
    QCOMPARE(p.budgets.limitFor(QStringLiteral("lead")), 100.0);
    QCOMPARE(p.budgets.limitFor(QStringLiteral("someone")), 10.0);
    QCOMPARE(p.lockedSettings.value(QStringLiteral("history.enabled")).value,
             QStringLiteral("true"));
    QCOMPARE(p.lockedSettings.value(QStringLiteral("history.enabled")).reason,
             QStringLiteral("Compliance."));
    QCOMPARE(p.allowedTemplates, QStringList{QStringLiteral("summarise")});
    QCOMPARE(p.adminTemplates.size(), 1);
    QCOMPARE(p.auditForwarding.host, QStringLiteral("siem.example.com"));
    QCOMPARE(p.auditForwarding.port, 6514);
    QCOMPARE(p.network.proxy, QStringLiteral("http://proxy.example.com:3128"));
}

void TestPolicyLoading::unknownFieldsAreWarnings()
{
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    QJsonArray providers = o.value(QStringLiteral("providers")).toArray();
    QJsonObject first = providers.at(0).toObject();
    first.insert(QStringLiteral("regoin"), QStringLiteral("eu-west-1"));
    providers.replace(0, first);
    o.insert(QStringLiteral("providers"), providers);
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(o));
    QVERIFY(parsed);
    QCOMPARE(parsed->warnings.size(), 2);
    QVERIFY(parsed->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"colour\"")));
    QVERIFY(parsed->warnings.join(QLatin1Char('\n'))
                .contains(QStringLiteral("\"providers[0].regoin\"")));
}

void TestPolicyLoading::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o = basicPolicy();
        o.insert(key, value);
        return toBytes(o);
    };
    auto without = [](const QString &key) {
        QJsonObject o = basicPolicy();
        o.remove(key);
        return toBytes(o);
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << toBytes(basicPolicy()).left(200)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("one JSON object");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("not valid JSON");
    QTest::newRow("no schema") << without(QStringLiteral("schema")) << QStringLiteral("\"schema\"");
    QTest::newRow("schema 2") << with(QStringLiteral("schema"), 2)
                              << QStringLiteral("schema 1 only");
    QTest::newRow("no version") << without(QStringLiteral("version"))
                                << QStringLiteral("\"version\"");
    QTest::newRow("no expiry") << without(QStringLiteral("expires"))
                               << QStringLiteral("\"expires\"");
    QTest::newRow("local time") << with(QStringLiteral("expires"),
                                        QStringLiteral("2030-01-01T00:00:00"))
                                << QStringLiteral("time zone");
    QTest::newRow("bad date") << with(QStringLiteral("issued"), QStringLiteral("yesterday"))
                              << QStringLiteral("\"issued\"");
    QTest::newRow("expires before issued")
        << toBytes(basicPolicy(QDateTime::currentDateTimeUtc(),
                               QDateTime::currentDateTimeUtc().addDays(-1)))
        << QStringLiteral("after \"issued\"");
    QTest::newRow("providers not a list")
        << with(QStringLiteral("providers"), QStringLiteral("openai"))
        << QStringLiteral("\"providers\" must be a list");
    QTest::newRow("provider without id")
        << with(QStringLiteral("providers"),
                QJsonArray{QJsonObject{{QStringLiteral("region"), QStringLiteral("x")}}})
        << QStringLiteral("providers[0].id");
    QTest::newRow("zero retention as text")
        << with(QStringLiteral("providers"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                       {QStringLiteral("zeroRetention"), QStringLiteral("yes")}}})
        << QStringLiteral("true or false");
    QTest::newRow("negative price")
        << with(QStringLiteral("providers"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("a")},
                    {QStringLiteral("models"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("m")},
                                            {QStringLiteral("inputPricePerMTok"), -1}}}}}})
        << QStringLiteral("between");
    QTest::newRow("unknown class")
        << with(QStringLiteral("dataClasses"),
                QJsonObject{{QStringLiteral("default"), QStringLiteral("Secret")}})
        << QStringLiteral("Public, Internal");
    QTest::newRow("class names unapproved provider")
        << with(QStringLiteral("dataClasses"),
                QJsonObject{{QStringLiteral("providers"),
                             QJsonObject{{QStringLiteral("Public"),
                                          QJsonArray{QStringLiteral("mistral")}}}}})
        << QStringLiteral("\"mistral\"");
    QTest::newRow("bad regex") << with(QStringLiteral("redaction"),
                                       QJsonObject{{QStringLiteral("employeeIdPatterns"),
                                                    QJsonArray{QStringLiteral("EX-(\\d")}}})
                               << QStringLiteral("regular expression");
    QTest::newRow("bad certificate")
        << with(QStringLiteral("network"),
                QJsonObject{
                    {QStringLiteral("caCertificates"),
                     QJsonArray{QStringLiteral(
                         "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")}}})
        << QStringLiteral("PEM certificate");
    QTest::newRow("proxy with password")
        << with(QStringLiteral("network"),
                QJsonObject{{QStringLiteral("proxy"),
                             QStringLiteral("http://bob:secret@proxy.example.com:3128")}})
        << QStringLiteral("no password");
    QTest::newRow("forwarding target")
        << with(QStringLiteral("auditForwarding"),
                QJsonObject{{QStringLiteral("target"), QStringLiteral("http://siem")}})
        << QStringLiteral("syslog+tls://");
    QTest::newRow("warn above block")
        << with(QStringLiteral("budgets"), QJsonObject{{QStringLiteral("warnAtPercent"), 120}})
        << QStringLiteral("blockAtPercent");
    QTest::newRow("grace without days")
        << with(QStringLiteral("expiry"),
                QJsonObject{{QStringLiteral("after"), QStringLiteral("grace")}})
        << QStringLiteral("graceDays");
    QTest::newRow("locked object value")
        << with(QStringLiteral("lockedSettings"),
                QJsonObject{
                    {QStringLiteral("a"), QJsonObject{{QStringLiteral("value"), QJsonObject()}}}})
        << QStringLiteral("lockedSettings.a.value");
    QTest::newRow("nan budget")
        << QByteArray(toBytes(basicPolicy())
                          .replace("\"monthlyUsdPerUser\": 10", "\"monthlyUsdPerUser\": 1e999"))
        << QStringLiteral("not valid JSON"); // Qt refuses out-of-range numbers
}

void TestPolicyLoading::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<ParsedPolicy> parsed = parsePolicy(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::Corrupt);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
}

void TestPolicyLoading::rejectsOversizedFile()
{
    QByteArray huge = toBytes(basicPolicy());
    huge.append(QByteArray(kMaxPolicyBytes, ' '));
    const Result<ParsedPolicy> parsed = parsePolicy(huge);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::TooLarge);
}

// A raw newline (or an escape sequence) inside a key or value of policy.json is echoed in the
// error or warning escaped, so the one-line error contract holds (fuzz seed
// control-characters-in-keys.json keeps the case).
void TestPolicyLoading::echoedKeysAndValuesStayOnOneLine()
{
    QJsonObject policy = basicPolicy();
    policy.insert(QStringLiteral("unknown\nWarning: forged line"), true);
    const Result<ParsedPolicy> warned = parsePolicy(toBytes(policy));
    QVERIFY(warned.ok());
    QVERIFY(!warned->warnings.isEmpty());
    for (const QString &warning : warned->warnings) {
        QVERIFY2(!warning.contains(QLatin1Char('\n')), qPrintable(warning));
    }
    QVERIFY(warned->warnings.join(QString()).contains(QStringLiteral("unknown\\nWarning")));

    QJsonObject broken = basicPolicy();
    broken.insert(QStringLiteral("schema"), QStringLiteral("1\n\u001b[31merror: forged"));
    const Result<ParsedPolicy> failed = parsePolicy(toBytes(broken));
    QVERIFY(!failed.ok());
    QVERIFY2(!failed.error().message.contains(QLatin1Char('\n')),
             qPrintable(failed.error().message));
    QVERIFY(!failed.error().message.contains(QChar(0x1b)));
    QVERIFY(!formatCliError(makeError(ErrorKind::Corrupt, QStringLiteral("a\nb")))
                 .contains(QLatin1Char('\n')));
}

void TestPolicyLoading::signatureRoundTrip()
{
    const policysig::KeyPair pair = policysig::generate();
    const QByteArray message = toBytes(basicPolicy());
    const QByteArray signature = policysig::sign(pair.secretKey, message);
    const Result<QByteArray> parsedSig =
        policysig::parseSignature(policysig::signatureText(signature));
    QVERIFY(parsedSig);
    QCOMPARE(parsedSig.value(), signature);
    const Result<QByteArray> pub =
        policysig::parsePublicKey(policysig::publicKeyText(pair.publicKey));
    QVERIFY(pub);
    const Result<QByteArray> sec =
        policysig::parseSecretKey(policysig::secretKeyText(pair.secretKey));
    QVERIFY(sec);
    QCOMPARE(sec.value(), pair.secretKey);

    const Result<QString> ok = policysig::verify({pub.value()}, message, signature);
    QVERIFY(ok);
    QCOMPARE(ok.value(), policysig::keyFingerprint(pair.publicKey));
    QByteArray tampered = message;
    tampered.replace("bedrock-eu", "bedrock-EU");
    QVERIFY(!policysig::verify({pub.value()}, tampered, signature));
    QVERIFY(!policysig::verify({policysig::generate().publicKey}, message, signature));
    QVERIFY(!policysig::verify({}, message, signature));
}

void TestPolicyLoading::keyFilesRejectGarbage()
{
    for (const QByteArray &text : {QByteArray(), QByteArray("# only a comment\n"),
                                   QByteArray("!!!!"), QByteArray("AAAA"), QByteArray(5000, 'A')}) {
        QVERIFY(!policysig::parsePublicKey(text));
        QVERIFY(!policysig::parseSecretKey(text));
        QVERIFY(!policysig::parseSignature(text));
    }
    // A public key is not a secret key, and vice versa.
    const policysig::KeyPair pair = policysig::generate();
    QVERIFY(!policysig::parseSecretKey(policysig::publicKeyText(pair.publicKey)));
    QVERIFY(!policysig::parsePublicKey(policysig::secretKeyText(pair.secretKey)));
}

void TestPolicyLoading::signedPolicyLoads()
{
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    dir.writeSigned(toBytes(basicPolicy()));
    const PolicyLoadOutcome loaded = dir.load();
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Signed);
    QCOMPARE(loaded.policy->version, QStringLiteral("test-1"));
    QCOMPARE(loaded.status.version, QStringLiteral("test-1"));
    QCOMPARE(loaded.keyFingerprint, policysig::keyFingerprint(dir.keys.publicKey));
    QVERIFY(loaded.status.fallbackReason.isEmpty());
    QVERIFY(!loaded.status.expiringSoon);
}

// PROMPTDESK_POLICY_DIR on a machine without a deployed policy: a user who signs a policy
// with a key of their own and puts that key beside it approves nothing for the company. The
// policy applies as a development one (banner, "dev:" in the audit), never as signed.
void TestPolicyLoading::policySignedByTheUsersOwnKeyIsOnlyDevelopment()
{
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    dir.writeSigned(toBytes(basicPolicy()));
    PolicyLoadOptions options;
    options.directory = dir.path;
    options.nowUtc = QDateTime::currentDateTimeUtc();
    options.userDirectory = true;
    const PolicyLoadOutcome loaded = PolicyLoader::load(options);
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Development);
    QCOMPARE(loaded.policy->version, QStringLiteral("dev:test-1"));
    QVERIFY(
        std::any_of(loaded.status.warnings.cbegin(), loaded.status.warnings.cend(),
                    [](const QString &w) { return w.contains(QStringLiteral("development")); }));
    // The same folder as the machine's own: the company's signed policy.
    options.userDirectory = false;
    QCOMPARE(PolicyLoader::load(options).status.source, PolicyStatus::Source::Signed);
    // Without the folder's key the signature verifies with nothing: refused either way.
    QVERIFY(QFile::remove(QDir(dir.path).filePath(QStringLiteral("trusted-keys/admin.pub"))));
    options.userDirectory = true;
    QVERIFY(PolicyLoader::load(options).status.source != PolicyStatus::Source::Signed);
}

void TestPolicyLoading::failsClosed_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing") << "missing"
                             << "missing"
                             << "No company policy";
    QTest::newRow("unsigned") << "unsigned"
                              << "unsigned"
                              << "not signed";
    QTest::newRow("tampered") << "tampered"
                              << "bad-signature"
                              << "changed after signing";
    QTest::newRow("wrong key") << "wrong-key"
                               << "bad-signature"
                               << "not trusted";
    QTest::newRow("no trusted key") << "no-keys"
                                    << "bad-signature"
                                    << "No trusted policy key";
    QTest::newRow("damaged signature") << "damaged-sig"
                                       << "bad-signature"
                                       << "signature file is damaged";
    QTest::newRow("malformed") << "malformed"
                               << "malformed"
                               << "not valid JSON";
    QTest::newRow("wrong types") << "wrong-types"
                                 << "malformed"
                                 << "\"providers\"";
    QTest::newRow("expired") << "expired"
                             << "expired"
                             << "expired on";
    QTest::newRow("future") << "future"
                            << "future-dated"
                            << "in the future";
    QTest::newRow("oversized") << "oversized"
                               << "malformed"
                               << "too large";
    QTest::newRow("unreadable") << "unreadable"
                                << "unreadable"
                                << "cannot be read";
}

void TestPolicyLoading::failsClosed()
{
    QFETCH(QString, mutation);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray good = toBytes(basicPolicy());
    dir.writeSigned(good);
    if (mutation == QStringLiteral("missing")) {
        QFile::remove(dir.policyPath());
    } else if (mutation == QStringLiteral("unsigned")) {
        QFile::remove(dir.signaturePath());
    } else if (mutation == QStringLiteral("tampered")) {
        QByteArray bad = good;
        bad.replace("\"Confidential\": [\n                \"bedrock-eu\"",
                    "\"Confidential\": [\n                \"openai\"");
        bad.replace("api.openai.com", "api.openai.org");
        QVERIFY(bad != good);
        writeBytes(dir.policyPath(), bad);
    } else if (mutation == QStringLiteral("wrong-key")) {
        const policysig::KeyPair other = policysig::generate();
        writeBytes(dir.signaturePath(),
                   policysig::signatureText(policysig::sign(other.secretKey, good)));
    } else if (mutation == QStringLiteral("no-keys")) {
        QFile::remove(QDir(dir.path).filePath(QStringLiteral("trusted-keys/admin.pub")));
    } else if (mutation == QStringLiteral("damaged-sig")) {
        writeBytes(dir.signaturePath(), "not base64 at all!");
    } else if (mutation == QStringLiteral("malformed")) {
        dir.writeSigned(good.left(good.size() / 2));
    } else if (mutation == QStringLiteral("wrong-types")) {
        QJsonObject o = basicPolicy();
        o.insert(QStringLiteral("providers"), 42);
        dir.writeSigned(toBytes(o));
    } else if (mutation == QStringLiteral("expired")) {
        dir.writeSigned(toBytes(basicPolicy(now.addDays(-100), now.addDays(-1))));
    } else if (mutation == QStringLiteral("future")) {
        dir.writeSigned(toBytes(basicPolicy(now.addDays(2), now.addDays(100))));
    } else if (mutation == QStringLiteral("oversized")) {
        dir.writeSigned(good + QByteArray(kMaxPolicyBytes, ' '));
    } else if (mutation == QStringLiteral("unreadable")) {
        QFile::remove(dir.policyPath());
        QDir().mkpath(dir.policyPath()); // a folder where the file should be
    }
    const PolicyLoadOutcome loaded = dir.load(now);
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Builtin);
    QCOMPARE(loaded.status.fallbackCode, code);
    QVERIFY2(loaded.status.fallbackReason.contains(mentions),
             qPrintable(loaded.status.fallbackReason));
    QCOMPARE(loaded.policy->version, QStringLiteral("builtin-1"));
    QVERIFY(loaded.policy->providers.isEmpty()); // never wider than the built-in default
}

void TestPolicyLoading::developmentModeAcceptsOnlyUnsigned()
{
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    dir.writeUnsigned(toBytes(basicPolicy()));
    const PolicyLoadOutcome dev = dir.load(QDateTime::currentDateTimeUtc(), true);
    QCOMPARE(dev.status.source, PolicyStatus::Source::Development);
    QCOMPARE(dev.policy->version, QStringLiteral("dev:test-1"));
    QVERIFY(dev.keyFingerprint.isEmpty());
    // A wrong signature is not "unsigned": development mode does not excuse it.
    writeBytes(dir.signaturePath(),
               policysig::signatureText(policysig::sign(policysig::generate().secretKey, "x")));
    QCOMPARE(dir.load(QDateTime::currentDateTimeUtc(), true).status.source,
             PolicyStatus::Source::Builtin);
    // Nor an expired policy.
    dir.writeUnsigned(toBytes(basicPolicy(QDateTime::currentDateTimeUtc().addDays(-9),
                                          QDateTime::currentDateTimeUtc().addDays(-2))));
    QCOMPARE(dir.load(QDateTime::currentDateTimeUtc(), true).status.fallbackCode,
             QStringLiteral("expired"));
}

void TestPolicyLoading::expiryWarningAndGrace()
{
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject o = basicPolicy(now.addDays(-30), now.addDays(5));
    o.insert(QStringLiteral("expiry"),
             QJsonObject{{QStringLiteral("warnDays"), 14},
                         {QStringLiteral("after"), QStringLiteral("grace")},
                         {QStringLiteral("graceDays"), 7}});
    dir.writeSigned(toBytes(o));
    PolicyLoadOutcome loaded = dir.load(now);
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Signed);
    QVERIFY(loaded.status.expiringSoon);
    QVERIFY(!loaded.status.inGrace);
    loaded = dir.load(now.addDays(8)); // expired 3 days ago, grace 7
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Signed);
    QVERIFY(loaded.status.inGrace);
    loaded = dir.load(now.addDays(13)); // grace over
    QCOMPARE(loaded.status.source, PolicyStatus::Source::Builtin);
    QCOMPARE(loaded.status.fallbackCode, QStringLiteral("expired"));
    loaded = dir.load(now.addDays(-20)); // well before the warning period
    QVERIFY(!loaded.status.expiringSoon);
}

void TestPolicyLoading::reportNamesTheFallbackReason()
{
    QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    dir.writeSigned(toBytes(basicPolicy(now.addDays(-100), now.addDays(-1))));
    const QString expired = describePolicy(dir.load(now));
    QVERIFY2(expired.startsWith(QStringLiteral("Built-in default policy (offline engine only)")),
             qPrintable(expired));
    QVERIFY(expired.contains(QStringLiteral("expired on")));
    dir.writeSigned(toBytes(basicPolicy()));
    const QString ok = describePolicy(dir.load(now));
    QVERIFY2(ok.startsWith(QStringLiteral("Company policy \"test-1\" of Example Ltd, signed")),
             qPrintable(ok));
    QVERIFY(ok.contains(QStringLiteral("bedrock-eu  region eu-central-1")));
    QVERIFY(ok.contains(QStringLiteral("Confidential: bedrock-eu")));
    QVERIFY(ok.contains(QStringLiteral("eu-staff")));
}

QTEST_GUILESS_MAIN(TestPolicyLoading)
#include "test_policy_loading.moc"

// A policy that configures its providers for every user: connection fields on providers[]
// entries, "defaults" and "modelRouting"; and the bad input an administrator may write.
#include "policy/policy_parser.h"
#include "policy_fixtures.h"

#include <QJsonArray>
#include <QtTest>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

QJsonObject withBedrockConnection()
{
    QJsonObject o = basicPolicy();
    QJsonArray providers = o.value(QStringLiteral("providers")).toArray();
    QJsonObject bedrock = providers.at(0).toObject();
    bedrock.insert(QStringLiteral("protocol"), QStringLiteral("bedrock"));
    bedrock.insert(QStringLiteral("credentials"), QStringLiteral("aws-profile"));
    bedrock.insert(QStringLiteral("awsProfile"), QStringLiteral("work"));
    bedrock.insert(QStringLiteral("baseUrl"),
                   QStringLiteral("https://bedrock-runtime.eu-central-1.amazonaws.com"));
    bedrock.insert(QStringLiteral("timeouts"),
                   QJsonObject{{QStringLiteral("firstTokenMs"), 90000}});
    bedrock.insert(QStringLiteral("retries"), QJsonObject{{QStringLiteral("maxAttempts"), 4}});
    bedrock.insert(QStringLiteral("stream"), true);
    providers.replace(0, bedrock);
    o.insert(QStringLiteral("providers"), providers);
    return o;
}

QJsonObject withFirstProviderField(const QString &key, const QJsonValue &value)
{
    QJsonObject o = withBedrockConnection();
    QJsonArray providers = o.value(QStringLiteral("providers")).toArray();
    QJsonObject first = providers.at(0).toObject();
    if (value.isUndefined()) {
        first.remove(key);
    } else {
        first.insert(key, value);
    }
    providers.replace(0, first);
    o.insert(QStringLiteral("providers"), providers);
    return o;
}

} // namespace

class TestPolicyConnections final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectionIsKeptForEveryUser();
    void approvalOnlyEntriesHaveNoConnection();
    void defaultsAndRoutingAreRead();
    void badConnectionIsAClearError_data();
    void badConnectionIsAClearError();
    void badDefaultsAreAClearError_data();
    void badDefaultsAreAClearError();
};

void TestPolicyConnections::connectionIsKeptForEveryUser()
{
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(withBedrockConnection()));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
    const ApprovedProvider *bedrock = parsed->policy.findProvider(QStringLiteral("bedrock-eu"));
    QVERIFY(bedrock);
    QCOMPARE(bedrock->connection.value(QStringLiteral("protocol")).toString(),
             QStringLiteral("bedrock"));
    QCOMPARE(bedrock->connection.value(QStringLiteral("awsProfile")).toString(),
             QStringLiteral("work"));
}

void TestPolicyConnections::approvalOnlyEntriesHaveNoConnection()
{
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(basicPolicy()));
    QVERIFY(parsed.ok());
    for (const ApprovedProvider &p : parsed->policy.providers) {
        QVERIFY(p.connection.isEmpty());
    }
}

void TestPolicyConnections::defaultsAndRoutingAreRead()
{
    QJsonObject o = withBedrockConnection();
    o.insert(QStringLiteral("defaults"),
             QJsonObject{{QStringLiteral("provider"), QStringLiteral("bedrock-eu")},
                         {QStringLiteral("model"), QStringLiteral("claude-eu")}});
    o.insert(
        QStringLiteral("modelRouting"),
        QJsonObject{{QStringLiteral("workhorse"), QStringLiteral("claude-eu")},
                    {QStringLiteral("strong"), QStringLiteral("claude-eu")},
                    {QStringLiteral("categories"),
                     QJsonObject{{QStringLiteral("extract"), QStringLiteral("claude-eu")}}},
                    {QStringLiteral("templates"),
                     QJsonObject{{QStringLiteral("i9-fields"), QStringLiteral("claude-eu")}}}});
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(o));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const ModelRouting &r = parsed->policy.modelRouting;
    QCOMPARE(r.defaultProvider, QStringLiteral("bedrock-eu"));
    QCOMPARE(r.defaultModel, QStringLiteral("claude-eu"));
    QCOMPARE(r.workhorse, QStringLiteral("claude-eu"));
    QCOMPARE(r.byCategory.value(QStringLiteral("extract")), QStringLiteral("claude-eu"));
    QCOMPARE(r.byTemplate.value(QStringLiteral("i9-fields")), QStringLiteral("claude-eu"));
}

void TestPolicyConnections::badConnectionIsAClearError_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret") << QStringLiteral("apiKey") << QJsonValue(QStringLiteral("sk-1"))
                            << QStringLiteral("providers[0].apiKey");
    QTest::newRow("unknown protocol")
        << QStringLiteral("protocol") << QJsonValue(QStringLiteral("carrier-pigeon"))
        << QStringLiteral("providers[0].protocol");
    QTest::newRow("protocol not text")
        << QStringLiteral("protocol") << QJsonValue(7) << QStringLiteral("providers[0].protocol");
    QTest::newRow("not a URL") << QStringLiteral("baseUrl") << QJsonValue(QStringLiteral("ftp://x"))
                               << QStringLiteral("providers[0].baseUrl");
    QTest::newRow("URL past the approved endpoint")
        << QStringLiteral("baseUrl") << QJsonValue(QStringLiteral("https://elsewhere.invalid"))
        << QStringLiteral("approved endpoint");
    QTest::newRow("unknown credentials")
        << QStringLiteral("credentials") << QJsonValue(QStringLiteral("post-it"))
        << QStringLiteral("providers[0].credentials");
    QTest::newRow("stream not boolean")
        << QStringLiteral("stream") << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("providers[0].stream");
    QTest::newRow("timeout negative")
        << QStringLiteral("timeouts") << QJsonValue(QJsonObject{{QStringLiteral("idleMs"), -5}})
        << QStringLiteral("providers[0].timeouts.idleMs");
    QTest::newRow("Bedrock without region")
        << QStringLiteral("region") << QJsonValue() << QStringLiteral("providers[0].region");
}

void TestPolicyConnections::badConnectionIsAClearError()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(withFirstProviderField(key, value)));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Corrupt);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestPolicyConnections::badDefaultsAreAClearError_data()
{
    QTest::addColumn<QJsonObject>("defaults");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown provider")
        << QJsonObject{{QStringLiteral("provider"), QStringLiteral("nobody")}}
        << QStringLiteral("defaults.provider");
    QTest::newRow("model the provider does not approve")
        << QJsonObject{{QStringLiteral("provider"), QStringLiteral("bedrock-eu")},
                       {QStringLiteral("model"), QStringLiteral("gpt-test")}}
        << QStringLiteral("defaults.model");
    QTest::newRow("model without provider")
        << QJsonObject{{QStringLiteral("model"), QStringLiteral("claude-eu")}}
        << QStringLiteral("defaults.provider");
    QTest::newRow("provider not text")
        << QJsonObject{{QStringLiteral("provider"), 3}} << QStringLiteral("defaults.provider");
}

void TestPolicyConnections::badDefaultsAreAClearError()
{
    QFETCH(QJsonObject, defaults);
    QFETCH(QString, expected);
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("defaults"), defaults);
    const Result<ParsedPolicy> parsed = parsePolicy(toBytes(o));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    // A routing section of the wrong shape is refused as well, naming the field.
    QJsonObject routing = basicPolicy();
    routing.insert(QStringLiteral("modelRouting"),
                   QJsonObject{{QStringLiteral("categories"), QStringLiteral("extract")}});
    const Result<ParsedPolicy> badRouting = parsePolicy(toBytes(routing));
    QVERIFY(!badRouting.ok());
    QVERIFY(badRouting.error().message.contains(QStringLiteral("modelRouting.categories")));
}

QTEST_GUILESS_MAIN(TestPolicyConnections)
#include "test_policy_connections.moc"

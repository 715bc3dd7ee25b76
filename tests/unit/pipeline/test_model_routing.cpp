// Routing and defaults (data-driven), and where providers come from: the policy's connections
// for every user, a user's providers.json adding to them but never redirecting one.
#include "pipeline/model_routing.h"
#include "pipeline/provider_sources.h"

#include <QJsonDocument>
#include <QtTest>

using namespace promptdesk;
using namespace Qt::StringLiterals;

namespace {

ProviderDescriptor bedrock()
{
    ProviderDescriptor d;
    d.id = QStringLiteral("bedrock-eu");
    d.models = {{QStringLiteral("haiku"), {}, 200000, 1, 5},
                {QStringLiteral("sonnet"), {}, 200000, 3, 15},
                {QStringLiteral("opus"), {}, 200000, 15, 75}};
    d.defaultModel = QStringLiteral("haiku");
    return d;
}

Template templateOf(const QString &id, TemplateCategory category, ModelTier tier)
{
    Template t;
    t.id = id;
    t.category = category;
    t.modelTier = tier;
    return t;
}

ModelRouting companyRouting()
{
    ModelRouting r;
    r.defaultProvider = QStringLiteral("bedrock-eu");
    r.workhorse = QStringLiteral("haiku");
    r.strong = QStringLiteral("sonnet");
    r.byCategory.insert(QStringLiteral("extract"), QStringLiteral("sonnet"));
    r.byCategory.insert(QStringLiteral("reduce"), QStringLiteral("sonnet"));
    r.byTemplate.insert(QStringLiteral("i9-fields"), QStringLiteral("opus"));
    return r;
}

} // namespace

class TestModelRouting final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void routesModels_data();
    void routesModels();
    void defaultProvider_data();
    void defaultProvider();
    void policyConnectionsComeFirstAndCannotBeRedirected();
    void brokenPolicyConnectionIsReportedNotUsed();
};

void TestModelRouting::routesModels_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("withPolicy");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("reduce");
    const int summarise = static_cast<int>(TemplateCategory::Summarise);
    const int extract = static_cast<int>(TemplateCategory::Extract);
    const int workhorse = static_cast<int>(ModelTier::Workhorse);
    const int strong = static_cast<int>(ModelTier::Strong);
    QTest::newRow("no policy: provider default")
        << u"summarise"_s << summarise << workhorse << QString() << false << u"haiku"_s
        << u"haiku"_s << u"haiku"_s;
    QTest::newRow("no policy: strong tier takes the priciest")
        << u"drivers-licence"_s << extract << strong << QString() << false << u"opus"_s
        << u"haiku"_s << u"opus"_s;
    QTest::newRow("policy: summary on the workhorse, reduce on the strong model")
        << u"summarise"_s << summarise << workhorse << QString() << true << u"haiku"_s << u"haiku"_s
        << u"sonnet"_s;
    QTest::newRow("policy: extraction category")
        << u"extract-action-items"_s << extract << workhorse << QString() << true << u"sonnet"_s
        << u"haiku"_s << u"sonnet"_s;
    QTest::newRow("policy: template id beats category")
        << u"i9-fields"_s << extract << strong << QString() << true << u"opus"_s << u"haiku"_s
        << u"sonnet"_s;
    QTest::newRow("policy: strong tier") << u"drivers-licence"_s << summarise << strong << QString()
                                         << true << u"sonnet"_s << u"haiku"_s << u"sonnet"_s;
    QTest::newRow("the user's choice answers everything")
        << u"summarise"_s << summarise << workhorse << u"opus"_s << true << u"opus"_s << u"opus"_s
        << u"opus"_s;
}

void TestModelRouting::routesModels()
{
    QFETCH(QString, templateId);
    QFETCH(int, category);
    QFETCH(int, tier);
    QFETCH(QString, chosen);
    QFETCH(bool, withPolicy);
    QFETCH(QString, answer);
    QFETCH(QString, map);
    QFETCH(QString, reduce);
    const ModelRoute route =
        routeModels(bedrock(),
                    templateOf(templateId, static_cast<TemplateCategory>(category),
                               static_cast<ModelTier>(tier)),
                    chosen, withPolicy ? companyRouting() : ModelRouting{});
    QCOMPARE(route.answer, answer);
    QCOMPARE(route.map, map);
    QCOMPARE(route.reduce, reduce);
}

void TestModelRouting::defaultProvider_data()
{
    QTest::addColumn<QString>("policyDefault");
    QTest::addColumn<QStringList>("approved");
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QString>("expected");
    QTest::newRow("built-in policy")
        << QString() << QStringList{u"offline"_s} << QStringList{u"offline"_s} << u"offline"_s;
    QTest::newRow("first approved remote, policy order")
        << QString() << QStringList{u"offline"_s, u"bedrock-eu"_s, u"anthropic"_s}
        << QStringList{u"offline"_s, u"anthropic"_s, u"bedrock-eu"_s} << u"bedrock-eu"_s;
    QTest::newRow("the policy's default")
        << u"anthropic"_s << QStringList{u"bedrock-eu"_s, u"anthropic"_s}
        << QStringList{u"offline"_s, u"anthropic"_s, u"bedrock-eu"_s} << u"anthropic"_s;
    QTest::newRow("default not configured here: next approved")
        << u"anthropic"_s << QStringList{u"anthropic"_s, u"bedrock-eu"_s}
        << QStringList{u"offline"_s, u"bedrock-eu"_s} << u"bedrock-eu"_s;
    QTest::newRow("nothing remote configured: offline")
        << QString() << QStringList{u"bedrock-eu"_s} << QStringList{u"offline"_s} << u"offline"_s;
}

void TestModelRouting::defaultProvider()
{
    QFETCH(QString, policyDefault);
    QFETCH(QStringList, approved);
    QFETCH(QStringList, configured);
    QFETCH(QString, expected);
    ModelRouting routing;
    routing.defaultProvider = policyDefault;
    QCOMPARE(defaultProviderFor(routing, approved,
                                [&](const QString &id) { return configured.contains(id); }),
             expected);
}

void TestModelRouting::policyConnectionsComeFirstAndCannotBeRedirected()
{
    Policy policy;
    ApprovedProvider approved;
    approved.id = QStringLiteral("bedrock-eu");
    approved.region = QStringLiteral("eu-central-1");
    approved.models = {{QStringLiteral("eu.anthropic.claude-haiku-4-5-20251001-v1:0"), 2, 9}};
    approved.connection = QJsonDocument::fromJson(R"({"id":"bedrock-eu","protocol":"bedrock",
          "region":"eu-central-1","credentials":"aws-profile",
          "models":[{"id":"eu.anthropic.claude-haiku-4-5-20251001-v1:0"}]})")
                              .object();
    policy.providers = {approved};
    ApprovedProvider approveOnly;
    approveOnly.id = QStringLiteral("anthropic");
    policy.providers.append(approveOnly);

    ProviderEntry redirect;
    redirect.id = QStringLiteral("bedrock-eu");
    redirect.protocol = WireProtocol::Bedrock;
    redirect.region = QStringLiteral("us-east-1");
    redirect.baseUrl = QStringLiteral("https://proxy.example.invalid");
    ProviderEntry own;
    own.id = QStringLiteral("anthropic");
    own.protocol = WireProtocol::Anthropic;

    const ProviderSources sources = resolveProviderSources(policy, {redirect, own});
    QCOMPARE(sources.policyConfigured, QStringList{QStringLiteral("bedrock-eu")});
    QCOMPARE(sources.entries.size(), 2);
    QCOMPARE(sources.entries.at(0).id, QStringLiteral("bedrock-eu"));
    QCOMPARE(sources.entries.at(0).region, QStringLiteral("eu-central-1")); // not the user's
    QCOMPARE(sources.entries.at(0).models.first().inputPricePerMTok, 2.0);  // the policy's price
    QCOMPARE(sources.entries.at(1).id, QStringLiteral("anthropic"));
    QCOMPARE(sources.refused.size(), 1);
    QCOMPARE(sources.refused.first().rule, QStringLiteral("providers.connection"));
    QVERIFY(sources.refused.first().reason.contains(QStringLiteral("proxy.example.invalid")));
}

void TestModelRouting::brokenPolicyConnectionIsReportedNotUsed()
{
    Policy policy;
    ApprovedProvider broken;
    broken.id = QStringLiteral("bedrock-eu");
    broken.connection =
        QJsonDocument::fromJson(R"({"id":"bedrock-eu","protocol":"bedrock"})").object();
    policy.providers = {broken};
    const ProviderSources sources = resolveProviderSources(policy, {});
    QVERIFY(sources.entries.isEmpty());
    QCOMPARE(sources.problems.size(), 1);
    QVERIFY2(sources.problems.first().contains(QStringLiteral("region")),
             qPrintable(sources.problems.first()));
}

QTEST_GUILESS_MAIN(TestModelRouting)
#include "test_model_routing.moc"

// The gate over a loaded policy: each block names its rule; data classes, routing, models,
// endpoints, budgets; spend derived from the audit log; policy-loaded audit events.
#include "audit/sqlite_audit_log.h"
#include "policy/audit_spend.h"
#include "policy/policy_audit.h"
#include "policy/policy_redaction.h"
#include "policy/signed_policy_gate.h"
#include "policy_fixtures.h"
#include "redaction/pattern_redactor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;
using promptdesk::testing::basicPolicy;
using promptdesk::testing::PolicyDir;
using promptdesk::testing::toBytes;
using promptdesk::testing::writeBytes;

namespace {

ProviderDescriptor descriptor(const QString &id, const QString &region, const QString &host,
                              const QString &model)
{
    ProviderDescriptor d;
    d.id = id;
    d.region = region;
    d.endpointHost = host;
    d.defaultModel = model;
    return d;
}

ProviderDescriptor bedrockEu()
{
    return descriptor(QStringLiteral("bedrock-eu"), QStringLiteral("eu-central-1"),
                      QStringLiteral("bedrock-runtime.eu-central-1.amazonaws.com"),
                      QStringLiteral("claude-eu"));
}

ProviderDescriptor bedrockUs()
{
    return descriptor(QStringLiteral("bedrock-us"), QStringLiteral("us-east-1"),
                      QStringLiteral("bedrock-runtime.us-east-1.amazonaws.com"),
                      QStringLiteral("claude-us"));
}

ProviderDescriptor openai()
{
    return descriptor(QStringLiteral("openai"), QString(), QStringLiteral("api.openai.com"),
                      QStringLiteral("gpt-test"));
}

ProviderDescriptor offline()
{
    return descriptor(QStringLiteral("offline"), QString(), QString(),
                      QStringLiteral("extractive"));
}

ProviderRequest request(int chars = 4000, const QString &templateId = QStringLiteral("summarise"))
{
    ProviderRequest r;
    r.messages.append({QStringLiteral("user"), QString(chars, QLatin1Char('x'))});
    r.params.maxTokens = 1000;
    r.task.templateId = templateId;
    return r;
}

PolicyLoadOutcome loadedFrom(const QJsonObject &policy)
{
    static QTemporaryDir tmp; // one folder, rewritten per call
    PolicyDir dir(tmp.path());
    dir.writeSigned(toBytes(policy));
    PolicyLoadOutcome loaded = dir.load();
    Q_ASSERT(loaded.status.source == PolicyStatus::Source::Signed);
    return loaded;
}

UserContext user(const QString &zone = QStringLiteral("America/New_York"),
                 const QString &name = QStringLiteral("sam"))
{
    return {name, QStringLiteral("US"), zone};
}

SendContext context(const QString &dataClass = {}, const QMap<QString, int> &counts = {})
{
    SendContext c;
    c.requestedDataClass = dataClass;
    c.redactionCounts = counts;
    return c;
}

} // namespace

class TestPolicyGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinFallbackAllowsOfflineOnly();
    void approvedProviderAndModel();
    void unapprovedProviderNamesTheRule();
    void dataClassDecidesProviders();
    void piiRaisesTheDataClass();
    void endpointRegionAndModelMustMatch();
    void euUserIsRoutedToEuOnly();
    void templatesCanBeRestricted();
    void budgetWarnsThenBlocks();
    void costEstimateUsesPolicyPrices();
    void spendComesFromTheAuditLog();
    void policyLoadedIsAuditedOncePerChange();
    void redactionRulesReachTheRedactor();
    void lockedSettingsAreExposed();
};

void TestPolicyGate::builtinFallbackAllowsOfflineOnly()
{
    PolicyLoadOptions options;
    options.directory = QStringLiteral("/nonexistent/promptdesk-policy");
    options.nowUtc = QDateTime::currentDateTimeUtc();
    const SignedPolicyGate gate(PolicyLoader::load(options), user());
    QCOMPARE(gate.policyVersion(), QStringLiteral("builtin-1"));
    QCOMPARE(gate.status().fallbackCode, QStringLiteral("missing"));
    QVERIFY(gate.evaluate(offline(), request(), context(QStringLiteral("Restricted"))).allowed);
    for (const ProviderDescriptor &d : {bedrockEu(), openai()}) {
        const PolicyDecision decision =
            gate.evaluate(d, request(), context(QStringLiteral("Public")));
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.rule, QStringLiteral("providers.approved"));
        QVERIFY(decision.reason.contains(QStringLiteral("built-in policy")));
    }
    // An "offline" id that points at a network host is not the offline engine.
    QVERIFY(!gate.evaluate(descriptor(QStringLiteral("offline"), {},
                                      QStringLiteral("evil.example.com"), {}),
                           request(), context())
                 .allowed);
}

void TestPolicyGate::approvedProviderAndModel()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    const PolicyDecision d = gate.evaluate(bedrockEu(), request(), context());
    QVERIFY2(d.allowed, qPrintable(d.reason));
    QCOMPARE(d.dataClass, QStringLiteral("Internal"));
    QCOMPARE(d.rule, QStringLiteral("dataClasses.Internal"));
    QCOMPARE(gate.policyVersion(), QStringLiteral("test-1"));
}

void TestPolicyGate::unapprovedProviderNamesTheRule()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    const PolicyDecision d =
        gate.evaluate(descriptor(QStringLiteral("mistral"), {}, QStringLiteral("api.mistral.ai"),
                                 QStringLiteral("m")),
                      request(), context());
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("providers.approved"));
    QCOMPARE(d.reason,
             QStringLiteral("provider \"mistral\" is not approved by the company policy"));
}

void TestPolicyGate::dataClassDecidesProviders()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    QVERIFY(gate.evaluate(openai(), request(), context(QStringLiteral("Public"))).allowed);
    const PolicyDecision d =
        gate.evaluate(openai(), request(), context(QStringLiteral("Confidential")));
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("dataClasses.Confidential"));
    QCOMPARE(d.reason, QStringLiteral("provider \"openai\" is not approved for Confidential data"));
    QCOMPARE(d.dataClass, QStringLiteral("Confidential"));
    // Restricted: offline only.
    QVERIFY(!gate.evaluate(bedrockEu(), request(), context(QStringLiteral("restricted"))).allowed);
    QVERIFY(gate.evaluate(offline(), request(), context(QStringLiteral("Restricted"))).allowed);
    // Default class (Internal) excludes openai; a class that is not one is refused.
    QCOMPARE(gate.evaluate(openai(), request(), context()).rule,
             QStringLiteral("dataClasses.Internal"));
    const PolicyDecision unknown =
        gate.evaluate(bedrockEu(), request(), context(QStringLiteral("Secret")));
    QVERIFY(!unknown.allowed);
    QCOMPARE(unknown.rule, QStringLiteral("dataClasses"));
}

void TestPolicyGate::piiRaisesTheDataClass()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    QCOMPARE(gate.effectiveDataClass(QStringLiteral("Public"), {{QStringLiteral("EMAIL"), 3}}),
             DataClass::Public);
    QCOMPARE(gate.effectiveDataClass(QStringLiteral("Public"), {{QStringLiteral("IBAN"), 1}}),
             DataClass::Confidential);
    QCOMPARE(gate.effectiveDataClass(
                 {}, {{QStringLiteral("credit_card"), 1}, {QStringLiteral("IBAN"), 1}}),
             DataClass::Restricted);
    QCOMPARE(
        gate.effectiveDataClass(QStringLiteral("Public"), {{QStringLiteral("CREDIT_CARD"), 0}}),
        DataClass::Public);
    // Never lowered by what was found.
    QCOMPARE(gate.effectiveDataClass(QStringLiteral("Restricted"), {{QStringLiteral("IBAN"), 1}}),
             DataClass::Restricted);
    const PolicyDecision d = gate.evaluate(
        openai(), request(), context(QStringLiteral("Public"), {{QStringLiteral("IBAN"), 2}}));
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason, QStringLiteral("provider \"openai\" is not approved for Confidential data"));
}

void TestPolicyGate::endpointRegionAndModelMustMatch()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    ProviderDescriptor moved = bedrockEu();
    moved.endpointHost = QStringLiteral("127.0.0.1");
    QCOMPARE(gate.evaluate(moved, request(), context()).rule, QStringLiteral("providers.endpoint"));
    ProviderDescriptor otherRegion = bedrockEu();
    otherRegion.region = QStringLiteral("eu-west-1");
    QCOMPARE(gate.evaluate(otherRegion, request(), context()).rule,
             QStringLiteral("providers.region"));
    ProviderRequest r = request();
    r.model = QStringLiteral("claude-opus-unapproved");
    const PolicyDecision d = gate.evaluate(bedrockEu(), r, context());
    QCOMPARE(d.rule, QStringLiteral("providers.models"));
    QVERIFY(d.reason.contains(QStringLiteral("\"claude-opus-unapproved\"")));
}

void TestPolicyGate::euUserIsRoutedToEuOnly()
{
    const PolicyLoadOutcome loaded = loadedFrom(basicPolicy());
    const SignedPolicyGate eu(loaded, user(QStringLiteral("Europe/Berlin")));
    QVERIFY(eu.routingRule());
    QCOMPARE(eu.routingRule()->name, QStringLiteral("eu-staff"));
    QVERIFY(eu.evaluate(bedrockEu(), request(), context()).allowed);
    const PolicyDecision us = eu.evaluate(bedrockUs(), request(), context());
    QVERIFY(!us.allowed);
    QCOMPARE(us.rule, QStringLiteral("routing.eu-staff"));
    QVERIFY(us.reason.contains(QStringLiteral("us-east-1")));
    // A provider with no region is outside "eu-*" too.
    QCOMPARE(eu.evaluate(openai(), request(), context(QStringLiteral("Public"))).rule,
             QStringLiteral("routing.eu-staff"));
    // Staff elsewhere may use either region.
    const SignedPolicyGate elsewhere(loaded, user(QStringLiteral("America/New_York")));
    QVERIFY(!elsewhere.routingRule());
    QVERIFY(elsewhere.evaluate(bedrockUs(), request(), context()).allowed);
}

void TestPolicyGate::templatesCanBeRestricted()
{
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("templates"),
             QJsonObject{{QStringLiteral("allowed"), QJsonArray{QStringLiteral("summarise")}}});
    const SignedPolicyGate gate(loadedFrom(o), user());
    QVERIFY(gate.evaluate(bedrockEu(), request(), context()).allowed);
    const PolicyDecision d =
        gate.evaluate(offline(), request(100, QStringLiteral("rewrite")), context());
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("templates.allowed"));
}

void TestPolicyGate::budgetWarnsThenBlocks()
{
    // Limit $10; each request estimates 1000 in x $3 + 1000 out x $15 = $0.018.
    double spent = 0;
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user(),
                                [&spent](const QString &, const QDateTime &) { return spent; });
    PolicyDecision d = gate.evaluate(bedrockEu(), request(), context());
    QVERIFY(d.allowed);
    QVERIFY(d.warnings.isEmpty());
    spent = 8.5; // 85%
    d = gate.evaluate(bedrockEu(), request(), context());
    QVERIFY(d.allowed);
    QCOMPARE(d.warnings.size(), 1);
    QVERIFY2(d.warnings.first().contains(QStringLiteral("85%")), qPrintable(d.warnings.first()));
    spent = 9.99;
    d = gate.evaluate(bedrockEu(), request(), context());
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("budgets.monthly"));
    QVERIFY(d.reason.contains(QStringLiteral("$10.00")));
    // The offline engine costs nothing and is never blocked by a budget.
    QVERIFY(gate.evaluate(offline(), request(), context()).allowed);
    // A per-user budget overrides the default.
    SendContext lead = context();
    lead.userName = QStringLiteral("lead");
    QVERIFY(gate.evaluate(bedrockEu(), request(), lead).allowed);
}

void TestPolicyGate::costEstimateUsesPolicyPrices()
{
    QCOMPARE(estimateInputTokens(request(4000)), qint64(1000));
    PolicyModel model{QStringLiteral("m"), 3, 15};
    QCOMPARE(estimateCostUsd(model, request(4000)), (1000 * 3.0 + 1000 * 15.0) / 1e6);
    model.outputPricePerMTok = -1;
    QVERIFY(estimateCostUsd(model, request()) < 0);
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    QCOMPARE(gate.evaluate(bedrockEu(), request(4000), context()).estimatedCostUsd, 0.018);
}

void TestPolicyGate::spendComesFromTheAuditLog()
{
    QTemporaryDir tmp;
    auto audit = SqliteAuditLog::open(tmp.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(audit);
    AuditEvent e;
    e.action = QStringLiteral("response");
    e.user = QStringLiteral("sam");
    e.providerId = QStringLiteral("bedrock-eu");
    e.modelRequested = QStringLiteral("claude-eu");
    e.tokensIn = 1'000'000;
    e.tokensOut = 100'000;
    QVERIFY(audit.value()->append(e)); // $3 + $1.5
    e.user = QStringLiteral("someone-else");
    QVERIFY(audit.value()->append(e));
    e.user = QStringLiteral("sam");
    e.action = QStringLiteral("request");
    QVERIFY(audit.value()->append(e)); // requests carry no usage
    const PolicyLoadOutcome loaded = loadedFrom(basicPolicy());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(auditSpendThisMonth(*audit.value(), *loaded.policy, QStringLiteral("sam"), now), 4.5);
    QCOMPARE(auditSpendThisMonth(*audit.value(), *loaded.policy, QStringLiteral("sam"),
                                 now.addMonths(1)),
             0.0);
}

void TestPolicyGate::policyLoadedIsAuditedOncePerChange()
{
    QTemporaryDir tmp;
    auto audit = SqliteAuditLog::open(tmp.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(audit);
    const QString state = tmp.filePath(QStringLiteral("policy-state"));
    PolicyLoadOptions options;
    options.directory = tmp.filePath(QStringLiteral("no-policy-here"));
    options.nowUtc = QDateTime::currentDateTimeUtc();
    const PolicyLoadOutcome missing = PolicyLoader::load(options);
    QVERIFY(auditPolicyLoaded(*audit.value(), missing, state, QStringLiteral("sam"),
                              QStringLiteral("pc")));
    QVERIFY(auditPolicyLoaded(*audit.value(), missing, state, QStringLiteral("sam"),
                              QStringLiteral("pc")));
    const PolicyLoadOutcome loaded = loadedFrom(basicPolicy());
    QVERIFY(auditPolicyLoaded(*audit.value(), loaded, state, QStringLiteral("sam"),
                              QStringLiteral("pc")));
    const auto events = audit.value()->events();
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    const AuditEvent &first = events->at(0).event;
    QCOMPARE(first.action, QStringLiteral("policy-loaded"));
    QCOMPARE(first.status, QStringLiteral("fallback"));
    QCOMPARE(first.policyRule, QStringLiteral("missing"));
    QCOMPARE(first.policyVersion, QStringLiteral("builtin-1"));
    QCOMPARE(events->at(1).event.status, QStringLiteral("loaded"));
    QCOMPARE(events->at(1).event.policyVersion, QStringLiteral("test-1"));
}

void TestPolicyGate::redactionRulesReachTheRedactor()
{
    RedactionRules rules;
    rules.customTerms = {QStringLiteral("Project Kestrel")};
    rules.allowList = {QStringLiteral("help@example.com")};
    rules.mandatoryTypes = {QStringLiteral("EMAIL")};
    RedactionConfig config = redactionConfigFor(rules);
    QCOMPARE(config.customTerms, rules.customTerms);
    QCOMPARE(config.allowList, rules.allowList);
    QCOMPARE(config.mandatoryTypes, rules.mandatoryTypes);
    QCOMPARE(config.employeeIdPatterns, RedactionConfig().employeeIdPatterns); // defaults kept
    rules.employeeIdPatterns = {QStringLiteral("EX-[0-9]{6}")};
    QCOMPARE(redactionConfigFor(rules).employeeIdPatterns, rules.employeeIdPatterns);

    const auto redactor = PatternRedactor::withConfig(redactionConfigFor(rules));
    const RedactedText out = redactor->redact(
        QStringLiteral("Project Kestrel starts Monday; ask help@example.com or jo@example.com."));
    QVERIFY2(!out.text.contains(QStringLiteral("Kestrel")), qPrintable(out.text));
    QVERIFY(out.text.contains(QStringLiteral("help@example.com")));
    QVERIFY(!out.text.contains(QStringLiteral("jo@example.com")));
}

void TestPolicyGate::lockedSettingsAreExposed()
{
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("lockedSettings"),
             QJsonObject{{QStringLiteral("history.enabled"),
                          QJsonObject{{QStringLiteral("value"), true},
                                      {QStringLiteral("reason"),
                                       QStringLiteral("Compliance keeps 30 days.")}}}});
    const SignedPolicyGate gate(loadedFrom(o), user());
    const std::optional<LockedSetting> locked =
        gate.lockedSetting(QStringLiteral("history.enabled"));
    QVERIFY(locked);
    QCOMPARE(locked->value, QStringLiteral("true"));
    QCOMPARE(locked->reason, QStringLiteral("Compliance keeps 30 days."));
    QVERIFY(!gate.lockedSetting(QStringLiteral("ui.language")));
    const PolicyGate &asGate = gate;
    QCOMPARE(asGate.lockedSettings().size(), 1);
}

QTEST_GUILESS_MAIN(TestPolicyGate)
#include "test_policy_gate.moc"

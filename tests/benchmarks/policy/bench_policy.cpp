// Figures, not a timed test: how many gate evaluations per second the signed-policy gate
// manages next to the built-in offline-only gate, and how long loading + verifying a policy
// takes next to merely parsing the same JSON with QJsonDocument. Fails only if the gate or
// the load gives a wrong answer.
#include "policy/builtin_policy.h"
#include "policy/signed_policy_gate.h"
#include "policy_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace promptdesk;

namespace {

template<typename F> double perSecond(int iterations, F &&body)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        body(i);
    }
    const qint64 ns = std::max<qint64>(1, timer.nsecsElapsed());
    return iterations * 1e9 / static_cast<double>(ns);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    testing::PolicyDir dir(tmp.path());
    const QByteArray json = testing::toBytes(testing::basicPolicy());
    dir.writeSigned(json);

    const PolicyLoadOutcome loaded = dir.load();
    if (loaded.status.source != PolicyStatus::Source::Signed) {
        std::fprintf(stderr, "the benchmark policy did not load\n");
        return 1;
    }
    const SignedPolicyGate gate(
        loaded, {QStringLiteral("sam"), QStringLiteral("DE"), QStringLiteral("Europe/Berlin")},
        [](const QString &, const QDateTime &) { return 1.0; });
    const BuiltinPolicy builtin({QStringLiteral("bedrock-eu")});
    ProviderDescriptor provider;
    provider.id = QStringLiteral("bedrock-eu");
    provider.region = QStringLiteral("eu-central-1");
    provider.endpointHost = QStringLiteral("bedrock-runtime.eu-central-1.amazonaws.com");
    provider.defaultModel = QStringLiteral("claude-eu");
    ProviderRequest request;
    request.messages.append({QStringLiteral("user"), QString(8000, QLatin1Char('x'))});
    request.task.templateId = QStringLiteral("summarise");
    SendContext context;
    context.redactionCounts = {{QStringLiteral("EMAIL"), 2}, {QStringLiteral("PHONE"), 1}};

    int allowed = 0;
    const int n = 200'000;
    const double reference =
        perSecond(n, [&](int) { allowed += builtin.evaluate(provider, request, context).allowed; });
    const double signedRate =
        perSecond(n, [&](int) { allowed += gate.evaluate(provider, request, context).allowed; });
    if (allowed != 2 * n) {
        std::fprintf(stderr, "the gate refused an approved send\n");
        return 1;
    }

    const int loads = 300;
    int ok = 0;
    const double parseRate =
        perSecond(loads, [&](int) { ok += QJsonDocument::fromJson(json).isObject(); });
    const double loadRate = perSecond(
        loads, [&](int) { ok += dir.load().status.source == PolicyStatus::Source::Signed; });
    if (ok != 2 * loads) {
        std::fprintf(stderr, "a policy load failed\n");
        return 1;
    }

    std::printf(
        "policy gate: %.0f evaluations/s (built-in offline-only gate: %.0f/s, ratio %.2f)\n",
        signedRate, reference, signedRate / reference);
    std::printf("policy load+verify+parse: %.3f ms each (%d-byte policy; plain QJsonDocument parse "
                "%.3f ms, ratio %.1f)\n",
                1000.0 / loadRate, static_cast<int>(json.size()), 1000.0 / parseRate,
                parseRate / loadRate);
    return 0;
}

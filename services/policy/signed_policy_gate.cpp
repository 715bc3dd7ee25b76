#include "policy/signed_policy_gate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace promptdesk {

namespace {

bool globMatches(const QStringList &patterns, const QString &value)
{
    for (const QString &pattern : patterns) {
        if (QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive)
                .match(value)
                .hasMatch()) {
            return true;
        }
    }
    return false;
}

QString money(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', 2);
}

} // namespace

UserContext UserContext::fromSystem(const QString &userName)
{
    UserContext user;
    user.userName = userName;
    user.country = QLocale::territoryToCode(QLocale::system().territory());
    user.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return user;
}

double estimateCostUsd(const PolicyModel &model, const ProviderRequest &request)
{
    return estimateRequestCostUsd(request, model.inputPricePerMTok, model.outputPricePerMTok);
}

SignedPolicyGate::SignedPolicyGate(PolicyLoadOutcome loaded, UserContext user, SpendLookup spend,
                                   std::function<QDateTime()> clock)
    : m_loaded(std::move(loaded))
    , m_user(std::move(user))
    , m_spend(std::move(spend))
    , m_clock(std::move(clock))
{
    if (!m_loaded.policy) {
        m_loaded.policy = PolicyLoader::builtinPolicy();
    }
    if (!m_clock) {
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
}

std::optional<DataClass>
SignedPolicyGate::effectiveDataClass(const QString &requested,
                                     const QMap<QString, int> &counts) const
{
    const Policy &p = *m_loaded.policy;
    DataClass result = p.defaultDataClass;
    if (!requested.isEmpty()) {
        const std::optional<DataClass> chosen = dataClassFromName(requested);
        if (!chosen) {
            return std::nullopt;
        }
        result = *chosen;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0) {
            const auto raise = p.raiseWhenFound.constFind(it.key().toUpper());
            if (raise != p.raiseWhenFound.cend()) {
                result = higherOf(result, raise.value());
            }
        }
    }
    return result;
}

const RoutingRule *SignedPolicyGate::routingRule() const
{
    for (const RoutingRule &rule : m_loaded.policy->routing) {
        const bool user = rule.users.isEmpty() || globMatches(rule.users, m_user.userName);
        const bool country = rule.countries.isEmpty() ||
                             rule.countries.contains(m_user.country, Qt::CaseInsensitive);
        const bool zone = rule.timeZones.isEmpty() || globMatches(rule.timeZones, m_user.timeZone);
        if (user && country && zone) {
            return &rule;
        }
    }
    return nullptr;
}

QMap<QString, LockedSetting> SignedPolicyGate::lockedSettings() const
{
    QMap<QString, LockedSetting> locked = m_loaded.policy->lockedSettings;
    const int days = m_loaded.policy->historyRetentionDays;
    if (days < 0) {
        return locked;
    }
    const QString retentionKey = QStringLiteral("history.retentionDays");
    const QString enabledKey = QStringLiteral("history.enabled");
    // No reason of its own: the window words it from the value, in the user's language.
    if (days == 0 && !locked.contains(enabledKey)) {
        locked.insert(enabledKey, {enabledKey, QStringLiteral("false"), QString()});
    } else if (days > 0 && !locked.contains(retentionKey)) {
        locked.insert(retentionKey, {retentionKey, QString::number(days), QString()});
    }
    return locked;
}

QStringList SignedPolicyGate::approvedProviderIds() const
{
    QStringList ids;
    for (const ApprovedProvider &provider : m_loaded.policy->providers) {
        ids.append(provider.id);
    }
    return ids;
}

QString SignedPolicyGate::dataClassFor(const QString &requested,
                                       const QMap<QString, int> &redactionCounts) const
{
    const std::optional<DataClass> effective = effectiveDataClass(requested, redactionCounts);
    return effective ? dataClassName(*effective) : QString();
}

std::optional<ApprovedProvider> SignedPolicyGate::approvedProvider(const QString &id) const
{
    const ApprovedProvider *approved = m_loaded.policy->findProvider(id);
    return approved ? std::optional<ApprovedProvider>(*approved) : std::nullopt;
}

std::pair<double, double> SignedPolicyGate::monthSpendAndBudget(const QString &user) const
{
    const QString who = user.isEmpty() ? m_user.userName : user;
    const double limit = m_loaded.policy->budgets.limitFor(who);
    if (limit < 0) {
        return {-1, -1};
    }
    return {m_spend ? m_spend(who, m_clock()) : 0.0, limit};
}

PolicyDecision SignedPolicyGate::evaluate(const ProviderDescriptor &provider,
                                          const ProviderRequest &request,
                                          const SendContext &context) const
{
    const Policy &p = *m_loaded.policy;
    const std::optional<DataClass> dataClass =
        effectiveDataClass(context.requestedDataClass, context.redactionCounts);
    if (!dataClass) {
        return PolicyDecision::block(
            QStringLiteral("dataClasses"),
            QStringLiteral(
                "\"%1\" is not a data class (Public, Internal, Confidential, Restricted)")
                .arg(context.requestedDataClass.left(60)));
    }
    const QString className = dataClassName(*dataClass);
    // The provider and model as the policy lists them, looked up once; their price gives the
    // estimate, which a refusal carries too, so a blocked send is audited like any other.
    const ApprovedProvider *approved = p.findProvider(provider.id);
    const QString model = request.model.isEmpty() ? provider.defaultModel : request.model;
    const PolicyModel *approvedModel = approved ? approved->findModel(model) : nullptr;
    const double estimatedCost = approvedModel ? estimateCostUsd(*approvedModel, request) : -1;
    auto blocked = [&](const QString &rule, const QString &reason) {
        PolicyDecision d = PolicyDecision::block(rule, reason);
        d.dataClass = className;
        d.estimatedCostUsd = estimatedCost;
        return d;
    };

    if (!p.allowedTemplates.isEmpty() && !p.allowedTemplates.contains(request.task.templateId)) {
        return blocked(QStringLiteral("templates.allowed"),
                       QStringLiteral("template \"%1\" is not allowed by the company policy")
                           .arg(request.task.templateId));
    }

    // The offline engine never leaves this computer: every class may use it.
    if (provider.id == QStringLiteral("offline") && provider.endpointHost.isEmpty()) {
        PolicyDecision d = PolicyDecision::allow(QStringLiteral("providers.offline"));
        d.dataClass = className;
        d.estimatedCostUsd = 0;
        return d;
    }

    if (!approved) {
        return blocked(
            QStringLiteral("providers.approved"),
            m_loaded.status.source == PolicyStatus::Source::Builtin
                ? QStringLiteral("provider \"%1\" is not approved by the built-in policy "
                                 "(only the offline engine is, until an administrator "
                                 "deploys a policy)")
                      .arg(provider.id)
                : QStringLiteral("provider \"%1\" is not approved by the company policy")
                      .arg(provider.id));
    }
    if (!approved->endpoint.isEmpty() &&
        approved->endpoint.compare(provider.endpointHost, Qt::CaseInsensitive) != 0) {
        return blocked(
            QStringLiteral("providers.endpoint"),
            QStringLiteral("provider \"%1\" is configured for %2, but the company policy "
                           "approves only %3")
                .arg(provider.id,
                     provider.endpointHost.isEmpty() ? QStringLiteral("no endpoint")
                                                     : provider.endpointHost,
                     approved->endpoint));
    }
    const QString region = provider.region.isEmpty() ? approved->region : provider.region;
    if (!approved->region.isEmpty() && region != approved->region) {
        return blocked(QStringLiteral("providers.region"),
                       QStringLiteral("provider \"%1\" is set to region %2, but the company policy "
                                      "approves only %3")
                           .arg(provider.id, region, approved->region));
    }
    if (!approved->models.isEmpty() && !approvedModel) {
        return blocked(
            QStringLiteral("providers.models"),
            QStringLiteral("model \"%1\" of provider \"%2\" is not approved by the company "
                           "policy")
                .arg(model, provider.id));
    }
    if (!p.classProviders.isEmpty()) {
        const QStringList allowed = p.classProviders.value(*dataClass);
        if (!allowed.contains(provider.id) && !allowed.contains(QStringLiteral("*"))) {
            return blocked(QStringLiteral("dataClasses.") + className,
                           QStringLiteral("provider \"%1\" is not approved for %2 data")
                               .arg(provider.id, className));
        }
    }
    if (const RoutingRule *rule = routingRule(); rule && !globMatches(rule->regions, region)) {
        return blocked(QStringLiteral("routing.") + rule->name,
                       QStringLiteral("provider \"%1\" runs in %2, outside the regions allowed for "
                                      "%3 (%4)")
                           .arg(provider.id,
                                region.isEmpty() ? QStringLiteral("an unknown region") : region,
                                rule->name, rule->regions.join(QStringLiteral(", "))));
    }

    PolicyDecision decision = PolicyDecision::allow(QStringLiteral("dataClasses.") + className);
    decision.dataClass = className;
    decision.estimatedCostUsd = estimatedCost;
    const QString user = context.userName.isEmpty() ? m_user.userName : context.userName;
    const double limit = p.budgets.limitFor(user);
    if (limit >= 0) {
        const double spent = m_spend ? m_spend(user, m_clock()) : 0.0;
        const double estimate = std::max(0.0, decision.estimatedCostUsd);
        const double percent = limit > 0 ? (spent + estimate) * 100.0 / limit : 100.0 * 1000;
        if (percent >= p.budgets.blockAtPercent) {
            return blocked(QStringLiteral("budgets.monthly"),
                           QStringLiteral("this send (about %1) would take you past your monthly "
                                          "budget of %2 (%3 used so far)")
                               .arg(money(estimate), money(limit), money(spent)));
        }
        if (percent >= p.budgets.warnAtPercent) {
            decision.warnings.append(
                QStringLiteral("With this send you will have used about %1% of your monthly budget "
                               "of %2.")
                    .arg(std::floor(percent))
                    .arg(money(limit)));
        }
    }
    return decision;
}

} // namespace promptdesk

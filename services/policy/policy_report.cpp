#include "policy/policy_report.h"

namespace promptdesk {

namespace {

QString listOrAny(const QStringList &list, const QString &none)
{
    return list.isEmpty() ? none : list.join(QStringLiteral(", "));
}

QString price(double usd)
{
    return usd < 0 ? QStringLiteral("?") : QStringLiteral("$") + QString::number(usd, 'g', 6);
}

} // namespace

QString describePolicyStatus(const PolicyStatus &status)
{
    switch (status.source) {
    case PolicyStatus::Source::Builtin:
        return QStringLiteral("Built-in default policy (offline engine only): ") +
               status.fallbackReason;
    case PolicyStatus::Source::Development:
        if (status.untrustedKey) {
            return QStringLiteral("DEVELOPMENT MODE: policy \"%1\" is signed by a key from its "
                                  "own folder (PROMPTDESK_POLICY_DIR) that this computer does not "
                                  "trust; applied as a development policy, never as the company's.")
                .arg(status.version);
        }
        return QStringLiteral(
                   "DEVELOPMENT MODE: unsigned policy \"%1\" accepted "
                   "(PROMPTDESK_POLICY_DEVELOPMENT=1); never use this on staff machines.")
            .arg(status.version);
    case PolicyStatus::Source::Signed:
        break;
    }
    QString line = QStringLiteral("Company policy \"%1\"").arg(status.version);
    if (!status.organisation.isEmpty()) {
        line += QStringLiteral(" of ") + status.organisation;
    }
    line += QStringLiteral(", signed");
    if (status.inGrace) {
        line += QStringLiteral(", EXPIRED on %1 and kept only for its grace period")
                    .arg(status.expiresUtc.date().toString(Qt::ISODate));
    } else if (status.expiresUtc.isValid()) {
        line += QStringLiteral(", expires %1").arg(status.expiresUtc.date().toString(Qt::ISODate));
        if (status.expiringSoon) {
            line += QStringLiteral(" (soon: ask IT for the renewed policy)");
        }
    }
    return line + QLatin1Char('.');
}

QString describePolicy(const PolicyLoadOutcome &loaded)
{
    const Policy &p = *loaded.policy;
    QStringList out;
    out << describePolicyStatus(loaded.status);
    out << QStringLiteral("Policy folder: %1").arg(loaded.directory);
    if (!loaded.keyFingerprint.isEmpty()) {
        out << QStringLiteral("Signed by: %1").arg(loaded.keyFingerprint);
    }
    out << QStringLiteral("Version: %1 (schema %2), issued %3, expires %4")
               .arg(p.version)
               .arg(p.schema)
               .arg(p.issuedUtc.toString(Qt::ISODate), p.expiresUtc.toString(Qt::ISODate));
    out << QStringLiteral("After expiry: %1, warning %2 days before")
               .arg(p.afterExpiry == AfterExpiry::Grace
                        ? QStringLiteral("kept for %1 days, then the offline engine only")
                              .arg(p.graceDays)
                        : QStringLiteral("the offline engine only"))
               .arg(p.warnDays);
    for (const QString &warning : loaded.status.warnings) {
        out << QStringLiteral("Warning: ") + warning;
    }

    out << QString() << QStringLiteral("Approved providers:");
    out << QStringLiteral("  offline (built in, never leaves this computer)");
    for (const ApprovedProvider &provider : p.providers) {
        out << QStringLiteral("  %1  region %2  endpoint %3  DPA %4  zero retention: %5")
                   .arg(provider.id,
                        provider.region.isEmpty() ? QStringLiteral("any") : provider.region,
                        provider.endpoint.isEmpty() ? QStringLiteral("any") : provider.endpoint,
                        provider.dpaReference.isEmpty() ? QStringLiteral("-")
                                                        : provider.dpaReference,
                        provider.zeroRetention ? QStringLiteral("yes") : QStringLiteral("no"));
        if (provider.models.isEmpty()) {
            out << QStringLiteral("    models: any");
        }
        for (const PolicyModel &model : provider.models) {
            out << QStringLiteral("    model %1  in %2 / out %3 per million tokens")
                       .arg(model.id, price(model.inputPricePerMTok),
                            price(model.outputPricePerMTok));
        }
    }

    out << QString()
        << QStringLiteral("Data classes (default %1):").arg(dataClassName(p.defaultDataClass));
    for (DataClass c :
         {DataClass::Public, DataClass::Internal, DataClass::Confidential, DataClass::Restricted}) {
        out << QStringLiteral("  %1: %2")
                   .arg(dataClassName(c),
                        p.classProviders.isEmpty()
                            ? QStringLiteral("every approved provider")
                            : listOrAny(p.classProviders.value(c), QStringLiteral("offline only")));
    }
    for (auto it = p.raiseWhenFound.cbegin(); it != p.raiseWhenFound.cend(); ++it) {
        out << QStringLiteral("  %1 found: at least %2").arg(it.key(), dataClassName(it.value()));
    }

    out << QString() << QStringLiteral("Regional routing:");
    if (p.routing.isEmpty()) {
        out << QStringLiteral("  none (any approved region)");
    }
    for (const RoutingRule &rule : p.routing) {
        out << QStringLiteral("  %1: users %2, countries %3, time zones %4 -> regions %5")
                   .arg(rule.name, listOrAny(rule.users, QStringLiteral("any")),
                        listOrAny(rule.countries, QStringLiteral("any")),
                        listOrAny(rule.timeZones, QStringLiteral("any")),
                        rule.regions.join(QStringLiteral(", ")));
    }

    const RedactionRules &r = p.redaction;
    out << QString() << QStringLiteral("Redaction: always on before sending");
    out << QStringLiteral("  mandatory types: %1")
               .arg(listOrAny(r.mandatoryTypes, QStringLiteral("none")));
    out << QStringLiteral("  users may un-redact: %1")
               .arg(r.userMayUnredact ? QStringLiteral("yes") : QStringLiteral("no"));
    out << QStringLiteral("  custom terms: %1, allow-list entries: %2, employee id patterns: %3, "
                          "customer id patterns: %4")
               .arg(r.customTerms.size())
               .arg(r.allowList.size())
               .arg(r.employeeIdPatterns.isEmpty() ? QStringLiteral("defaults")
                                                   : QString::number(r.employeeIdPatterns.size()))
               .arg(r.customerIdPatterns.isEmpty() ? QStringLiteral("defaults")
                                                   : QString::number(r.customerIdPatterns.size()));

    auto days = [](int d) {
        return d < 0 ? QStringLiteral("kept until deleted") : QStringLiteral("%1 days").arg(d);
    };
    out << QString()
        << QStringLiteral("Retention: history %1, audit log %2")
               .arg(days(p.historyRetentionDays), days(p.auditRetentionDays));
    if (p.budgets.monthlyUsdPerUser < 0 && p.budgets.perUser.isEmpty()) {
        out << QStringLiteral("Budgets: none");
    } else {
        out << QStringLiteral("Budgets: %1 per user per month (%2 user overrides), warn at %3%, "
                              "block at %4%")
                   .arg(p.budgets.monthlyUsdPerUser < 0 ? QStringLiteral("unlimited")
                                                        : price(p.budgets.monthlyUsdPerUser))
                   .arg(p.budgets.perUser.size())
                   .arg(p.budgets.warnAtPercent)
                   .arg(p.budgets.blockAtPercent);
    }
    out << QStringLiteral("Locked settings:%1")
               .arg(p.lockedSettings.isEmpty() ? QStringLiteral(" none") : QString());
    for (const LockedSetting &s : p.lockedSettings) {
        out << QStringLiteral("  %1 = %2%3")
                   .arg(s.key, s.value,
                        s.reason.isEmpty() ? QString()
                                           : QStringLiteral(" (") + s.reason + QLatin1Char(')'));
    }
    out << QStringLiteral("Templates: %1; %2 admin templates")
               .arg(p.allowedTemplates.isEmpty()
                        ? QStringLiteral("all allowed")
                        : QStringLiteral("only ") + p.allowedTemplates.join(QStringLiteral(", ")))
               .arg(p.adminTemplates.size());
    out << QStringLiteral("Audit forwarding: %1")
               .arg(p.auditForwarding.target.isEmpty() ? QStringLiteral("none")
                                                       : p.auditForwarding.target);
    out << QStringLiteral("Network: proxy %1, %2 extra CA certificates")
               .arg(p.network.proxy.isEmpty() ? QStringLiteral("from the system") : p.network.proxy)
               .arg(p.network.caCertificates.size());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace promptdesk

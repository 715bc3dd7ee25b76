#pragma once

#include "policy/data_class.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace promptdesk {

// The administrator's policy as parsed from policy.json (schema: resources/policy/
// policy.schema.json, documented in docs/policy.md). Plain data; SignedPolicyGate evaluates it.

struct PolicyModel {
    QString id;
    double inputPricePerMTok = -1; // USD per million tokens; negative: unknown
    double outputPricePerMTok = -1;
};

// One approved provider: where it may live and under which data-processing terms.
struct ApprovedProvider {
    QString id;           // matches ProviderDescriptor::id
    QString region;       // required region ("eu-central-1"); empty: any
    QString endpoint;     // required endpoint host; empty: any
    QString dpaReference; // the data-processing agreement, e.g. "DPA-2026-014"
    bool zeroRetention = false;
    QList<PolicyModel> models; // empty: every model of the provider
    // The connection the administrator configured for every user of the machine: the entry as
    // written, with the fields of a providers.json entry ("protocol", "baseUrl", "credentials",
    // ...). Empty when the entry only approves (a user's providers.json then connects).
    QJsonObject connection;

    const PolicyModel *findModel(const QString &modelId) const;
};

// "Staff matching these go to these regions only" (first matching rule applies).
struct RoutingRule {
    QString name;          // for messages, e.g. "eu-staff"
    QStringList users;     // glob patterns on the user name; empty: any user
    QStringList countries; // ISO 3166 codes of the system locale; empty: any
    QStringList timeZones; // glob patterns on the IANA time zone id; empty: any
    QStringList regions;   // glob patterns, e.g. "eu-*"
};

// What the redaction engine must do; maps onto RedactionConfig (policy_redaction.h).
struct RedactionRules {
    QStringList mandatoryTypes;     // types the user may not un-redact
    bool userMayUnredact = true;    // false: the review step cannot remove any span
    QStringList customTerms;        // always redacted (case-insensitive), type CUSTOM
    QStringList allowList;          // never redacted
    QStringList employeeIdPatterns; // regular expressions; empty: the engine's defaults
    QStringList customerIdPatterns;
};

struct Budgets {
    double monthlyUsdPerUser = -1; // negative: no budget
    QMap<QString, double> perUser; // user name -> monthly USD, overrides the default
    int warnAtPercent = 80;
    int blockAtPercent = 100;

    double limitFor(const QString &user) const { return perUser.value(user, monthlyUsdPerUser); }
};

struct LockedSetting {
    QString key;
    QString value; // the enforced value as JSON text ("true", "30", "\"de\"")
    QString reason;
};

struct AuditForwarding {
    QString target; // e.g. "syslog+tls://siem.example.com:6514"; empty: no forwarding
    QString host;
    int port = 0;
    QString protocol; // "syslog+tls" | "syslog+tcp"
};

struct NetworkSettings {
    QString proxy;                    // "http://proxy.example.com:3128"; empty: system settings
    QList<QByteArray> caCertificates; // PEM, each parsed and checked on load
};

// Which provider and model a run uses when the user has not chosen one (policy "defaults"
// and "modelRouting"). Model ids apply to the provider that lists them.
struct ModelRouting {
    QString defaultProvider; // empty: the first approved remote provider, in policy order
    QString defaultModel;    // empty: that provider's own default
    QString workhorse;       // the model of summaries, rewrites and the parts of long documents
    QString strong;          // the model of templates that need the strong tier
    QMap<QString, QString> byCategory; // "summarise" | "rewrite" | "extract" | "reduce" -> model
    QMap<QString, QString> byTemplate; // template id -> model

    bool isEmpty() const
    {
        return defaultProvider.isEmpty() && defaultModel.isEmpty() && workhorse.isEmpty() &&
               strong.isEmpty() && byCategory.isEmpty() && byTemplate.isEmpty();
    }
};

enum class AfterExpiry {
    Builtin, // fall back to the built-in default (offline engine only) — the default
    Grace,   // keep the policy for graceDays with a warning, then fall back
};

struct Policy {
    int schema = 1;
    QString version;      // e.g. "acme-2026-11-r3"; recorded with every audit event
    QString organisation; // shown in the banner and `policy show`
    QDateTime issuedUtc;
    QDateTime expiresUtc;
    int warnDays = 14;
    AfterExpiry afterExpiry = AfterExpiry::Builtin;
    int graceDays = 0;

    QList<ApprovedProvider> providers;
    DataClass defaultDataClass = DataClass::Internal;
    QMap<DataClass, QStringList> classProviders; // class -> provider ids (may use "*")
    QMap<QString, DataClass> raiseWhenFound;     // PII type -> at least this class
    QList<RoutingRule> routing;
    ModelRouting modelRouting;
    RedactionRules redaction;
    int historyRetentionDays = -1; // negative: keep until the user deletes
    int auditRetentionDays = -1;
    Budgets budgets;
    QMap<QString, LockedSetting> lockedSettings;
    QStringList allowedTemplates; // empty: all templates
    QJsonArray adminTemplates;    // template objects in the built-in templates' format
    AuditForwarding auditForwarding;
    NetworkSettings network;

    const ApprovedProvider *findProvider(const QString &id) const;
};

} // namespace promptdesk

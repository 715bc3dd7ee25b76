#include "app_context.h"

#include "pipeline/history_settings.h"

#include "audit/sqlite_audit_log.h"
#include "core/app_paths.h"
#include "documents/local_document_reader.h"
#include "history/sqlite_history_store.h"
#include "policy/audit_spend.h"
#include "policy/policy_audit.h"
#include "policy/policy_redaction.h"
#include "policy/signed_policy_gate.h"
#include "providers/offline/offline_provider.h"
#include "providers/provider_registry.h"
#include "redaction/pattern_redactor.h"
#include "templates/template_json.h"
#include "templates/template_library.h"
#include "templates/user_template_store.h"

#include <QDir>
#include <QSysInfo>

#include "private_stores.h"
#include "secrets/keychain_secret_store.h"

#include "core/app_info.h"
#include "core/logging.h"
#include "pipeline/model_routing.h"
#include "pipeline/provider_sources.h"
#include "providers/remote/configured_providers.h"
#include "providers/remote/remote_provider.h"

#include <QSettings>
#include <QUrl>

namespace promptdesk {

struct AppContext::Parts {
    AppPaths paths = AppPaths::fromEnvironment();
    std::unique_ptr<LocalDocumentReader> documents;
    std::unique_ptr<PatternRedactor> redactor;
    std::unique_ptr<TemplateLibrary> templates;
    std::unique_ptr<SignedPolicyGate> policy;
    std::unique_ptr<ProviderRegistry> providers;
    std::unique_ptr<SqliteAuditLog> audit;
    std::unique_ptr<SqliteHistoryStore> history;
    std::unique_ptr<Pipeline> pipeline;
    std::unique_ptr<KeychainSecretStore> secrets;
    QString keychainProblem;
};

namespace {

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}

// The providers of the policy (configured for every user of the machine) and the user's own
// providers.json (which may add providers, never redirect one the policy configures: such
// an entry is refused and the refusal audited). Their secrets stay in the keychain; whether
// a send to one is allowed is the policy gate's decision.
void addRemoteProviders(ProviderRegistry &registry, const Policy &policy, const QString &configDir,
                        SecretStore *secrets, AuditLog &audit)
{
    ProviderConfig user;
    if (Result<ProviderConfig> configured = ProviderConfig::load(configDir); configured) {
        user = configured.value();
    } else {
        qCWarning(lcProviders) << "provider settings ignored:" << configured.error().message;
    }
    const ProviderSources sources = resolveProviderSources(policy, user.entries);
    for (const QString &problem : sources.problems) {
        qCWarning(lcProviders) << "policy provider ignored:" << problem;
    }
    for (const RefusedProviderEntry &refused : sources.refused) {
        qCWarning(lcProviders) << "provider settings entry refused:" << refused.reason;
        AuditEvent event;
        event.action = auditAction::blocked;
        event.user = currentUserName();
        event.device = QSysInfo::machineHostName();
        event.appVersion = appVersion();
        event.providerId = refused.entry.id;
        event.endpointHost = QUrl(refused.entry.effectiveBaseUrl()).host();
        event.region = refused.entry.region;
        event.policyVersion = policy.version;
        event.policyRule = refused.rule;
        event.status = QStringLiteral("blocked");
        event.operation = QStringLiteral("providers-json");
        if (Result<qint64> appended = audit.append(event); !appended) {
            qCWarning(lcProviders) << "audit append failed:" << appended.error().message;
        }
    }
    for (const ProviderEntry &entry : sources.entries) {
        registry.add(std::make_shared<RemoteProvider>(entry, secrets, user.network));
    }
}

// History off keeps nothing: new jobs are not recorded and what was kept before is erased.
// Otherwise entries past the retention go now (the window's RetentionKeeper goes on daily).
void applyHistorySettings(SqliteHistoryStore &history, const HistorySettings &settings)
{
    if (!settings.enabled()) {
        history.setRecording(false);
        if (Result<int> erased = history.eraseAll(); !erased) {
            qCWarning(lcHistory) << "history is off but could not be erased:"
                                 << erased.error().message;
        }
        return;
    }
    if (const int days = settings.retentionDays(); days > 0) {
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
        if (Result<int> purged = history.purgeOlderThan(cutoff); !purged) {
            qCWarning(lcHistory) << "retention failed:" << purged.error().message;
        }
    }
}

} // namespace

AppContext::AppContext()
    : m_parts(std::make_unique<Parts>())
{
}

AppContext::~AppContext() = default;

Result<std::unique_ptr<AppContext>> AppContext::create()
{
    std::unique_ptr<AppContext> context(new AppContext());
    Parts &p = *context->m_parts;
    if (Result<void> made = p.paths.ensureExist(); !made) {
        return made.error();
    }
    Result<TemplateLibrary> templates = TemplateLibrary::loadBuiltins();
    if (!templates) {
        return templates.error();
    }
    // Audit log and history with their keys from the OS keychain (without one: no MACs,
    // checkpoints or vault, and keychainProblem() says why). Retention applies below, once the
    // policy that may fix it is loaded.
    p.secrets = std::make_unique<KeychainSecretStore>();
    Result<PrivateStores> stores = openPrivateStores(p.paths, p.secrets.get(), 0);
    if (!stores) {
        return stores.error();
    }
    p.keychainProblem = stores->keychainProblem;
    Result<std::unique_ptr<SqliteAuditLog>> audit = std::move(stores->audit);
    Result<std::unique_ptr<SqliteHistoryStore>> history = std::move(stores->history);

    // The machine-wide signed policy, or the built-in default (offline only) with the reason.
    const PolicyLoadOutcome loadedPolicy = PolicyLoader::load(PolicyLoadOptions::fromEnvironment());
    SqliteAuditLog *auditLog = audit.value().get();
    const std::shared_ptr<const Policy> policyData = loadedPolicy.policy;
    p.policy = std::make_unique<SignedPolicyGate>(
        loadedPolicy, UserContext::fromSystem(currentUserName()),
        [auditLog, policyData](const QString &user, const QDateTime &nowUtc) {
            return auditSpendThisMonth(*auditLog, *policyData, user, nowUtc);
        });
    auditPolicyLoaded(*auditLog, loadedPolicy,
                      QDir(p.paths.dataDir()).filePath(QStringLiteral("policy-state")),
                      currentUserName(), QSysInfo::machineHostName());
    applyHistorySettings(*history.value(), HistorySettings(p.paths.settingsFile(), *p.policy));
    p.documents = std::make_unique<LocalDocumentReader>(DocumentLimits{});
    p.redactor = PatternRedactor::withConfig(redactionConfigFor(loadedPolicy.policy->redaction));
    // Company templates from the policy (locked), then the user's own from the config dir.
    QList<Template> adminTemplates;
    for (const QJsonValue &value : loadedPolicy.policy->adminTemplates) {
        TemplateJsonContext jsonContext;
        jsonContext.origin = TemplateOrigin::Admin;
        if (Result<Template> admin = templateFromJson(value.toObject(), jsonContext); admin) {
            adminTemplates.append(admin.value());
        } else {
            qCWarning(lcTemplates) << "company template ignored:" << admin.error().message;
        }
    }
    templates->applyAdminTemplates(adminTemplates);
    const UserTemplateStore::Loaded userTemplates =
        UserTemplateStore(p.paths.userTemplatesDir()).loadAll();
    for (const QString &problem : userTemplates.problems) {
        qCWarning(lcTemplates) << "user template ignored:" << problem;
    }
    templates->addUserTemplates(userTemplates.templates);
    p.templates = std::make_unique<TemplateLibrary>(std::move(templates).value());
    p.providers = std::make_unique<ProviderRegistry>();
    p.providers->add(std::make_shared<OfflineProvider>());
    addRemoteProviders(*p.providers, *loadedPolicy.policy, p.paths.configDir(), p.secrets.get(),
                       *auditLog);
    // What Run uses without a choice: the policy's default, else its first approved remote
    // provider that is configured here, else the offline engine.
    p.providers->setDefaultProviderId(defaultProviderFor(
        p.policy->modelRouting(), p.policy->approvedProviderIds(),
        [&registry = *p.providers](const QString &id) { return registry.contains(id); }));
    p.audit = std::move(audit).value();
    p.history = std::move(history).value();

    PipelineServices services;
    services.documents = p.documents.get();
    services.redactor = p.redactor.get();
    services.templates = p.templates.get();
    services.policy = p.policy.get();
    services.providers = p.providers.get();
    services.audit = p.audit.get();
    services.history = p.history.get();
    services.userName = currentUserName();
    services.deviceName = QSysInfo::machineHostName();
    services.dataFolder = p.paths.dataDir();
    p.pipeline = std::make_unique<Pipeline>(services);
    return context;
}

const Pipeline &AppContext::pipeline() const
{
    return *m_parts->pipeline;
}

const AppPaths &AppContext::paths() const
{
    return m_parts->paths;
}

TemplateLibrary &AppContext::templateLibrary() const
{
    return *m_parts->templates;
}

AuditLog &AppContext::auditLog() const
{
    return *m_parts->audit;
}

SqliteAuditLog &AppContext::sqliteAuditLog() const
{
    return *m_parts->audit;
}

SqliteHistoryStore *AppContext::historyStore() const
{
    return m_parts->history.get();
}

QString AppContext::keychainProblem() const
{
    return m_parts->keychainProblem;
}

QString AppContext::userName() const
{
    return currentUserName();
}

} // namespace promptdesk

#include "pipeline/pipeline.h"

#include "pipeline/model_routing.h"
#include "policy/data_class.h"
#include "policy/policy_gate.h"
#include "providers/provider_registry.h"
#include "templates/template_library.h"

#include <QTimer>

namespace promptdesk {

namespace {

CatalogueModel entryFor(const ProviderDescriptor &descriptor, const QString &model,
                        const PolicyGate &policy)
{
    CatalogueModel entry;
    entry.providerId = descriptor.id;
    entry.providerName = descriptor.displayName;
    entry.model = model;
    for (const ModelInfo &info : descriptor.models) {
        if (info.id == model) {
            entry.modelName = info.displayName;
        }
    }
    entry.region = descriptor.region;
    entry.endpointHost = descriptor.endpointHost;
    entry.basic = descriptor.basic;
    entry.providerDefault = !model.isEmpty() && model == descriptor.defaultModel;
    if (const std::optional<ApprovedProvider> approved = policy.approvedProvider(descriptor.id)) {
        entry.dpaReference = approved->dpaReference;
        entry.zeroRetention = approved->zeroRetention;
        if (entry.region.isEmpty()) {
            entry.region = approved->region;
        }
    }
    return entry;
}

} // namespace

Catalogue Pipeline::catalogue(const QString &dataClass, const QString &templateId) const
{
    const PolicyGate &policy = *m_services.policy;
    Catalogue catalogue;
    catalogue.defaultDataClass = policy.defaultDataClass();
    catalogue.dataClass = dataClass.isEmpty() ? catalogue.defaultDataClass : dataClass;
    for (DataClass c :
         {DataClass::Public, DataClass::Internal, DataClass::Confidential, DataClass::Restricted}) {
        catalogue.dataClasses.append(dataClassName(c));
    }
    catalogue.defaultProviderId = m_services.providers->defaultProviderId();
    catalogue.templates = m_services.templates->all();
    const Template *tmpl = templateId.isEmpty() ? nullptr : m_services.templates->find(templateId);
    SendContext context;
    context.requestedDataClass = catalogue.dataClass;
    context.userName = m_services.userName;
    for (const ProviderDescriptor &descriptor : m_services.providers->descriptors()) {
        QStringList models{QString()}; // "chosen by task" first
        for (const ModelInfo &info : descriptor.models) {
            models.append(info.id);
        }
        for (const QString &model : std::as_const(models)) {
            CatalogueModel entry = entryFor(descriptor, model, policy);
            ProviderRequest probe;
            probe.model = model.isEmpty() && tmpl
                              ? routeModels(descriptor, *tmpl, {}, policy.modelRouting()).answer
                              : model;
            probe.task.templateId = templateId;
            const PolicyDecision decision = policy.evaluate(descriptor, probe, context);
            // The probe has no template: only a template rule could block it for that reason.
            entry.allowed =
                decision.allowed ||
                (templateId.isEmpty() && decision.rule == QStringLiteral("templates.allowed"));
            entry.reason = decision.reason;
            catalogue.models.append(entry);
        }
    }
    return catalogue;
}

Preparation *Pipeline::prepare(const JobRequest &request, QObject *parent) const
{
    return new Preparation(m_services, request, parent);
}

Job *Pipeline::start(const JobRequest &request, QObject *parent, StartOptions options) const
{
    auto *job = new Job(m_services, request, options.settings, parent);
    QTimer::singleShot(0, job, [job, wait = options.waitForApproval] { job->start(wait); });
    return job;
}

CompareRun *Pipeline::compare(const JobRequest &request, const QList<CompareTarget> &targets,
                              QObject *parent, MapReduceSettings settings) const
{
    auto *run = new CompareRun(m_services, request, targets, settings, parent);
    QTimer::singleShot(0, run, [run] { run->start(); });
    return run;
}

QString Pipeline::dataClassFor(const QString &requested,
                               const QMap<QString, int> &redactionCounts) const
{
    return m_services.policy->dataClassFor(requested, redactionCounts);
}

} // namespace promptdesk

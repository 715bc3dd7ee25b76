#include "pipeline/model_routing.h"

namespace promptdesk {

namespace {

bool lists(const ProviderDescriptor &provider, const QString &model)
{
    if (model.isEmpty()) {
        return false;
    }
    for (const ModelInfo &info : provider.models) {
        if (info.id == model) {
            return true;
        }
    }
    return model == provider.defaultModel;
}

QString strongestModel(const ProviderDescriptor &d)
{
    QString best = d.defaultModel;
    double bestPrice = -1;
    for (const ModelInfo &m : d.models) {
        if (m.outputPricePerMTok > bestPrice) {
            bestPrice = m.outputPricePerMTok;
            best = m.id;
        }
    }
    return best;
}

// The first of `candidates` the provider lists, else `fallback`.
QString firstListed(const ProviderDescriptor &provider, const QStringList &candidates,
                    const QString &fallback)
{
    for (const QString &model : candidates) {
        if (lists(provider, model)) {
            return model;
        }
    }
    return fallback;
}

} // namespace

ModelRoute routeModels(const ProviderDescriptor &provider, const Template &tmpl,
                       const QString &chosenModel, const ModelRouting &routing)
{
    if (!chosenModel.isEmpty()) {
        return {chosenModel, chosenModel, chosenModel};
    }
    const bool isDefaultProvider =
        routing.defaultProvider.isEmpty() || routing.defaultProvider == provider.id;
    const QString providerDefault = firstListed(
        provider, {isDefaultProvider ? routing.defaultModel : QString()}, provider.defaultModel);
    const QString workhorse = firstListed(provider, {routing.workhorse}, providerDefault);
    const QString strong = firstListed(provider, {routing.strong}, strongestModel(provider));
    const QString tierModel = tmpl.modelTier == ModelTier::Strong ? strong : workhorse;
    ModelRoute route;
    route.answer = firstListed(provider,
                               {routing.byTemplate.value(tmpl.id),
                                routing.byCategory.value(templateCategoryName(tmpl.category))},
                               tierModel);
    route.map = workhorse;
    route.reduce =
        firstListed(provider, {routing.byCategory.value(QStringLiteral("reduce")), routing.strong},
                    route.answer);
    return route;
}

QString defaultProviderFor(const ModelRouting &routing, const QStringList &approvedIds,
                           const std::function<bool(const QString &)> &known)
{
    const QString offline = QStringLiteral("offline");
    if (!routing.defaultProvider.isEmpty() && approvedIds.contains(routing.defaultProvider) &&
        known(routing.defaultProvider)) {
        return routing.defaultProvider;
    }
    for (const QString &id : approvedIds) {
        if (id != offline && known(id)) {
            return id;
        }
    }
    return offline;
}

} // namespace promptdesk

#include "pipeline/catalogue.h"

#include <QCoreApplication>

namespace promptdesk {

QString CatalogueModel::displayName() const
{
    if (basic && model.isEmpty()) {
        return providerName; // the built-in engine has one way of working
    }
    const QString modelText = model.isEmpty()
                                  ? QCoreApplication::translate("Catalogue", "chosen by task")
                                  : (modelName.isEmpty() ? model : modelName);
    return providerName + QStringLiteral(" \u00B7 ") + modelText;
}

QString CatalogueModel::details() const
{
    if (basic) {
        return QCoreApplication::translate(
            "Catalogue", "Built in: nothing leaves this computer. Results are basic.");
    }
    QStringList lines;
    lines.append(QCoreApplication::translate("Catalogue", "Service: %1").arg(providerName));
    if (!region.isEmpty()) {
        lines.append(QCoreApplication::translate("Catalogue", "Region: %1").arg(region));
    }
    if (!dpaReference.isEmpty()) {
        lines.append(QCoreApplication::translate("Catalogue", "Data-processing terms: %1")
                         .arg(dpaReference));
    }
    lines.append(zeroRetention
                     ? QCoreApplication::translate("Catalogue", "Zero retention: the service "
                                                                "keeps nothing it is sent.")
                     : QCoreApplication::translate("Catalogue", "The service may keep what it is "
                                                                "sent for a while (no zero "
                                                                "retention)."));
    if (!allowed && !reason.isEmpty()) {
        lines.append(QCoreApplication::translate("Catalogue", "Not allowed: %1").arg(reason));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<CatalogueModel> Catalogue::allowedModels() const
{
    QList<CatalogueModel> allowed;
    for (const CatalogueModel &model : models) {
        if (model.allowed) {
            allowed.append(model);
        }
    }
    return allowed;
}

const CatalogueModel *Catalogue::find(const QString &providerId, const QString &model) const
{
    for (const CatalogueModel &entry : models) {
        if (entry.providerId == providerId && entry.model == model) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace promptdesk

#pragma once

#include "templates/template.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace promptdesk {

// One provider/model pair the window may offer, with its policy status for a data class.
struct CatalogueModel {
    QString providerId;
    QString providerName; // "Claude on Bedrock (EU)"
    QString model;        // empty: "chosen by task" (the policy's routing picks the model)
    QString modelName;
    QString region;
    QString endpointHost;
    QString dpaReference;
    bool zeroRetention = false;
    bool basic = false;           // the built-in offline engine
    bool providerDefault = false; // the provider's own default model
    bool allowed = false;         // the policy lets this data class go there
    QString reason;               // why not, in the gate's words

    QString displayName() const; // "Provider · model" or "Provider · chosen by task"
    QString details() const;     // region, terms, retention: the chooser's tooltip
};

// What the window and the CLI may offer: approved provider/model pairs and templates, checked
// for one data class. Built by Pipeline::catalogue().
struct Catalogue {
    QString dataClass;            // the class the pairs were checked for
    QString defaultDataClass;     // the policy's default
    QStringList dataClasses;      // every class, lowest first
    QString defaultProviderId;    // what Run uses without a choice
    QList<CatalogueModel> models; // every configured pair, allowed or not, registry order
    QList<Template> templates;

    QList<CatalogueModel> allowedModels() const;
    // The entry for a choice, or null.
    const CatalogueModel *find(const QString &providerId, const QString &model) const;
};

} // namespace promptdesk

#pragma once

#include "policy/policy.h"
#include "providers/provider.h"
#include "templates/template.h"

#include <functional>

namespace promptdesk {

// The models one run uses on its provider.
struct ModelRoute {
    QString answer; // a request with the whole input (and extraction parts)
    QString map;    // the parts of a long document
    QString reduce; // the request over the parts' notes
};

// Routing shared by every plan: a model the user chose answers everything; otherwise the
// policy's per-template, per-category and per-tier models (those the provider lists), then
// the template's tier (strong: the provider's most expensive model), then the provider's
// default. The parts of long documents go to the workhorse, the reduce to the stronger model.
ModelRoute routeModels(const ProviderDescriptor &provider, const Template &tmpl,
                       const QString &chosenModel, const ModelRouting &routing);

// The default provider of a run without a choice: the policy's default when it is known and
// approved, else the first approved remote provider in policy order that is configured, else
// the offline engine. `known` tells whether a provider id is configured here.
QString defaultProviderFor(const ModelRouting &routing, const QStringList &approvedIds,
                           const std::function<bool(const QString &)> &known);

} // namespace promptdesk

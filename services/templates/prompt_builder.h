#pragma once

#include "provider_request.h"
#include "template.h"

namespace promptdesk {

// Assembles the request for a template. Document text goes in as quoted data between
// explicit delimiters, never as instructions, so a document cannot steer the model.
ProviderRequest buildProviderRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                     const QString &redactedDocument, const QString &model);

} // namespace promptdesk

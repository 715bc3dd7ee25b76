#include "pipeline/provider_sources.h"

#include <QUrl>

namespace promptdesk {

ProviderSources resolveProviderSources(const Policy &policy, const QList<ProviderEntry> &user)
{
    ProviderSources sources;
    for (const ApprovedProvider &approved : policy.providers) {
        if (approved.connection.isEmpty()) {
            continue;
        }
        Result<ProviderEntry> entry = providerEntryFromJson(approved.connection);
        if (!entry) {
            sources.problems.append(QStringLiteral("policy provider \"%1\": %2")
                                        .arg(approved.id, entry.error().message));
            continue;
        }
        // Prices of the policy are the ones the gate and the estimates use.
        ProviderEntry configured = entry.value();
        for (ModelInfo &model : configured.models) {
            if (const PolicyModel *priced = approved.findModel(model.id)) {
                if (priced->inputPricePerMTok >= 0) {
                    model.inputPricePerMTok = priced->inputPricePerMTok;
                }
                if (priced->outputPricePerMTok >= 0) {
                    model.outputPricePerMTok = priced->outputPricePerMTok;
                }
            }
        }
        sources.entries.append(configured);
        sources.policyConfigured.append(configured.id);
    }
    for (const ProviderEntry &entry : user) {
        if (sources.policyConfigured.contains(entry.id)) {
            sources.refused.append(
                {entry, QStringLiteral("providers.connection"),
                 QStringLiteral("providers.json entry \"%1\" would redirect a provider the "
                                "company policy configures (to %2)")
                     .arg(entry.id, QUrl(entry.effectiveBaseUrl()).host())});
            continue;
        }
        sources.entries.append(entry);
    }
    return sources;
}

} // namespace promptdesk

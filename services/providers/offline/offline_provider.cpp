#include "providers/offline/offline_provider.h"

#include "providers/offline/offline_stream.h"

#include <QCoreApplication>

namespace promptdesk {

ProviderDescriptor OfflineProvider::descriptor() const
{
    ProviderDescriptor d;
    d.id = QStringLiteral("offline");
    d.displayName = QCoreApplication::translate("OfflineProvider", "Offline (basic)");
    d.basic = true;
    ModelInfo model;
    model.id = QString::fromUtf16(kModelId);
    model.displayName = QCoreApplication::translate("OfflineProvider", "Built-in basic engine");
    // No model context: the engine reads whole documents (the summary of 250,000 words takes
    // well under a second), so the limit only tells the pipeline not to chunk for it.
    model.contextTokens = 100'000'000;
    // It runs on this computer: every request costs nothing (shown as $0.0000, not "unknown").
    model.inputPricePerMTok = 0;
    model.outputPricePerMTok = 0;
    d.models = {model};
    d.defaultModel = model.id;
    return d;
}

ProviderStream *OfflineProvider::start(const ProviderRequest &request, QObject *parent)
{
    // One model only: whatever was requested, the answer comes from (and is recorded as)
    // offline-basic, so the audit log shows requested vs. returned honestly.
    return new OfflineStream(request.task, QString::fromUtf16(kModelId), parent);
}

} // namespace promptdesk

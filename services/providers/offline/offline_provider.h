#pragma once

#include "providers/provider.h"

namespace promptdesk {

// The built-in engine, provider id "offline": no network, always available, labelled as basic
// (descriptor().basic). It reads the structured task of a request (ProviderRequest::task), not
// its prompt messages: an extractive summary, a rule-based rewrite or a pattern-based
// extraction. See OfflineEngine for the work and OfflineStream for the streaming contract.
class OfflineProvider final : public Provider {
public:
    static constexpr auto kModelId = u"offline-basic";

    ProviderDescriptor descriptor() const override;
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override;
};

} // namespace promptdesk

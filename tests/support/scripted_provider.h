#pragma once

#include "providers/provider.h"

#include <QStringList>

namespace promptdesk::testing {

// A provider for tests: answers every request with the given chunks, one per event-loop turn,
// and records what it was sent, so tests can assert that nothing reached it.
class ScriptedProvider final : public Provider {
public:
    explicit ScriptedProvider(QString id, QStringList chunks = {QStringLiteral("ok")});

    ProviderDescriptor descriptor() const override;
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override;

    QList<ProviderRequest> received() const { return m_received; }
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }
    void setChunkDelayMs(int ms) { m_delayMs = ms; }

private:
    QString m_id;
    QStringList m_chunks;
    QList<ProviderRequest> m_received;
    std::optional<Error> m_failure;
    int m_delayMs = 0;
};

} // namespace promptdesk::testing

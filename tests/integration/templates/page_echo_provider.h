#pragma once

#include "providers/provider.h"

#include <QList>
#include <QStringList>

namespace promptdesk::testing {

// A content-aware provider for long-document tests (an in-process stand-in for the emulator):
// - map steps (the prompt carries "[p. N]" page markers): one line per page,
//   "- <first sentence of the page> [p. N]";
// - reduce steps (instructions start "The document below is a set of notes"): every
//   `reduceKeepEvery`-th note line, citations kept;
// - extraction requests (JSON Schema in the instructions) and anything else: `scriptedAnswers` in
// turn (then "ok"). Every answer arrives after `delayMs` (a fixed per-request delay), in two
// deltas. It records the requests and the most requests ever in flight at once.
class PageEchoProvider final : public Provider {
public:
    explicit PageEchoProvider(QString id = QStringLiteral("echo"));

    ProviderDescriptor descriptor() const override;
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override;

    void setDelayMs(int ms) { m_delayMs = ms; }
    void setScriptedAnswers(QStringList answers) { m_answers = std::move(answers); }
    void setReduceKeepEvery(int n) { m_keepEvery = n; }
    // The next `n` answers end as if cut off at the token limit (stop reason "max_tokens").
    void setTruncateNext(int n) { m_truncateNext = n; }

    QList<ProviderRequest> received() const { return m_received; }
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }

    static QString answerFor(const ProviderRequest &request, int keepEvery);

private:
    friend class PageEchoStream;
    QString m_id;
    int m_delayMs = 5;
    int m_keepEvery = 10;
    int m_truncateNext = 0;
    QStringList m_answers;
    QList<ProviderRequest> m_received;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace promptdesk::testing

#pragma once

#include "redaction/detector.h"
#include "redaction/redaction_config.h"
#include "redaction/redactor.h"

#include <memory>
#include <vector>

namespace promptdesk {

// Runs a fixed set of pattern detectors and replaces what they find with placeholders.
// Immutable after construction, so one instance serves any number of worker threads.
class PatternRedactor final : public Redactor {
public:
    explicit PatternRedactor(std::vector<std::unique_ptr<Detector>> detectors,
                             RedactionConfig config = {});
    // Every built-in detector with the default configuration.
    static std::unique_ptr<PatternRedactor> withDefaultDetectors();
    // Every built-in detector plus the configured id patterns, custom terms and allow-list.
    static std::unique_ptr<PatternRedactor> withConfig(const RedactionConfig &config);

    const RedactionConfig &config() const { return m_config; }
    // In the order they run (the benchmark times each one).
    const std::vector<std::unique_ptr<Detector>> &detectors() const { return m_detectors; }

    QList<PiiSpan> detect(QStringView text) const override;
    RedactedText redact(const QString &text) const override;
    // "card/1,email/1,phone/1": detector names with versions, sorted by name.
    QString detectorVersion() const override { return m_version; }

    // Keeps the longest of overlapping spans (the earlier one on a tie); sorted by start.
    static QList<PiiSpan> resolveOverlaps(QList<PiiSpan> spans);

private:
    bool isAllowed(QStringView value) const;
    QList<PiiSpan> detectBlock(QStringView text) const;

    std::vector<std::unique_ptr<Detector>> m_detectors;
    RedactionConfig m_config;
    QStringList m_allowFolded; // allow-list, case-folded and simplified
    QString m_version;
};

} // namespace promptdesk

#pragma once

#include "detector.h"
#include "redactor.h"

#include <memory>
#include <vector>

namespace promptdesk {

// Runs a fixed set of pattern detectors and replaces what they find with placeholders.
// Immutable after construction, so one instance serves any number of worker threads.
class PatternRedactor final : public Redactor {
public:
    explicit PatternRedactor(std::vector<std::unique_ptr<Detector>> detectors);
    // E-mail, phone and payment card detectors.
    static std::unique_ptr<PatternRedactor> withDefaultDetectors();

    QList<PiiSpan> detect(QStringView text) const override;
    RedactedText redact(const QString &text) const override;
    // "card/1,email/1,phone/1": detector names with versions, sorted by name.
    QString detectorVersion() const override { return m_version; }

    // Keeps the longest of overlapping spans (the earlier one on a tie); sorted by start.
    static QList<PiiSpan> resolveOverlaps(QList<PiiSpan> spans);

private:
    std::vector<std::unique_ptr<Detector>> m_detectors;
    QString m_version;
};

} // namespace promptdesk

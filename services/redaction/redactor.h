#pragma once

#include "redaction/pii_span.h"
#include "redaction/placeholder_vault.h"

#include <QMap>

namespace promptdesk {

struct RedactedText {
    QString text;            // the input with every span replaced by its placeholder
    QList<PiiSpan> spans;    // spans in the *original* text, sorted, non-overlapping
    PlaceholderVault vault;  // placeholder -> original
    QString detectorVersion; // e.g. "email/1,phone/1,card/1"

    // Occurrences per type (spans, not distinct values): what the audit records.
    QMap<QString, int> countsByType() const;
};

// Finds personal data and replaces it with typed, numbered placeholders.
// Implementations are thread-safe (the pipeline runs them on a worker thread).
class Redactor {
public:
    virtual ~Redactor() = default;
    virtual QList<PiiSpan> detect(QStringView text) const = 0;
    virtual RedactedText redact(const QString &text) const = 0;
    virtual QString detectorVersion() const = 0;
};

} // namespace promptdesk

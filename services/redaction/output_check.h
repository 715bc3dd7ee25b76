#pragma once

#include "redaction/pii_span.h"
#include "redaction/placeholder_vault.h"

namespace promptdesk {

class Redactor;

// Personal data in a model's output that did not come from the user's text: an e-mail
// address, number or name the model made up (or recalled). The restored output is scanned
// with the same detectors; a finding whose value is not in the job's vault is reported so the
// UI can highlight it with a warning.
struct OutputFinding {
    PiiSpan span;  // in the checked text
    QString value; // the text of the span (shown to the user, never logged)
};

class OutputCheck final {
public:
    static QList<OutputFinding> unexpectedPii(const Redactor &redactor, const QString &output,
                                              const PlaceholderVault &vault);
    // "2 e-mail addresses, 1 phone number" style counts per type, for a warning line.
    static QMap<QString, int> countsByType(const QList<OutputFinding> &findings);
};

} // namespace promptdesk

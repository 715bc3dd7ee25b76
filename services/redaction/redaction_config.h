#pragma once

#include <QString>
#include <QStringList>

namespace promptdesk {

// What an administrator's policy (or the user's settings) adds to the built-in detectors.
// Passed to PatternRedactor::withConfig(); the defaults match the company's own id formats.
struct RedactionConfig {
    // Regular expressions (PCRE, matched whole-word) for staff and customer account ids.
    QStringList employeeIdPatterns = {QStringLiteral(R"(EMP-?[0-9]{4,8})"),
                                      QStringLiteral(R"(E[0-9]{5,7})"),
                                      QStringLiteral(R"(DRV-?[0-9]{5,8})")};
    QStringList customerIdPatterns = {QStringLiteral(R"((?:RDR|CUST|RID)-?[0-9]{5,10})")};
    // Words or phrases always redacted (case-insensitive), reported as type CUSTOM.
    QStringList customTerms;
    // Values never redacted, whatever a detector says (case-insensitive, whole span).
    QStringList allowList;
    // Types the user may not un-redact in the review step (policy's mandatory types).
    QStringList mandatoryTypes;
};

} // namespace promptdesk

#include "redaction/output_check.h"

#include "redaction/redactor.h"

namespace promptdesk {

QList<OutputFinding> OutputCheck::unexpectedPii(const Redactor &redactor, const QString &output,
                                                const PlaceholderVault &vault)
{
    QList<OutputFinding> findings;
    for (const PiiSpan &span : redactor.detect(output)) {
        const QString value = output.sliced(span.start, span.length());
        if (vault.hasValue(span.type, value)) {
            continue;
        }
        // A part of a known value ("Williams" of "Daniel Williams") is not new either.
        if ((span.type == QStringLiteral("PERSON") || span.type == QStringLiteral("LOCATION") ||
             span.type == QStringLiteral("ADDRESS")) &&
            vault.hasValuePart(value)) {
            continue;
        }
        findings.append(OutputFinding{span, value});
    }
    return findings;
}

QMap<QString, int> OutputCheck::countsByType(const QList<OutputFinding> &findings)
{
    QMap<QString, int> counts;
    for (const OutputFinding &finding : findings) {
        ++counts[finding.span.type];
    }
    return counts;
}

} // namespace promptdesk

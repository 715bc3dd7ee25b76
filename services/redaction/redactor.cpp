#include "redaction/redactor.h"

namespace promptdesk {

QMap<QString, int> RedactedText::countsByType() const
{
    QMap<QString, int> counts;
    for (const PiiSpan &span : spans) {
        ++counts[span.type];
    }
    return counts;
}

} // namespace promptdesk

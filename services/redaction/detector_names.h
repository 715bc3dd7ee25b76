#pragma once

#include <QString>

namespace promptdesk::pii {

// Type names as in shared/eval/README.md; the audit log and the CLI print them.
inline QString emailType()
{
    return QStringLiteral("EMAIL");
}
inline QString phoneType()
{
    return QStringLiteral("PHONE");
}
inline QString creditCardType()
{
    return QStringLiteral("CREDIT_CARD");
}

} // namespace promptdesk::pii

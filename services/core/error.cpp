#include "core/error.h"

namespace promptdesk {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorKind::Encrypted:
        return QStringLiteral("encrypted");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::NoText:
        return QStringLiteral("no-text");
    case ErrorKind::Blocked:
        return QStringLiteral("blocked");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Provider:
        return QStringLiteral("provider");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString formatCliError(const Error &error)
{
    return QStringLiteral("error: ") + errorKindName(error.kind) + QStringLiteral(": ") +
           error.message;
}

} // namespace promptdesk

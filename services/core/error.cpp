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
    case ErrorKind::Disk:
        return QStringLiteral("disk");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString formatCliError(const Error &error)
{
    return QStringLiteral("error: ") + errorKindName(error.kind) + QStringLiteral(": ") +
           escapeControlCharacters(error.message); // one line, whatever the message echoes
}

QString escapeControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            out += QStringLiteral("\\n");
        } else if (u == u'\r') {
            out += QStringLiteral("\\r");
        } else if (u == u'\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace promptdesk

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace promptdesk::cli {

// Parses a command's arguments; on failure returns false with a message for `error: usage:`.
inline bool parseCommandArgs(QCommandLineParser &parser, const QString &command,
                             const QStringList &args, QString *message)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("promptdesk-cli ") + command);
    if (!parser.parse(full)) {
        *message = parser.errorText();
        return false;
    }
    return true;
}

} // namespace promptdesk::cli

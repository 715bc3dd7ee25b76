#pragma once

#include <QStringList>

namespace promptdesk::cli {

// Each command takes the arguments after its name and returns the process exit code.
// Errors follow the contract: one line "error: KIND: message" on stderr, non-zero exit.
int extractTextCommand(const QStringList &args);
int redactCommand(const QStringList &args);
int runCommand(const QStringList &args);
int templatesCommand(const QStringList &args);
int providersCommand(const QStringList &args);
int providerKeyCommand(const QStringList &args); // provider_key_command.cpp
int auditCommand(const QStringList &args);
int historyCommand(const QStringList &args);

} // namespace promptdesk::cli

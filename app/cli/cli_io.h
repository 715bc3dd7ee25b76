#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace promptdesk::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void writeOut(const QString &text); // UTF-8 to stdout, flushed
void writeErr(const QString &text); // UTF-8 to stderr, flushed

// Prints "error: KIND: message" on stderr and returns the exit code for it.
int fail(const Error &error);
int usageError(const QString &message);

// The CLI's stderr holds only "error:", "warning:" and "note:" lines (the contract scripts
// read): the engine's own warnings (promptdesk.* categories) become "warning:" lines, one line
// each; Qt's internal warnings are dropped unless QT_LOGGING_RULES asks for logging, and then
// every enabled message is printed as "log: CATEGORY: message".
void installCliMessageHandler();

// All of standard input, bounded so a runaway pipe cannot exhaust memory.
Result<QByteArray> readStandardInput(qint64 maxBytes);
// Standard input as text (decoded like a text file: BOM, UTF-16, UTF-8, Windows-1252), sniffed
// as a file given by its path is: an executable, random bytes or a PDF piped in are refused,
// never sent as if they were pasted notes.
Result<QString> readStandardInputText(qint64 maxBytes);

} // namespace promptdesk::cli

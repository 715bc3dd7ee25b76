#pragma once

#include <QMetaType>
#include <QString>

namespace promptdesk {

// What went wrong, in terms a caller can act on. The CLI prints the kebab-case name
// (`error: too-large: ...`); the GUI shows the message.
enum class ErrorKind {
    Unsupported, // a format or request we cannot handle
    Encrypted,   // the document needs a password
    Corrupt,     // damaged or hostile input
    TooLarge,    // beyond a configured limit
    NoText,      // readable, but holds no text
    Blocked,     // refused by policy
    Auth,        // credentials missing or rejected
    Network,     // could not reach the provider
    Provider,    // the provider answered with an error
    Usage,       // the caller asked for something that cannot be done (missing file, bad option)
    Cancelled,   // the user stopped the work
    Disk,        // the disk is full or could not be written: the work could not be recorded
    Internal,    // a bug or an environment failure (database locked, keychain broken)
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence a non-engineer can read; never document content

    static Error make(ErrorKind kind, const QString &message) { return Error{kind, message}; }
};

// Stable machine name of a kind, as in the CLI contract: "unsupported", "too-large", ...
QString errorKindName(ErrorKind kind);

// "error: KIND: message", the one line the CLI prints on stderr.
QString formatCliError(const Error &error);

// `text` with every control character (newline, tab, escape, U+2028...) written as an escape
// ("\\n", "\\u001b"): for messages that echo what a file or a user supplied (a policy key, a
// provider id), so that a message stays one line and cannot forge a second one.
QString escapeControlCharacters(const QString &text);

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::Error)

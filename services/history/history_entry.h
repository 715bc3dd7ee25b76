#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace promptdesk {

// One job in the user's private history. Text is stored redacted (placeholders in place of
// personal data); the originals (the vault) reach disk only encrypted, and only when the OS
// keychain holds the history key.
struct HistoryEntry {
    qint64 id = -1;
    QDateTime createdUtc;
    QString jobId;
    QString templateId;
    QMap<QString, QString> templateOptions; // for re-running the entry
    QString providerId;
    QString model;
    QString sourceName; // redacted file name, or "Pasted text"
    QString status;     // ok, error:<kind>, cancelled
    QString dataClass;  // the class the policy applied (Public .. Restricted); empty before v3
    QString redactedInput;
    QString redactedPrompt; // the prompt as sent (system + messages), with placeholders
    QString redactedOutput; // model output with placeholders, as received
    QMap<QString, int> redactionCounts;
    // Placeholder -> original. Given to save(); filled by entry() when the vault was kept and
    // the key is available. Never written in clear.
    QMap<QString, QString> vault;
    bool vaultKept = false; // set by the store: the originals were saved (encrypted)
};

// The entry's text with placeholders put back, for display only.
QString restorePlaceholders(const QString &text, const QMap<QString, QString> &vault);

} // namespace promptdesk

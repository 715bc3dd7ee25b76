#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace promptdesk {

// One job in the user's private history. Text is stored redacted (placeholders in place of
// personal data); originals are never written here in clear.
struct HistoryEntry {
    qint64 id = -1;
    QDateTime createdUtc;
    QString jobId;
    QString templateId;
    QString providerId;
    QString model;
    QString sourceName; // redacted file name, or "Pasted text"
    QString status;     // ok, error:<kind>, cancelled
    QString redactedInput;
    QString redactedOutput; // model output with placeholders, as received
    QMap<QString, int> redactionCounts;
};

} // namespace promptdesk

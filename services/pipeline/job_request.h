#pragma once

#include <QMap>
#include <QString>

namespace promptdesk {

// What the user asked for: one template over one input.
struct JobRequest {
    QString filePath;   // either a file ...
    QString pastedText; // ... or pasted text (used when filePath is empty)
    QString templateId;
    QMap<QString, QString> options; // template options; missing keys take their defaults
    QString providerId;             // empty: the registry's default
    QString model;                  // empty: the provider's default
    QString dataClass; // "Public".."Restricted" chosen by the user; empty: the policy's default
};

} // namespace promptdesk

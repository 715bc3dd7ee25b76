#pragma once

#include "audit/audit_event.h"
#include "core/result.h"

#include <QList>

namespace promptdesk {

struct AuditVerification {
    qint64 total = 0;
    qint64 valid = 0;
    qint64 firstBadSequence = -1; // -1 when the chain is intact
    qint64 lastCheckpoint = 0;    // number of the last checkpoint verified, 0 when none
    bool macsChecked = false;     // false when the MAC key was not available
    QString problem;              // what is wrong at firstBadSequence, for people
    QString summary;              // "N/N events valid, chain intact, last checkpoint #K verified"
};

// Filters of the compliance viewer and of exports; empty fields match everything.
struct AuditQuery {
    QDateTime fromUtc;
    QDateTime toUtc;
    QString user;
    QString providerId;
    QString model; // requested or returned
    QString action;
    QString status;
    QString policyVersion;
    QString dataClass;     // the policy's data class
    QString redactionType; // a redaction type that must have been counted, e.g. "EMAIL"
    qint64 afterSequence = 0;
    int limit = -1;
};

// Append-only, content-free record of what was sent where.
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual Result<qint64> append(const AuditEvent &event) = 0; // returns the sequence number
    virtual Result<QList<StoredAuditEvent>> events() const = 0;
    virtual Result<AuditVerification> verify() const = 0;

    // Keyed fingerprint of a prompt; empty when this log has no key.
    virtual QString fingerprint(QStringView content) const
    {
        Q_UNUSED(content);
        return {};
    }
};

} // namespace promptdesk

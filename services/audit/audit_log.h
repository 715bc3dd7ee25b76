#pragma once

#include "audit_event.h"
#include "result.h"

#include <QList>

namespace promptdesk {

struct AuditVerification {
    qint64 total = 0;
    qint64 valid = 0;
    qint64 firstBadSequence = -1; // -1 when the chain is intact
    QString summary;              // "N/N events valid, chain intact"
};

// Append-only, content-free record of what was sent where.
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual Result<qint64> append(const AuditEvent &event) = 0; // returns the sequence number
    virtual Result<QList<StoredAuditEvent>> events() const = 0;
    virtual Result<AuditVerification> verify() const = 0;
};

} // namespace promptdesk

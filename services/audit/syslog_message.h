#pragma once

#include "audit/audit_event.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace promptdesk {

// RFC 5424 syslog messages carrying audit events (and checkpoints) as structured data under
// SD-ID "promptdesk@32473" (32473 is the private enterprise number RFC 5612 reserves for
// documentation; deployments may map it), so a SIEM sees every field without parsing text.
QByteArray auditSyslogMessage(const StoredAuditEvent &stored, qint64 pid);
QByteArray checkpointSyslogMessage(const AuditCheckpoint &checkpoint, const QString &device,
                                   qint64 pid);

// RFC 5425 / RFC 6587 octet-counting frame: "LEN SP MSG".
QByteArray octetCountedFrame(const QByteArray &message);

// What a collector's file gives back: events and checkpoints found in lines that hold our
// structured data (other lines are skipped). Each line may carry a collector's prefix
// before the RFC 5424 header.
struct ForwardedAuditRecords {
    QList<StoredAuditEvent> events;
    QList<AuditCheckpoint> checkpoints;
    int skippedLines = 0;
};
ForwardedAuditRecords parseForwardedAuditLines(const QByteArray &fileContent);

// Parses the structured data "[id k="v" ...]..." of one RFC 5424 message into name/value
// pairs of the element with this SD-ID; false when absent or malformed.
bool parseStructuredData(QByteArrayView message, QByteArrayView sdId,
                         QList<QPair<QString, QString>> *params);

} // namespace promptdesk

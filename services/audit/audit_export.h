#pragma once

#include "audit/audit_event.h"
#include "audit/audit_log.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>

namespace promptdesk {

// CSV (RFC 4180) export of audit events: a header line, then one line per event.
QByteArray auditCsvHeader();
QByteArray auditCsvLine(const StoredAuditEvent &stored);

// OCSF "API Activity" (class 6003) object for one event, written one per line (JSONL). The
// AI operation goes into ai_model (model, provider) and the token counts; fields OCSF has no
// place for are kept under "unmapped".
QJsonObject auditOcsfObject(const StoredAuditEvent &stored);

// The event with every field and its chain data, as evidence packages and the syslog
// structured data carry it, and back. fromAuditJson fails on anything malformed.
QJsonObject auditEventToJson(const StoredAuditEvent &stored);
Result<StoredAuditEvent> auditEventFromJson(const QJsonObject &object);

// An evidence package: events, checkpoints and the public keys that signed them, in one
// JSON Lines file that can be verified on any machine without the keychain.
struct AuditEvidence {
    QList<QByteArray> publicKeys;
    QList<StoredAuditEvent> events;
    QList<AuditCheckpoint> checkpoints;
    QString device; // where it was exported
    QDateTime createdUtc;
};

QByteArray writeAuditEvidence(const AuditEvidence &evidence);
Result<AuditEvidence> readAuditEvidence(const QByteArray &bytes);
// Verifies the chain and the checkpoints. trustedKeys empty: trusts the package's own keys
// (the report then names them so the reviewer can compare the key id out of band).
AuditVerification verifyAuditEvidence(const AuditEvidence &evidence,
                                      const QList<QByteArray> &trustedKeys = {});

} // namespace promptdesk

// Feeds arbitrary bytes to the parsers of forwarded syslog files and evidence packages, and
// verifies whatever they accept: nothing may crash, hang or read out of bounds.
#include "audit/audit_export.h"
#include "audit/syslog_message.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace promptdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ForwardedAuditRecords records = parseForwardedAuditLines(bytes);
    AuditEvidence fromSyslog;
    fromSyslog.events = records.events;
    fromSyslog.checkpoints = records.checkpoints;
    (void)verifyAuditEvidence(fromSyslog);

    if (Result<AuditEvidence> evidence = readAuditEvidence(bytes); evidence) {
        (void)verifyAuditEvidence(evidence.value());
        (void)writeAuditEvidence(evidence.value());
    }
    QList<QPair<QString, QString>> params;
    (void)parseStructuredData(bytes, "promptdesk@32473", &params);
    return 0;
}

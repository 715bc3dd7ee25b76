#pragma once

#include "audit/audit_chain.h"
#include "core/result.h"

#include <QByteArray>

class QSqlDatabase;

namespace promptdesk {

// Feeds every event of the SQLite audit log open on `database` to `verifier`, in sequence
// order. Reads through SQLite's own API on QtSql's handle and hashes on a second thread;
// macKey is the verifier's (empty: MACs are not checked). The caller then calls finish().
Result<void> verifySqliteAuditEvents(const QSqlDatabase &database, const QByteArray &macKey,
                                     AuditChainVerifier &verifier);

} // namespace promptdesk

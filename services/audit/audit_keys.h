#pragma once

#include "audit/audit_chain.h"
#include "core/result.h"

namespace promptdesk {

class SecretStore;

// Reads the audit MAC and signing keys from the keychain, creating and storing them on first
// use. Fails when the keychain cannot be reached; the caller then runs the log without keys.
Result<AuditKeys> loadOrCreateAuditKeys(SecretStore &secrets);

} // namespace promptdesk

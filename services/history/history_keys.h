#pragma once

#include "core/result.h"

#include <QByteArray>

namespace promptdesk {

class SecretStore;

// The per-user history vault key (32 bytes) from the keychain, created on first use. Fails
// when the keychain cannot be reached: the caller then keeps no vault and says so.
Result<QByteArray> loadOrCreateHistoryKey(SecretStore &secrets);

} // namespace promptdesk

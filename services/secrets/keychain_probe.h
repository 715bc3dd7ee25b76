#pragma once

#include <QString>

namespace promptdesk {

// Why the Secret Service cannot be used without prompting right now (no session bus, no
// default collection, locked), or empty. On Linux the keychain is probed over D-Bus first
// because a missing login keyring makes the first write open an unlock prompt that, on a
// headless session, never returns; elsewhere always empty.
QString keychainUnavailableReason();

} // namespace promptdesk

#pragma once

#include <QByteArray>
#include <QString>

namespace promptdesk::testing {

// ../shared next to the project, or empty when absent (a user's fresh clone). Tests that
// use it call QSKIP with a clear message in that case.
QString sharedDir();

// Directory holding the built executables (build/bin).
QString binDir();

// Makes sure a real Secret Service (gnome-keyring-daemon) is running on this process's
// D-Bus session with an unlocked default collection, starting it when needed. Returns an
// empty string on success, or why the keychain cannot be used here (no D-Bus session:
// run the test under `dbus-run-session`).
QString ensureUnlockedKeyring();

// Writes `bytes` to `dir/name` and returns the path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);

} // namespace promptdesk::testing

#define PROMPTDESK_REQUIRE_SHARED(subdir)                                                          \
    do {                                                                                           \
        if (promptdesk::testing::sharedDir().isEmpty())                                            \
            QSKIP("../shared is absent (fresh clone): this test reads shared/" subdir              \
                  " in place and is skipped; the project's own fixtures still run");               \
    } while (false)

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

// Every file under `dir` (hidden ones and subfolders too) that holds `needle` as UTF-8 or
// UTF-16, by path: the scan that shows deleted or never-kept text left no trace.
QStringList filesHolding(const QString &dir, const QByteArray &needle);

// An AWS shared credentials and config file in `dir` with the emulator's example keys
// (AWS's documented example pair, not a real key) and region eu-central-1, named by
// AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE for this process; AWS_PROFILE is unset.
void useEmulatorAwsProfile(const QString &dir);

// The app's config and data folders under `stateDir` (config/, data/) for this process.
void useAppStateIn(const QString &stateDir);

// `policy` written unsigned to `dir`/policy.json and loaded from there as a development
// policy (PROMPTDESK_POLICY_DIR, PROMPTDESK_POLICY_DEVELOPMENT=1) by the next AppContext.
void useDevelopmentPolicy(const QString &dir, const QByteArray &policy);

} // namespace promptdesk::testing

#define PROMPTDESK_REQUIRE_SHARED(subdir)                                                          \
    do {                                                                                           \
        if (promptdesk::testing::sharedDir().isEmpty())                                            \
            QSKIP("../shared is absent (fresh clone): this test reads shared/" subdir              \
                  " in place and is skipped; the project's own fixtures still run");               \
    } while (false)

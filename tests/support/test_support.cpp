#include "test_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace promptdesk::testing {

QString sharedDir()
{
    const QString configured = qEnvironmentVariable("PROMPTDESK_SHARED_DIR");
    if (!configured.isEmpty() && QFileInfo(configured + QStringLiteral("/DESIGN.md")).exists()) {
        return QDir(configured).absolutePath();
    }
    return {};
}

QString binDir()
{
    const QString configured = qEnvironmentVariable("PROMPTDESK_BIN_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write test file %s", qPrintable(path));
    }
    file.write(bytes);
    return path;
}

QStringList filesHolding(const QString &dir, const QByteArray &needle)
{
    const QString text = QString::fromUtf8(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (bytes.contains(needle) || bytes.contains(utf16)) {
                found.append(file.fileName());
            }
        }
    }
    return found;
}

void useEmulatorAwsProfile(const QString &dir)
{
    QDir().mkpath(dir);
    writeFile(dir, QStringLiteral("credentials"),
              "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    writeFile(dir, QStringLiteral("config"), "[default]\nregion = eu-central-1\n");
    qputenv("AWS_SHARED_CREDENTIALS_FILE", (dir + QStringLiteral("/credentials")).toUtf8());
    qputenv("AWS_CONFIG_FILE", (dir + QStringLiteral("/config")).toUtf8());
    qunsetenv("AWS_PROFILE");
}

void useAppStateIn(const QString &stateDir)
{
    qputenv("PROMPTDESK_CONFIG_DIR", (stateDir + QStringLiteral("/config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", (stateDir + QStringLiteral("/data")).toUtf8());
}

void useDevelopmentPolicy(const QString &dir, const QByteArray &policy)
{
    QDir().mkpath(dir);
    writeFile(dir, QStringLiteral("policy.json"), policy);
    qputenv("PROMPTDESK_POLICY_DIR", dir.toUtf8());
    qputenv("PROMPTDESK_POLICY_DEVELOPMENT", "1");
}

namespace {

bool secretServiceRunning()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
}

} // namespace

QString ensureUnlockedKeyring()
{
    static const QString outcome = []() -> QString {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || !QDBusConnection::sessionBus().isConnected()) {
            return QStringLiteral("no D-Bus session: run this test under dbus-run-session");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
            return QStringLiteral(
                "gnome-keyring-daemon is not installed (packaging/install-deps.sh)");
        }
        // One throw-away keyring per D-Bus session, outside the user's own keyrings. Test
        // processes run in parallel, so the first one starts the daemon under a lock and the
        // others find it registered. It must own the bus name before any keychain call:
        // otherwise D-Bus activation starts a second daemon on the default keyring, which
        // then asks a (display-less) prompter and fails.
        const QString tag = QString::fromLatin1(
            QCryptographicHash::hash(bus, QCryptographicHash::Sha1).toHex().left(12));
        const QString dir = QDir::tempPath() + QStringLiteral("/promptdesk-test-keyring-") + tag;
        QDir().mkpath(dir);
        QLockFile lock(dir + QStringLiteral(".lock"));
        lock.setStaleLockTime(60'000);
        if (!lock.tryLock(60'000)) {
            return QStringLiteral("another test held the keyring lock for a minute");
        }
        if (secretServiceRunning()) {
            return QString();
        }
        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir);
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        // A non-empty password makes the daemon create and unlock the login collection
        // without asking a prompter.
        daemon.write("test-only");
        daemon.closeWriteChannel();
        if (!daemon.waitForFinished(20'000) || daemon.exitCode() != 0) {
            return QStringLiteral("gnome-keyring-daemon could not be started: ") +
                   QString::fromLocal8Bit(daemon.readAllStandardError()).trimmed();
        }
        QDeadlineTimer deadline(15'000);
        while (!secretServiceRunning()) {
            if (deadline.hasExpired()) {
                return QStringLiteral(
                    "gnome-keyring-daemon started but never offered the Secret Service");
            }
            QThread::msleep(50);
        }
        return QString();
    }();
    return outcome;
}

} // namespace promptdesk::testing

#include "test_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

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

QString ensureUnlockedKeyring()
{
    static const QString outcome = []() -> QString {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty()) {
            return QStringLiteral("no D-Bus session: run this test under dbus-run-session");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
            return QStringLiteral(
                "gnome-keyring-daemon is not installed (packaging/install-deps.sh)");
        }
        // One throw-away keyring per D-Bus session, outside the user's own keyrings. A
        // non-empty password makes the daemon create and unlock the login collection
        // without asking a (display-less) prompter.
        const QString dir =
            QDir::tempPath() + QStringLiteral("/promptdesk-test-keyring-") +
            QString::fromLatin1(
                QCryptographicHash::hash(bus, QCryptographicHash::Sha1).toHex().left(12));
        QDir().mkpath(dir);
        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir);
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        daemon.write("test-only");
        daemon.closeWriteChannel();
        if (!daemon.waitForFinished(20'000) || daemon.exitCode() != 0) {
            return QStringLiteral("gnome-keyring-daemon could not be started: ") +
                   QString::fromLocal8Bit(daemon.readAllStandardError()).trimmed();
        }
        return QString();
    }();
    return outcome;
}

} // namespace promptdesk::testing

#include "keychain_probe.h"

#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#endif

namespace promptdesk {

QString keychainUnavailableReason()
{
    if (qEnvironmentVariable("PROMPTDESK_KEYCHAIN") == QStringLiteral("off")) {
        return QStringLiteral("The keychain is switched off (PROMPTDESK_KEYCHAIN=off).");
    }
#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return QStringLiteral("There is no desktop session with a keychain.");
    }
    const QString service = QStringLiteral("org.freedesktop.secrets");
    // Asked without D-Bus activation: starting a keyring daemon here would create a default
    // keyring that needs a password prompt; a desktop session already runs its keychain.
    QDBusMessage readAlias = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    readAlias.setAutoStartService(false);
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias, QDBus::Block, 3000);
    if (!alias.isValid()) {
        return QStringLiteral("No system keychain (Secret Service) is running.");
    }
    if (alias.value().path() == QStringLiteral("/")) {
        return QStringLiteral("The system keychain has no default keyring yet.");
    }
    QDBusInterface properties(service, alias.value().path(),
                              QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    properties.setTimeout(3000);
    const QDBusReply<QDBusVariant> locked =
        properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"),
                        QStringLiteral("Locked"));
    if (!locked.isValid()) {
        return QStringLiteral("The system keychain did not answer.");
    }
    if (locked.value().variant().toBool()) {
        return QStringLiteral("The system keychain is locked.");
    }
#endif
    return {};
}

} // namespace promptdesk

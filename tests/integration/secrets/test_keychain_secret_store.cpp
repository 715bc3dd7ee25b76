// The real OS keychain: gnome-keyring's Secret Service on a private D-Bus session.
#include "secrets/keychain_secret_store.h"
#include "test_support.h"

#include <QUuid>
#include <QtTest>

using namespace promptdesk;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private:
    // A fresh service name per test keeps runs apart inside one keyring.
    static QString freshService()
    {
        return QStringLiteral("io.promptdesk.test.") + QUuid::createUuid().toString(QUuid::Id128);
    }

private Q_SLOTS:
    void init()
    {
        const QString why = testing::ensureUnlockedKeyring();
        if (!why.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("real keychain unavailable: ") + why));
        }
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store(freshService());
        const QByteArray secret("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\0\xff", 43);
        QVERIFY(store.write(QStringLiteral("provider/test/secret"), secret).ok());
        const auto read = store.read(QStringLiteral("provider/test/secret"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QVERIFY(read.value().has_value());
        QCOMPARE(*read.value(), secret);

        QVERIFY(store.write(QStringLiteral("provider/test/secret"), QByteArray("second")).ok());
        QCOMPARE(*store.read(QStringLiteral("provider/test/secret")).value(), QByteArray("second"));

        QVERIFY(store.remove(QStringLiteral("provider/test/secret")).ok());
        const auto gone = store.read(QStringLiteral("provider/test/secret"));
        QVERIFY(gone.ok());
        QVERIFY(!gone.value().has_value());
    }

    void missingKeyIsEmptyNotAnError()
    {
        KeychainSecretStore store(freshService());
        const auto read = store.read(QStringLiteral("never-written"));
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        QVERIFY(store.remove(QStringLiteral("never-written")).ok());
    }

    void servicesAreKeptApart()
    {
        KeychainSecretStore first(freshService());
        KeychainSecretStore second(freshService());
        QVERIFY(first.write(QStringLiteral("k"), QByteArray("one")).ok());
        QVERIFY(!second.read(QStringLiteral("k")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychain_secret_store.moc"

#include "secrets/memory_secret_store.h"

#include <QtTest>

using namespace promptdesk;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesOverwritesAndRemoves()
    {
        MemorySecretStore store;
        QVERIFY(!store.read(QStringLiteral("k")).value().has_value());
        QVERIFY(store.write(QStringLiteral("k"), QByteArray("a")).ok());
        QVERIFY(store.write(QStringLiteral("k"), QByteArray("b")).ok());
        QCOMPARE(*store.read(QStringLiteral("k")).value(), QByteArray("b"));
        QVERIFY(store.remove(QStringLiteral("k")).ok());
        QVERIFY(store.remove(QStringLiteral("k")).ok());
        QVERIFY(!store.read(QStringLiteral("k")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "test_memory_secret_store.moc"

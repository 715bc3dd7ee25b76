#include "core/app_paths.h"
#include "core/error.h"
#include "core/result.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;

class TestCore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorKindNamesFollowTheCliContract_data();
    void errorKindNamesFollowTheCliContract();
    void cliErrorLineHasKindAndMessage();
    void resultCarriesValueOrError();
    void pathsFollowEnvironment();
    void ensureExistCreatesOwnerOnlyFolders();
};

void TestCore::errorKindNamesFollowTheCliContract_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("unsupported") << int(ErrorKind::Unsupported) << QStringLiteral("unsupported");
    QTest::newRow("encrypted") << int(ErrorKind::Encrypted) << QStringLiteral("encrypted");
    QTest::newRow("corrupt") << int(ErrorKind::Corrupt) << QStringLiteral("corrupt");
    QTest::newRow("too-large") << int(ErrorKind::TooLarge) << QStringLiteral("too-large");
    QTest::newRow("no-text") << int(ErrorKind::NoText) << QStringLiteral("no-text");
    QTest::newRow("blocked") << int(ErrorKind::Blocked) << QStringLiteral("blocked");
    QTest::newRow("auth") << int(ErrorKind::Auth) << QStringLiteral("auth");
    QTest::newRow("network") << int(ErrorKind::Network) << QStringLiteral("network");
    QTest::newRow("provider") << int(ErrorKind::Provider) << QStringLiteral("provider");
    QTest::newRow("usage") << int(ErrorKind::Usage) << QStringLiteral("usage");
}

void TestCore::errorKindNamesFollowTheCliContract()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(errorKindName(static_cast<ErrorKind>(kind)), name);
}

void TestCore::cliErrorLineHasKindAndMessage()
{
    const Error error = makeError(ErrorKind::TooLarge, QStringLiteral("big.txt is 200 MB."));
    QCOMPARE(formatCliError(error), QStringLiteral("error: too-large: big.txt is 200 MB."));
}

void TestCore::resultCarriesValueOrError()
{
    Result<int> good = 42;
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    Result<int> bad = makeError(ErrorKind::Corrupt, QStringLiteral("broken"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::Corrupt);
    QCOMPARE(bad.error().message, QStringLiteral("broken"));
    Result<void> fine;
    QVERIFY(fine.ok());
}

void TestCore::pathsFollowEnvironment()
{
    QTemporaryDir dir;
    qputenv("PROMPTDESK_CONFIG_DIR", (dir.path() + QStringLiteral("/cfg")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", (dir.path() + QStringLiteral("/data")).toUtf8());
    const AppPaths paths = AppPaths::fromEnvironment();
    QCOMPARE(paths.configDir(), dir.path() + QStringLiteral("/cfg"));
    QCOMPARE(paths.dataDir(), dir.path() + QStringLiteral("/data"));
    QVERIFY(paths.auditDatabase().startsWith(paths.dataDir()));
    QVERIFY(paths.historyDatabase().startsWith(paths.dataDir()));
    QVERIFY(paths.settingsFile().startsWith(paths.configDir()));
    qunsetenv("PROMPTDESK_CONFIG_DIR");
    qunsetenv("PROMPTDESK_DATA_DIR");
}

void TestCore::ensureExistCreatesOwnerOnlyFolders()
{
    QTemporaryDir dir;
    const AppPaths paths(dir.path() + QStringLiteral("/a/cfg"),
                         dir.path() + QStringLiteral("/b/data"));
    QVERIFY(paths.ensureExist().ok());
    for (const QString &folder : {paths.configDir(), paths.dataDir()}) {
        const QFileInfo info(folder);
        QVERIFY(info.isDir());
        QVERIFY(!(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));
    }
}

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"

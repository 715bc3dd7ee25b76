// The policy banner in the real window: an expired policy puts the app back on the offline
// engine with a visible banner saying why; development mode is visible; a valid signed policy
// far from expiry shows nothing.
#include "app_context.h"
#include "main_window.h"
#include "pipeline/pipeline.h"
#include "policy_banner.h"
#include "policy_fixtures.h"
#include "providers/provider_registry.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;
using promptdesk::testing::basicPolicy;
using promptdesk::testing::PolicyDir;
using promptdesk::testing::toBytes;
using promptdesk::testing::writeBytes;

class TestPolicyBanner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void expiredPolicyShowsBannerAndOfflineOnly();
    void developmentModeIsVisible();
    void signedPolicyShowsNoBanner();
    void expiringSoonIsAnnounced();

private:
    std::unique_ptr<AppContext> contextFor(const QString &policyDir, bool development);
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestPolicyBanner::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("PROMPTDESK_CONFIG_DIR", m_state->filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_state->filePath(QStringLiteral("data")).toUtf8());
}

std::unique_ptr<AppContext> TestPolicyBanner::contextFor(const QString &policyDir, bool development)
{
    qputenv("PROMPTDESK_POLICY_DIR", policyDir.toUtf8());
    if (development) {
        qputenv("PROMPTDESK_POLICY_DEVELOPMENT", "1");
    } else {
        qunsetenv("PROMPTDESK_POLICY_DEVELOPMENT");
    }
    auto context = AppContext::create();
    if (!context) {
        qWarning() << context.error().message;
        return nullptr;
    }
    return std::move(context).value();
}

void TestPolicyBanner::expiredPolicyShowsBannerAndOfflineOnly()
{
    PolicyDir dir(m_state->filePath(QStringLiteral("policy")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    dir.writeSigned(toBytes(basicPolicy(now.addDays(-100), now.addDays(-1))));
    auto context = contextFor(dir.path, false);
    QVERIFY(context);
    QCOMPARE(context->pipeline().policy().policyVersion(), QStringLiteral("builtin-1"));
    MainWindow window(context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<PolicyBanner *>(QStringLiteral("policyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), PolicyBanner::Level::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("offline engine")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("expired")), qPrintable(banner->text()));
    // The gate behind the window refuses every remote provider.
    ProviderDescriptor bedrock;
    bedrock.id = QStringLiteral("bedrock-eu");
    bedrock.region = QStringLiteral("eu-central-1");
    bedrock.endpointHost = QStringLiteral("bedrock-runtime.eu-central-1.amazonaws.com");
    QVERIFY(!context->pipeline().policy().evaluate(bedrock, ProviderRequest{}).allowed);
}

void TestPolicyBanner::developmentModeIsVisible()
{
    PolicyDir dir(m_state->filePath(QStringLiteral("policy")));
    dir.writeUnsigned(toBytes(basicPolicy()));
    auto context = contextFor(dir.path, true);
    QVERIFY(context);
    MainWindow window(context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<PolicyBanner *>(QStringLiteral("policyBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->level(), PolicyBanner::Level::Danger);
    QVERIFY(banner->text().contains(QStringLiteral("Development mode")));
    QCOMPARE(context->pipeline().policy().policyVersion(), QStringLiteral("dev:test-1"));
}

void TestPolicyBanner::signedPolicyShowsNoBanner()
{
    // A company policy signed by a key this computer trusts: no banner. (Only the machine-wide
    // folder holds such keys, so the status is made here rather than deployed to /etc.)
    PolicyStatus status;
    status.source = PolicyStatus::Source::Signed;
    status.version = QStringLiteral("acme-7");
    status.expiresUtc = QDateTime::currentDateTimeUtc().addDays(90);
    QCOMPARE(PolicyBanner::levelFor(status), PolicyBanner::Level::None);

    // The same policy signed by a key from the user's own policy folder: a development banner.
    PolicyDir dir(m_state->filePath(QStringLiteral("policy")));
    dir.writeSigned(toBytes(basicPolicy()));
    auto context = contextFor(dir.path, false);
    QVERIFY(context);
    MainWindow window(context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<PolicyBanner *>(QStringLiteral("policyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("does not trust")), qPrintable(banner->text()));
    QCOMPARE(context->pipeline().policy().policyVersion(), QStringLiteral("dev:test-1"));
}

void TestPolicyBanner::expiringSoonIsAnnounced()
{
    PolicyStatus status;
    status.source = PolicyStatus::Source::Signed;
    status.version = QStringLiteral("acme-7");
    status.expiresUtc = QDateTime::currentDateTimeUtc().addDays(3);
    status.expiringSoon = true;
    PolicyBanner banner;
    banner.setStatus(status);
    QCOMPARE(banner.level(), PolicyBanner::Level::Info);
    QVERIFY(banner.text().contains(QStringLiteral("expires on")));
    status.expiringSoon = false;
    status.inGrace = true;
    banner.setStatus(status);
    QCOMPARE(banner.level(), PolicyBanner::Level::Warning);
    status.inGrace = false;
    banner.setStatus(status);
    QCOMPARE(banner.level(), PolicyBanner::Level::None);
    QVERIFY(banner.isHidden());
}

QTEST_MAIN(TestPolicyBanner)
#include "test_policy_banner.moc"

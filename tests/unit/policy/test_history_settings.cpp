// Whether history is kept and for how long: the user's choice in the settings file, unless the
// policy fixes it (`retention.historyDays`, or `lockedSettings` with the administrator's
// reason), in which case the choice is ignored and the lock says why.
#include "pipeline/history_settings.h"
#include "policy/signed_policy_gate.h"
#include "policy_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;
using namespace promptdesk::testing;

namespace {

PolicyLoadOutcome loadedFrom(const QJsonObject &policy)
{
    static QTemporaryDir tmp;
    PolicyDir dir(tmp.path());
    dir.writeSigned(toBytes(policy));
    return dir.load();
}

UserContext user()
{
    return {QStringLiteral("sam"), QStringLiteral("DE"), QStringLiteral("Europe/Berlin")};
}

QJsonObject withRetention(int days)
{
    QJsonObject o = basicPolicy();
    o.insert(QStringLiteral("retention"), QJsonObject{{QStringLiteral("historyDays"), days}});
    return o;
}

} // namespace

class TestHistorySettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void userChoiceIsKeptWithoutAPolicyRule();
    void policyRetentionLocksTheDays();
    void policyRetentionZeroTurnsHistoryOff();
    void lockedSettingCarriesTheAdministratorsReason();
    void outOfRangeDaysAreBounded();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestHistorySettings::init()
{
    QFile::remove(settingsFile());
}

void TestHistorySettings::userChoiceIsKeptWithoutAPolicyRule()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    HistorySettings settings(settingsFile(), gate);
    QVERIFY(settings.enabled()); // on by default, kept until deleted
    QCOMPARE(settings.retentionDays(), 0);
    QVERIFY(!settings.enabledLock().locked);
    QVERIFY(!settings.retentionLock().locked);
    QCOMPARE(settings.keptForText(), QStringLiteral("Entries are kept until you delete them."));
    settings.setRetentionDays(14);
    QCOMPARE(HistorySettings(settingsFile(), gate).retentionDays(), 14);
    QVERIFY(settings.keptForText().contains(QStringLiteral("14 day")));
    settings.setEnabled(false);
    QVERIFY(!HistorySettings(settingsFile(), gate).enabled());
    QVERIFY(settings.keptForText().contains(QStringLiteral("turned off")));
}

void TestHistorySettings::policyRetentionLocksTheDays()
{
    const SignedPolicyGate gate(loadedFrom(withRetention(30)), user());
    HistorySettings settings(settingsFile(), gate);
    settings.setRetentionDays(365); // ignored: the policy decides
    QCOMPARE(settings.retentionDays(), 30);
    const SettingLock lock = settings.retentionLock();
    QVERIFY(lock.locked);
    QVERIFY2(lock.reason.contains(QStringLiteral("30 day")), qPrintable(lock.reason));
    QVERIFY(!settings.enabledLock().locked); // the user may still turn history off
    settings.setEnabled(false);
    QVERIFY(!settings.enabled());
}

void TestHistorySettings::policyRetentionZeroTurnsHistoryOff()
{
    const SignedPolicyGate gate(loadedFrom(withRetention(0)), user());
    HistorySettings settings(settingsFile(), gate);
    settings.setEnabled(true); // ignored
    QVERIFY(!settings.enabled());
    QVERIFY(settings.enabledLock().locked);
    QVERIFY2(settings.enabledLock().reason.contains(QStringLiteral("no history")),
             qPrintable(settings.enabledLock().reason));
    QVERIFY(settings.keptForText().contains(QStringLiteral("turned off")));
}

void TestHistorySettings::lockedSettingCarriesTheAdministratorsReason()
{
    QJsonObject o = withRetention(90);
    o.insert(QStringLiteral("lockedSettings"),
             QJsonObject{{QStringLiteral("history.enabled"),
                          QJsonObject{{QStringLiteral("value"), true},
                                      {QStringLiteral("reason"),
                                       QStringLiteral("Support keeps its answers on file.")}}}});
    const SignedPolicyGate gate(loadedFrom(o), user());
    HistorySettings settings(settingsFile(), gate);
    settings.setEnabled(false); // ignored
    QVERIFY(settings.enabled());
    QCOMPARE(settings.enabledLock().reason, QStringLiteral("Support keeps its answers on file."));
    QCOMPARE(settings.retentionDays(), 90);
}

void TestHistorySettings::outOfRangeDaysAreBounded()
{
    const SignedPolicyGate gate(loadedFrom(basicPolicy()), user());
    HistorySettings settings(settingsFile(), gate);
    settings.setRetentionDays(-5);
    QCOMPARE(settings.retentionDays(), 0);
    settings.setRetentionDays(10'000'000);
    QCOMPARE(settings.retentionDays(), HistorySettings::kMaxRetentionDays);
    // A hand-edited settings file with nonsense in it reads as "keep until deleted".
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[history]\nretention_days=lots\nenabled=maybe\n");
    file.close();
    QCOMPARE(settings.retentionDays(), 0);
}

QTEST_GUILESS_MAIN(TestHistorySettings)
#include "test_history_settings.moc"

#include "pipeline/history_settings.h"

#include "policy/policy_gate.h"

#include <QCoreApplication>
#include <QSettings>

namespace promptdesk {

namespace {

const QString kEnabledKey = QStringLiteral("history/enabled");
const QString kRetentionKey = QStringLiteral("history/retention_days");
const QString kPolicyEnabledKey = QStringLiteral("history.enabled");
const QString kPolicyRetentionKey = QStringLiteral("history.retentionDays");

// Not a QObject: the macro gives this file's messages a context that lupdate and the runtime
// agree on (a free tr() is invisible to lupdate).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistorySettings)
};

} // namespace

HistorySettings::HistorySettings(QString settingsFile, const PolicyGate &policy)
    : m_settingsFile(std::move(settingsFile))
    , m_policy(policy)
{
}

bool HistorySettings::enabled() const
{
    if (const std::optional<LockedSetting> lock = m_policy.lockedSetting(kPolicyEnabledKey)) {
        return lock->value.trimmed() != QStringLiteral("false");
    }
    return QSettings(m_settingsFile, QSettings::IniFormat).value(kEnabledKey, true).toBool();
}

SettingLock HistorySettings::enabledLock() const
{
    const std::optional<LockedSetting> lock = m_policy.lockedSetting(kPolicyEnabledKey);
    if (!lock) {
        return {};
    }
    if (!lock->reason.isEmpty()) {
        return {true, lock->reason};
    }
    return {true, enabled() ? Text::tr("Your company's policy keeps a history of your jobs.")
                            : Text::tr("Your company's policy keeps no history on this computer.")};
}

void HistorySettings::setEnabled(bool on)
{
    if (!enabledLock().locked) {
        QSettings(m_settingsFile, QSettings::IniFormat).setValue(kEnabledKey, on);
    }
}

int HistorySettings::retentionDays() const
{
    int days = 0;
    if (const std::optional<LockedSetting> lock = m_policy.lockedSetting(kPolicyRetentionKey)) {
        days = lock->value.trimmed().toInt();
    } else {
        days = QSettings(m_settingsFile, QSettings::IniFormat).value(kRetentionKey, 0).toInt();
    }
    return qBound(0, days, kMaxRetentionDays);
}

SettingLock HistorySettings::retentionLock() const
{
    const std::optional<LockedSetting> lock = m_policy.lockedSetting(kPolicyRetentionKey);
    if (!lock) {
        return {};
    }
    if (!lock->reason.isEmpty()) {
        return {true, lock->reason};
    }
    const int days = retentionDays();
    return {true, days > 0
                      ? Text::tr("Your company's policy deletes history entries after %n day(s).",
                                 nullptr, days)
                      : Text::tr("Your company's policy keeps history entries until you delete "
                                 "them.")};
}

void HistorySettings::setRetentionDays(int days)
{
    if (!retentionLock().locked) {
        QSettings(m_settingsFile, QSettings::IniFormat)
            .setValue(kRetentionKey, qBound(0, days, kMaxRetentionDays));
    }
}

QString HistorySettings::keptForText() const
{
    if (!enabled()) {
        return Text::tr("History is turned off: no jobs are kept.");
    }
    const int days = retentionDays();
    return days > 0 ? Text::tr("Entries are kept for %n day(s), then deleted.", nullptr, days)
                    : Text::tr("Entries are kept until you delete them.");
}

} // namespace promptdesk

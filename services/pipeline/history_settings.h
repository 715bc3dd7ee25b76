#pragma once

#include <QString>

namespace promptdesk {

class PolicyGate;

// A setting the administrator's policy may fix: when locked, the window shows it disabled with
// the reason (the policy's own words, or a sentence made from the value).
struct SettingLock {
    bool locked = false;
    QString reason;
};

// Whether the user's history is kept and for how long: the user's choice (Preferences, in the
// settings file of the config dir) unless the policy fixes it through `retention.historyDays`
// or `lockedSettings` ("history.enabled", "history.retentionDays"). Read by the app at start
// (history off: nothing is recorded; retention applied) and by the windows that show it.
class HistorySettings final {
public:
    HistorySettings(QString settingsFile, const PolicyGate &policy);

    bool enabled() const;
    SettingLock enabledLock() const;
    void setEnabled(bool on); // ignored while locked

    // Entries older than this many days are deleted; 0 keeps them until the user deletes them.
    int retentionDays() const;
    SettingLock retentionLock() const;
    void setRetentionDays(int days); // ignored while locked

    // "Entries are kept for 30 days." / "… until you delete them." / "History is turned off."
    QString keptForText() const;

    static constexpr int kMaxRetentionDays = 36500;

private:
    QString m_settingsFile;
    const PolicyGate &m_policy;
};

} // namespace promptdesk

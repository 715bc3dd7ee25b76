#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

namespace promptdesk {

// The window's own preferences, kept in the settings file of the config dir (AppPaths): the
// interface language and whether the introduction has been shown. Nothing secret is stored
// here; keys live in the OS keychain.
//
// An administrator can fix them for every user of the machine (keys "Language" and
// "ShowIntroduction"): Group Policy on Windows (HKLM\Software\Policies\Promptdesk, see
// packaging/windows/promptdesk.admx), a configuration profile on macOS (managed preferences
// of io.promptdesk.Promptdesk) and /etc/promptdesk/settings.conf on Linux. A fixed language
// cannot be changed in Preferences.
class UiSettings final {
public:
    explicit UiSettings(const QString &settingsFile);
    // `machineSettings` replaces the platform's administrator settings (tests).
    UiSettings(const QString &settingsFile, std::unique_ptr<QSettings> machineSettings);
    ~UiSettings();
    Q_DISABLE_COPY_MOVE(UiSettings)

    // The administrator's settings of this platform (see above).
    static std::unique_ptr<QSettings> platformMachineSettings();

    // Languages with a complete translation, as codes ("en", "de", "fr", "es").
    static QStringList supportedLanguages();
    // The language's own name ("Deutsch") for the settings list.
    static QString nativeLanguageName(const QString &code);

    // The chosen interface language; empty means "follow the system".
    QString language() const;
    // True when the administrator has fixed the language.
    bool languageLocked() const;
    void setLanguage(const QString &code);
    // The locale the interface uses: the chosen language, or the system's.
    QLocale effectiveLocale() const;

    // True once shown, or when the administrator has turned the introduction off.
    bool introductionShown() const;
    void setIntroductionShown(bool shown);

    // Whether Run first shows the review step (Run > Review Personal Data Before Sending);
    // off by default.
    bool reviewBeforeSending() const;
    void setReviewBeforeSending(bool on);

    // The provider/model and data class the user last chose for Run (empty: the policy's
    // defaults). Ids only, never content.
    struct RunChoice {
        QString providerId;
        QString model;
        QString dataClass;
    };
    RunChoice runChoice() const;
    void setRunChoice(const RunChoice &choice);

    // The main window's size, position and state (QWidget::saveGeometry), so it opens where
    // the user left it; empty on the first start.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
    std::unique_ptr<QSettings> m_machine;
};

} // namespace promptdesk

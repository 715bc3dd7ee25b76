#include "ui_settings.h"

#include <QLocale>

namespace promptdesk {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kIntroductionKey = QStringLiteral("ui/introductionShown");
const QString kGeometryKey = QStringLiteral("ui/windowGeometry");
const QString kReviewKey = QStringLiteral("ui/reviewBeforeSending");
// The administrator's keys (same names on every platform).
const QString kMachineLanguageKey = QStringLiteral("Language");
const QString kMachineIntroductionKey = QStringLiteral("ShowIntroduction");
} // namespace

UiSettings::UiSettings(const QString &settingsFile)
    : UiSettings(settingsFile, platformMachineSettings())
{
}

UiSettings::UiSettings(const QString &settingsFile, std::unique_ptr<QSettings> machineSettings)
    : m_settings(settingsFile, QSettings::IniFormat)
    , m_machine(std::move(machineSettings))
{
}

UiSettings::~UiSettings() = default;

std::unique_ptr<QSettings> UiSettings::platformMachineSettings()
{
#if defined(Q_OS_WIN)
    return std::make_unique<QSettings>(
        QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Promptdesk"),
        QSettings::NativeFormat);
#elif defined(Q_OS_MACOS)
    return std::make_unique<QSettings>(
        QStringLiteral("/Library/Managed Preferences/io.promptdesk.Promptdesk.plist"),
        QSettings::NativeFormat);
#else
    return std::make_unique<QSettings>(QStringLiteral("/etc/promptdesk/settings.conf"),
                                       QSettings::IniFormat);
#endif
}

QStringList UiSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString UiSettings::nativeLanguageName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // "français" -> "Français" in a list of choices
    }
    return name;
}

bool UiSettings::languageLocked() const
{
    return m_machine && m_machine->contains(kMachineLanguageKey);
}

QString UiSettings::language() const
{
    const QString code = languageLocked() ? m_machine->value(kMachineLanguageKey).toString()
                                          : m_settings.value(kLanguageKey).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void UiSettings::setLanguage(const QString &code)
{
    if (languageLocked()) {
        return;
    }
    if (code.isEmpty() || !supportedLanguages().contains(code)) {
        m_settings.remove(kLanguageKey);
    } else {
        m_settings.setValue(kLanguageKey, code);
    }
    m_settings.sync();
}

QLocale UiSettings::effectiveLocale() const
{
    const QString code = language();
    if (code.isEmpty()) {
        return QLocale::system();
    }
    // Keep the system's country when it speaks the chosen language (de_AT stays de_AT).
    const QLocale system = QLocale::system();
    if (system.language() == QLocale(code).language()) {
        return system;
    }
    return QLocale(code);
}

bool UiSettings::introductionShown() const
{
    if (m_machine && m_machine->contains(kMachineIntroductionKey) &&
        !m_machine->value(kMachineIntroductionKey).toBool()) {
        return true;
    }
    return m_settings.value(kIntroductionKey, false).toBool();
}

void UiSettings::setIntroductionShown(bool shown)
{
    m_settings.setValue(kIntroductionKey, shown);
    m_settings.sync();
}

bool UiSettings::reviewBeforeSending() const
{
    return m_settings.value(kReviewKey, false).toBool();
}

void UiSettings::setReviewBeforeSending(bool on)
{
    m_settings.setValue(kReviewKey, on);
    m_settings.sync();
}

UiSettings::RunChoice UiSettings::runChoice() const
{
    return {m_settings.value(QStringLiteral("run/provider")).toString(),
            m_settings.value(QStringLiteral("run/model")).toString(),
            m_settings.value(QStringLiteral("run/dataClass")).toString()};
}

void UiSettings::setRunChoice(const RunChoice &choice)
{
    m_settings.setValue(QStringLiteral("run/provider"), choice.providerId);
    m_settings.setValue(QStringLiteral("run/model"), choice.model);
    m_settings.setValue(QStringLiteral("run/dataClass"), choice.dataClass);
    m_settings.sync();
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
    m_settings.sync();
}

} // namespace promptdesk

// UiSettings and the Preferences dialog: the language is stored in the settings file of the
// config dir (never anything secret), an administrator's setting locks it, and the
// introduction is remembered once shown.
#include "fake_pipeline.h"
#include "first_run_dialog.h"
#include "settings_dialog.h"
#include "ui_settings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;
using namespace promptdesk::testing;

class TestUiSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void languageFollowsSystemUntilChosen();
    void unknownLanguageIsIgnored();
    void administratorLocksLanguage();
    void introductionShownOnceOrNeverWhenAdminSaysSo();
    void windowOpensWhereTheUserLeftIt();
    void reviewStepIsRememberedInTheSettingsFile();
    void preferencesDialogSavesOnOkOnly();
    void preferencesDialogIsReadOnlyWhenLocked();
    void introductionNamesTheServices();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("promptdesk.conf")); }
    std::unique_ptr<QSettings> machine(const QByteArray &ini = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("machine.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(ini) != ini.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.close();
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
};

void TestUiSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(settingsFile());
}

void TestUiSettings::languageFollowsSystemUntilChosen()
{
    {
        UiSettings settings(settingsFile(), machine());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.effectiveLocale().language(), QLocale::system().language());
        settings.setLanguage(QStringLiteral("fr"));
    }
    UiSettings reopened(settingsFile(), machine());
    QCOMPARE(reopened.language(), QStringLiteral("fr"));
    QCOMPARE(reopened.effectiveLocale().language(), QLocale::French);
    // Dates and numbers follow the chosen language.
    QCOMPARE(reopened.effectiveLocale()
                 .toString(1234.5, 'f', 1)
                 .remove(QChar(0x202F))
                 .remove(QChar(0xA0)),
             QStringLiteral("1234,5"));
    reopened.setLanguage(QString());
    QCOMPARE(reopened.language(), QString());
    QCOMPARE(UiSettings::supportedLanguages(),
             QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                          QStringLiteral("es")}));
    QCOMPARE(UiSettings::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestUiSettings::unknownLanguageIsIgnored()
{
    UiSettings settings(settingsFile(), machine());
    settings.setLanguage(QStringLiteral("xx"));
    QCOMPARE(settings.language(), QString());
    QSettings raw(settingsFile(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    raw.sync();
    UiSettings reopened(settingsFile(), machine());
    QCOMPARE(reopened.language(), QString());
}

void TestUiSettings::administratorLocksLanguage()
{
    UiSettings settings(settingsFile(), machine("Language=es\n"));
    QVERIFY(settings.languageLocked());
    QCOMPARE(settings.language(), QStringLiteral("es"));
    settings.setLanguage(QStringLiteral("de")); // ignored
    QCOMPARE(settings.language(), QStringLiteral("es"));
    UiSettings unlocked(settingsFile(), machine());
    QVERIFY(!unlocked.languageLocked());
    QCOMPARE(unlocked.language(), QString()); // the user's choice was never written
}

void TestUiSettings::introductionShownOnceOrNeverWhenAdminSaysSo()
{
    {
        UiSettings settings(settingsFile(), machine());
        QVERIFY(!settings.introductionShown());
        settings.setIntroductionShown(true);
    }
    QVERIFY(UiSettings(settingsFile(), machine()).introductionShown());
    QFile::remove(settingsFile());
    QVERIFY(UiSettings(settingsFile(), machine("ShowIntroduction=false\n")).introductionShown());
    QVERIFY(!UiSettings(settingsFile(), machine("ShowIntroduction=true\n")).introductionShown());
}

void TestUiSettings::reviewStepIsRememberedInTheSettingsFile()
{
    QVERIFY(!UiSettings(settingsFile(), machine()).reviewBeforeSending()); // off by default
    UiSettings(settingsFile(), machine()).setReviewBeforeSending(true);
    QVERIFY(UiSettings(settingsFile(), machine()).reviewBeforeSending());
    // In the app's own settings file, not in the platform's default place for QSettings.
    QVERIFY(QSettings(settingsFile(), QSettings::IniFormat)
                .value(QStringLiteral("ui/reviewBeforeSending"))
                .toBool());
}

void TestUiSettings::windowOpensWhereTheUserLeftIt()
{
    QWidget window;
    window.setGeometry(120, 90, 900, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(UiSettings(settingsFile(), machine()).windowGeometry().isEmpty());
    UiSettings(settingsFile(), machine()).setWindowGeometry(window.saveGeometry());

    QWidget reopened;
    QVERIFY(reopened.restoreGeometry(UiSettings(settingsFile(), machine()).windowGeometry()));
    QCOMPARE(reopened.size(), window.size());
}

void TestUiSettings::preferencesDialogSavesOnOkOnly()
{
    UiSettings settings(settingsFile(), machine());
    {
        SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5); // system default + four languages
        QCOMPARE(combo->currentIndex(), 0);
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("languageNote"))->text().isEmpty());
        dialog.reject();
    }
    QCOMPARE(settings.language(), QString());
    {
        SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        dialog.accept();
    }
    QCOMPARE(settings.language(), QStringLiteral("de"));
    // Only the preference is in the file: nothing secret, no content.
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("language=de"), bytes.constData());
    QVERIFY2(!bytes.contains("key") && !bytes.contains("token"), bytes.constData());
}

void TestUiSettings::preferencesDialogIsReadOnlyWhenLocked()
{
    UiSettings settings(settingsFile(), machine("Language=fr\n"));
    SettingsDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                ->text()
                .contains(QStringLiteral("administrator")));
}

void TestUiSettings::introductionNamesTheServices()
{
    FakePipeline fake;
    FirstRunDialog dialog(fake.pipeline());
    // The fake provider has no endpoint: it keeps the text on this computer.
    QVERIFY2(dialog.destinationsText().contains(QStringLiteral("Test engine (basic)")),
             qPrintable(dialog.destinationsText()));
    QVERIFY(dialog.destinationsText().contains(QStringLiteral("stays on this computer")));
}

QTEST_MAIN(TestUiSettings)
#include "test_ui_settings.moc"

#include "settings_dialog.h"

#include "pipeline/history_settings.h"
#include "ui_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace promptdesk {

SettingsDialog::SettingsDialog(UiSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(
        tr("System default (%1)").arg(UiSettings::nativeLanguageName(QLocale::system().name())),
        QString());
    for (const QString &code : UiSettings::supportedLanguages()) {
        m_language->addItem(UiSettings::nativeLanguageName(code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of menus, buttons and messages, and how dates and numbers are "
           "written."));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *where = new QLabel(tr("Preferences are saved in %1.").arg(m_settings.fileName()), this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save preferences"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_language->setEnabled(!m_settings.languageLocked());
    updateNote();
}

void SettingsDialog::updateNote()
{
    if (m_settings.languageLocked()) {
        m_note->setText(tr("Your administrator has set the language for this computer."));
        return;
    }
    const bool changed = m_language->currentData().toString() != m_settings.language();
    m_note->setText(changed ? tr("The new language is used the next time Promptdesk starts.")
                            : QString());
}

void SettingsDialog::setHistory(HistoryBrowser history, std::shared_ptr<HistorySettings> settings)
{
    m_history = std::move(history);
    m_historySettings = std::move(settings);
    auto *group = new QGroupBox(tr("History"), this);
    m_historyEnabled = new QCheckBox(tr("&Keep a history of my jobs"), group);
    m_historyEnabled->setObjectName(QStringLiteral("historyEnabled"));
    m_historyEnabled->setChecked(m_historySettings->enabled());
    m_retention = new QSpinBox(group);
    m_retention->setObjectName(QStringLiteral("historyRetention"));
    m_retention->setRange(0, HistorySettings::kMaxRetentionDays);
    m_retention->setSpecialValueText(tr("Never (keep until I delete them)"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(m_historySettings->retentionDays());
    m_retention->setAccessibleName(tr("Delete history entries after this many days"));
    auto *retentionLabel = new QLabel(tr("&Delete entries after:"), group);
    retentionLabel->setBuddy(m_retention);
    m_historyNote = new QLabel(group);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextFormat(Qt::PlainText);

    const SettingLock enabledLock = m_historySettings->enabledLock();
    const SettingLock retentionLock = m_historySettings->retentionLock();
    m_historyEnabled->setEnabled(!enabledLock.locked);
    m_retention->setEnabled(!retentionLock.locked && m_historySettings->enabled());
    auto *form = new QFormLayout(group);
    form->addRow(m_historyEnabled);
    for (const SettingLock &lock : {enabledLock, retentionLock}) {
        if (lock.locked) {
            auto *locked = new QLabel(tr("Locked: %1").arg(lock.reason), group);
            locked->setObjectName(QStringLiteral("historyLockReason"));
            locked->setWordWrap(true);
            locked->setTextFormat(Qt::PlainText);
            form->addRow(locked);
        }
    }
    form->addRow(retentionLabel, m_retention);
    form->addRow(m_historyNote);
    connect(m_historyEnabled, &QCheckBox::toggled, this, [this, retentionLock](bool on) {
        m_retention->setEnabled(on && !retentionLock.locked);
        updateHistoryNote();
    });
    m_layout->insertWidget(1, group);
    updateHistoryNote();
}

void SettingsDialog::updateHistoryNote()
{
    if (m_historySettings->enabled() && !m_historyEnabled->isChecked()) {
        m_historyNote->setText(tr("When you press OK, new jobs are no longer kept and the entries "
                                  "kept so far are erased from this computer."));
    } else if (!m_history->originalsKept() && m_historyEnabled->isChecked()) {
        m_historyNote->setText(tr("The system keychain is not available, so entries keep the text "
                                  "with placeholders only, not the personal data."));
    } else {
        m_historyNote->clear();
    }
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    if (m_historySettings) {
        const bool wasOn = m_historySettings->enabled();
        m_historySettings->setEnabled(m_historyEnabled->isChecked());
        m_historySettings->setRetentionDays(m_retention->value());
        const bool on = m_historySettings->enabled();
        m_history->setRecording(on);
        if (wasOn && !on) {
            // "Keeps no history at all", as the note said.
            if (Result<int> erased = m_history->eraseAll(); !erased) {
                QMessageBox::warning(this, tr("History"),
                                     tr("History is off, but the entries kept so far could not "
                                        "be erased: %1")
                                         .arg(erased.error().message));
            }
        }
    }
    QDialog::accept();
}

} // namespace promptdesk

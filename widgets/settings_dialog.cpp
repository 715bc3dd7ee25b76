#include "settings_dialog.h"

#include "ui_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace promptdesk

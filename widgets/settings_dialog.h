#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace promptdesk {

class UiSettings;

// Edit > Preferences: the interface language (system default or one of the translated
// languages). Saved when the user presses OK; the new language applies at the next start.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(UiSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateNote();

    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace promptdesk

#pragma once

#include "pipeline/history_browser.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace promptdesk {

class HistorySettings;
class UiSettings;

// Edit > Preferences: the interface language (system default or one of the translated
// languages; applies at the next start) and, given the history, whether it is kept and for
// how long (applies at once). Settings the company's policy fixes are shown disabled with the
// reason. Saved when the user presses OK.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(UiSettings &settings, QWidget *parent = nullptr);

    // Adds the History section. Turning history off erases what was kept when OK is pressed.
    void setHistory(HistoryBrowser history, std::shared_ptr<HistorySettings> settings);
    QCheckBox *historyEnabledBox() const { return m_historyEnabled; }
    QSpinBox *retentionBox() const { return m_retention; }

    void accept() override;

private:
    void updateNote();
    void updateHistoryNote();

    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QVBoxLayout *m_layout = nullptr;
    std::optional<HistoryBrowser> m_history;
    std::shared_ptr<HistorySettings> m_historySettings;
    QCheckBox *m_historyEnabled = nullptr;
    QSpinBox *m_retention = nullptr;
    QLabel *m_historyNote = nullptr;
};

} // namespace promptdesk

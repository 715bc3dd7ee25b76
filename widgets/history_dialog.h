#pragma once

#include "pipeline/history_browser.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace promptdesk {

// File > History… (Ctrl+H): the user's own past jobs, newest first. Search by words or by a
// person's name (found through the keyed index although stored only sealed), filters by date,
// task and provider, a preview with the originals restored (or exactly what was sent), copy,
// save as, reopen, run again, delete, export and erase all.
class HistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)
public:
    explicit HistoryDialog(HistoryBrowser history, QWidget *parent = nullptr);

    // Asks before deleting; tests answer instead of a message box.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // "Entries are kept for 30 days, then deleted." (from HistorySettings), under the list.
    void setKeptForText(const QString &text);

    void search(const QString &text); // also what typing in the search box does, debounced
    void reload() { search(m_lastSearch); }
    int rowCount() const;
    void selectRow(int row);
    QString previewText() const;
    void deleteSelected();
    void eraseAll();
    void reopenSelected();
    void rerunSelected();
    // Filters: the date combo's rows are any time, today, 7 days, 30 days, 12 months; the
    // template and provider combos list what the history holds (row 0: all).
    QComboBox *dateFilter() const { return m_when; }
    QComboBox *templateFilter() const { return m_template; }
    QComboBox *providerFilter() const { return m_provider; }
    // Writes the chosen entry's result (originals restored) as plain text; false, with the
    // reason shown, if not.
    bool saveSelectedAs(const QString &path);
    // Writes the chosen entries to `path` (.json or .md); false, with the reason shown, if not.
    bool exportSelected(const QString &path, bool restoreOriginals);

Q_SIGNALS:
    // Reopen: the entry's input (originals restored), task and options go back into the main
    // window.
    void reopenRequested(const HistoryPreview &entry);
    // Run again: the same input with the current provider, model and template version, shown
    // side by side with this entry's answer.
    void rerunRequested(const HistoryPreview &entry);

private:
    void showSelected();
    QList<qint64> selectedIds() const;
    void showProblem(const QString &text);
    void fillFilters();
    std::optional<HistoryPreview> openSelected();

    HistoryBrowser m_history;
    Confirm m_confirm;
    QString m_lastSearch;
    QLineEdit *m_search = nullptr;
    QComboBox *m_when = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_keptFor = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTextBrowser *m_preview = nullptr;
    QCheckBox *m_showSent = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_saveAs = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_eraseAll = nullptr;
};

} // namespace promptdesk

#pragma once

#include "pipeline/history_browser.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace promptdesk {

// File > History… (Ctrl+H): the user's own past jobs, newest first. Search by words or by a
// person's name (found through the keyed index although stored only sealed), a preview with
// the originals restored (or exactly what was sent), copy, delete and erase all.
class HistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)
public:
    explicit HistoryDialog(HistoryBrowser history, QWidget *parent = nullptr);

    // Asks before deleting; tests answer instead of a message box.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void search(const QString &text); // also what typing in the search box does, debounced
    void reload() { search(m_lastSearch); }
    int rowCount() const;
    void selectRow(int row);
    QString previewText() const;
    void deleteSelected();
    void eraseAll();
    void reopenSelected();
    // Writes the chosen entries to `path` (.json or .md); false, with the reason shown, if not.
    bool exportSelected(const QString &path, bool restoreOriginals);

Q_SIGNALS:
    // Reopen: the entry's input (originals restored) and task go back into the main window.
    void reopenRequested(const QString &input, const QString &templateId);

private:
    void showSelected();
    QList<qint64> selectedIds() const;
    void showProblem(const QString &text);

    HistoryBrowser m_history;
    Confirm m_confirm;
    QString m_lastSearch;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTextBrowser *m_preview = nullptr;
    QCheckBox *m_showSent = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_eraseAll = nullptr;
};

} // namespace promptdesk

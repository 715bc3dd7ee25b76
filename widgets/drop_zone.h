#pragma once

#include <QFrame>
#include <QList>
#include <QUrl>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class QMimeData;

namespace promptdesk {

// Where the user gives Promptdesk something to work on: a dropped or chosen file, or notes
// typed or pasted into the text box. A file, when chosen, takes precedence over the notes.
class DropZone final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropZone)
public:
    explicit DropZone(QWidget *parent = nullptr);

    QString filePath() const { return m_filePath; }
    QString text() const;
    bool hasInput() const;

    // Uses `path` as the input if it is an existing local file; otherwise shows why not.
    bool setFile(const QString &path);
    // Takes a file from URLs (drops, clipboard): the first local file; says so if more came.
    bool setFromUrls(const QList<QUrl> &urls);
    // Pastes the clipboard: a copied file becomes the input, text goes into the notes.
    void pasteFromClipboard();
    // Puts `text` into the notes as the input (History > Reopen), replacing a chosen file.
    void setNotes(const QString &text);
    // Opens the file chooser (File > Open…).
    void chooseFile();
    void clear();
    void setReadOnly(bool readOnly);

    // The notes box, for tab order and focus.
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *chooseButton() const { return m_chooseButton; }

Q_SIGNALS:
    // Emitted whenever the input changes: a file path, or (when no file) the notes text.
    void inputChanged(const QString &filePath, const QString &pastedText);
    // Every URL of a drop or paste (several files, folders), before the first file is taken.
    void urlsDropped(const QList<QUrl> &urls);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void removeFile();
    void pasteMimeData(const QMimeData *mime);
    void showMessage(const QString &message, bool isProblem);
    void setHighlighted(bool highlighted);
    void updateView();
    void emitInput();

    QString m_filePath;
    bool m_readOnly = false;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace promptdesk

#include "drop_zone.h"

#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace promptdesk {

DropZone::DropZone(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Input"));
    setAccessibleDescription(tr("Drop a document here, choose a file, or type or paste your notes. "
                                "Press Ctrl+V here to paste."));
    setHighlighted(false);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("dropZoneFileLabel"));
    m_fileLabel->setAlignment(Qt::AlignCenter);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setMinimumHeight(48);

    m_chooseButton = new QPushButton(tr("&Choose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseButton->setAccessibleName(tr("Choose file"));
    m_chooseButton->setAccessibleDescription(tr("Opens a file chooser to pick a document."));
    connect(m_chooseButton, &QPushButton::clicked, this, &DropZone::chooseFile);

    m_removeButton = new QPushButton(tr("Remo&ve file"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFileButton"));
    m_removeButton->setAccessibleName(tr("Remove file"));
    m_removeButton->setAccessibleDescription(tr("Stops using the chosen file; your notes are "
                                                "used instead."));
    connect(m_removeButton, &QPushButton::clicked, this, &DropZone::removeFile);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("…or type or paste your notes here."));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(tr("Text to work on when no file is chosen."));
    m_notes->setTabChangesFocus(true);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DropZone::emitInput);
    // Files dropped on the notes box are documents, not text to insert.
    m_notes->viewport()->installEventFilter(this);

    m_notesLabel = new QLabel(tr("&Notes:"), this);
    m_notesLabel->setBuddy(m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dropZoneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Input message"));
    m_message->hide();

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(48, 48));

    // Without a file the notes box takes the room; with one, the file name sits centred.
    m_layout = new QVBoxLayout(this);
    m_layout->addStretch(0);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_fileLabel);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_notesLabel);
    m_layout->addWidget(m_notes, 1);
    m_layout->addWidget(m_message);
    m_layout->addStretch(0);

    setFocusProxy(nullptr);
    setTabOrder(m_chooseButton, m_removeButton);
    setTabOrder(m_removeButton, m_notes);
    updateView();
}

QString DropZone::text() const
{
    return m_filePath.isEmpty() ? m_notes->toPlainText() : QString();
}

bool DropZone::hasInput() const
{
    return !m_filePath.isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
}

bool DropZone::setFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        showMessage(tr("That file could not be found."), true);
        return false;
    }
    if (info.isDir()) {
        showMessage(tr("“%1” is a folder. Please choose a single document.").arg(info.fileName()),
                    true);
        return false;
    }
    if (!info.isReadable()) {
        showMessage(tr("“%1” cannot be opened: you may not have permission to read it.")
                        .arg(info.fileName()),
                    true);
        return false;
    }
    m_filePath = info.absoluteFilePath();
    showMessage({}, false);
    updateView();
    emitInput();
    return true;
}

bool DropZone::setFromUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty()) {
        return false;
    }
    Q_EMIT urlsDropped(urls); // the input list takes every file and folder
    const QUrl &first = urls.constFirst();
    if (!first.isLocalFile()) {
        showMessage(tr("Only files on this computer can be used. Save the document first, "
                       "then drop the saved file."),
                    true);
        return false;
    }
    if (urls.size() > 1 || QFileInfo(first.toLocalFile()).isDir()) {
        showMessage(
            tr("%n item(s) added to the list below.", nullptr, static_cast<int>(urls.size())),
            false);
        return true;
    }
    return setFile(first.toLocalFile());
}

void DropZone::pasteFromClipboard()
{
    if (m_readOnly) {
        return;
    }
    pasteMimeData(QApplication::clipboard()->mimeData());
}

void DropZone::setNotes(const QString &text)
{
    if (m_readOnly) {
        return;
    }
    removeFile();
    m_notes->setPlainText(text);
    m_notes->setFocus();
    showMessage({}, false);
}

void DropZone::pasteMimeData(const QMimeData *mime)
{
    if (!mime) {
        return;
    }
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        setFromUrls(mime->urls());
        return;
    }
    if (mime->hasText() && !mime->text().isEmpty()) {
        setNotes(mime->text());
        return;
    }
    showMessage(tr("The clipboard holds nothing Promptdesk can use. Copy some text or a file "
                   "first."),
                true);
}

void DropZone::clear()
{
    m_filePath.clear();
    m_notes->clear();
    showMessage({}, false);
    updateView();
    emitInput();
}

void DropZone::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setAcceptDrops(!readOnly);
    m_chooseButton->setEnabled(!readOnly);
    updateView();
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasUrls()) {
        setHighlighted(true);
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    if (m_readOnly || !event->mimeData()->hasUrls()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setFromUrls(event->mimeData()->urls());
}

void DropZone::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool DropZone::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                if (event->type() == QEvent::DragEnter) {
                    dragEnterEvent(static_cast<QDragEnterEvent *>(event));
                } else {
                    drag->setAccepted(!m_readOnly);
                }
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->mimeData()->hasUrls()) {
                dropEvent(drop);
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void DropZone::chooseFile()
{
    const QString start = m_filePath.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a document"), start,
        tr("Documents (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods "
           "*.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void DropZone::removeFile()
{
    if (m_filePath.isEmpty()) {
        return;
    }
    m_filePath.clear();
    showMessage({}, false);
    updateView();
    emitInput();
}

void DropZone::showMessage(const QString &message, bool isProblem)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    // Problems in the theme's error colour; notes in the normal text colour.
    m_message->setStyleSheet(isProblem ? problemTextStyle(this) : QString());
    m_message->setAccessibleDescription(message);
}

void DropZone::setHighlighted(bool highlighted)
{
    // Dashed outline as the drop target; highlighted while a file hovers or when focused.
    setStyleSheet(
        highlighted ? QStringLiteral("#dropZone { border: 2px dashed palette(highlight); "
                                     "border-radius: 6px; background: palette(alternate-base); }")
                    : QStringLiteral("#dropZone { border: 2px dashed palette(mid); "
                                     "border-radius: 6px; }"
                                     "#dropZone:focus { border: 2px solid palette(highlight); }"));
}

void DropZone::updateView()
{
    const bool hasFile = !m_filePath.isEmpty();
    if (hasFile) {
        m_fileLabel->setText(tr("Document: %1").arg(QFileInfo(m_filePath).fileName()));
        m_fileLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    } else {
        m_fileLabel->setText(tr("Drop a document here, or paste your notes"));
        m_fileLabel->setStyleSheet(QString());
    }
    m_fileLabel->setAccessibleName(m_fileLabel->text());
    m_removeButton->setVisible(hasFile);
    m_removeButton->setEnabled(hasFile && !m_readOnly);
    m_icon->setVisible(hasFile);
    m_notes->setReadOnly(m_readOnly);
    m_notes->setVisible(!hasFile); // kept, and back when the file is removed
    m_notesLabel->setVisible(!hasFile);
    const int first = 0;
    const int last = m_layout->count() - 1;
    m_layout->setStretch(first, hasFile ? 1 : 0);
    m_layout->setStretch(last, hasFile ? 1 : 0);
    m_layout->setStretch(m_layout->indexOf(m_notes), hasFile ? 0 : 1);
    setAccessibleDescription(
        hasFile ? tr("Chosen document: %1").arg(QFileInfo(m_filePath).fileName())
                : tr("Drop a document here, choose a file, or type or paste your notes. "
                     "Press Ctrl+V here to paste."));
}

void DropZone::emitInput()
{
    Q_EMIT inputChanged(m_filePath, text());
}

} // namespace promptdesk

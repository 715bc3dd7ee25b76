#pragma once

#include "core/error.h"
#include "documents/document.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QImage;
class QLabel;
class QListWidget;
class QPushButton;

namespace promptdesk {

class DocumentReader;

// The inputs of the next job: files (several at once, or a folder's files), pasted HTML or
// images. Each is a list item showing its status; text is extracted in worker threads with
// progress and Cancel, and scans are read with OCR when the user ticks it (languages chosen
// here). Holds no business logic: it calls DocumentReader and shows the outcome.
class InputList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputList)
public:
    enum class Status { Waiting, Reading, Ready, NeedsOcr, Failed, Cancelled };

    explicit InputList(const DocumentReader *reader, QWidget *parent = nullptr);
    ~InputList() override;

    // Local files; a folder adds the files directly inside it (sorted, at most 200).
    void addFiles(const QStringList &paths);
    // Pasted content that is not plain text.
    void addData(const QByteArray &bytes, const QString &name);
    void addImage(const QImage &image);

    void setOcrEnabled(bool enabled);
    void setOcrLanguages(const QStringList &languages);
    QStringList ocrLanguages() const;

    int count() const { return int(m_entries.size()); }
    Status status(int index) const { return m_entries.at(index).status; }
    QString statusText(int index) const;
    bool isBusy() const;
    bool hasText() const;
    // The text of every ready input, each headed by its name when there are several.
    QString combinedText() const;
    // What the history calls that text: "report.pdf", or "report.pdf and 2 more".
    QString combinedName() const;
    const Document *document(int index) const;

    void cancelAll();
    void clear();

Q_SIGNALS:
    void changed();
    // Overall progress of the extractions running now, 0-100; -1 when idle.
    void progressChanged(int percent);

private:
    struct Outcome {
        std::optional<Document> document;
        std::optional<Error> error;
    };
    struct Entry {
        QString name;
        QString path;     // empty for pasted data
        QByteArray bytes; // pasted data
        Status status = Status::Waiting;
        QString message;
        int percent = 0;
        std::optional<Document> document;
        QFutureWatcher<Outcome> *watcher = nullptr;
    };

    void add(Entry entry);
    void start(int index);
    void finish(QFutureWatcher<Outcome> *watcher);
    int indexOf(const QFutureWatcher<Outcome> *watcher) const;
    void refresh(int index);
    void reportProgress();
    void removeSelected();

    const DocumentReader *m_reader;
    QList<Entry> m_entries;
    QListWidget *m_list = nullptr;
    QCheckBox *m_ocr = nullptr;
    QComboBox *m_languages = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace promptdesk

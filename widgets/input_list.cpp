#include "input_list.h"

#include "documents/document_reader.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace promptdesk {

namespace {

constexpr int kMaxFolderFiles = 200;

// Language choices offered for OCR; Tesseract codes. The first is the default.
struct OcrChoice {
    const char *label;
    const char *codes;
};
constexpr OcrChoice kOcrChoices[] = {
    {QT_TRANSLATE_NOOP("InputList", "English"), "eng"},
    {QT_TRANSLATE_NOOP("InputList", "German"), "deu"},
    {QT_TRANSLATE_NOOP("InputList", "French"), "fra"},
    {QT_TRANSLATE_NOOP("InputList", "Spanish"), "spa"},
    {QT_TRANSLATE_NOOP("InputList", "English + German"), "eng+deu"},
    {QT_TRANSLATE_NOOP("InputList", "English + French"), "eng+fra"},
    {QT_TRANSLATE_NOOP("InputList", "English + Spanish"), "eng+spa"},
};

} // namespace

InputList::InputList(const DocumentReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("inputList"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("inputListItems"));
    m_list->setAccessibleName(tr("Inputs"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(60);

    m_ocr = new QCheckBox(tr("Read scans and images with &OCR"), this);
    m_ocr->setObjectName(QStringLiteral("ocrCheck"));
    m_ocr->setToolTip(tr("Recognise text in scanned pages and pictures. This is slower."));
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("ocrLanguages"));
    m_languages->setAccessibleName(tr("OCR language"));
    for (const OcrChoice &choice : kOcrChoices) {
        m_languages->addItem(tr(choice.label), QString::fromLatin1(choice.codes));
    }
    m_cancel = new QPushButton(tr("Stop reading"), this);
    m_cancel->setObjectName(QStringLiteral("inputCancel"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("inputRemove"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inputSummary"));
    m_summary->setWordWrap(true);

    auto *ocrRow = new QHBoxLayout;
    ocrRow->addWidget(m_ocr);
    ocrRow->addWidget(m_languages);
    ocrRow->addStretch();
    ocrRow->addWidget(m_remove);
    ocrRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addLayout(ocrRow);

    connect(m_cancel, &QPushButton::clicked, this, &InputList::cancelAll);
    connect(m_remove, &QPushButton::clicked, this, &InputList::removeSelected);
    connect(m_ocr, &QCheckBox::toggled, this, &InputList::setOcrEnabled);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ocr->isChecked()) {
            setOcrEnabled(true); // re-read what OCR already read, in the new language
        }
    });
    reportProgress();
}

InputList::~InputList()
{
    // Workers notice the cancel between pages; their results then go nowhere.
    for (Entry &entry : m_entries) {
        if (entry.watcher) {
            entry.watcher->disconnect(this);
            entry.watcher->cancel();
        }
    }
}

void InputList::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDir dir(path);
            const QStringList names =
                dir.entryList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
            for (qsizetype i = 0; i < names.size() && i < kMaxFolderFiles; ++i) {
                addFiles({dir.filePath(names[i])});
            }
            continue;
        }
        bool known = false;
        for (const Entry &entry : std::as_const(m_entries)) {
            known = known || (!entry.path.isEmpty() && entry.path == info.absoluteFilePath());
        }
        if (!known) {
            Entry entry;
            entry.name = info.fileName();
            entry.path = info.absoluteFilePath();
            add(std::move(entry));
        }
    }
}

void InputList::addData(const QByteArray &bytes, const QString &name)
{
    Entry entry;
    entry.name = name;
    entry.bytes = bytes;
    add(std::move(entry));
}

void InputList::addImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    addData(png, tr("Pasted image") + QStringLiteral(".png"));
}

void InputList::setOcrEnabled(bool enabled)
{
    if (m_ocr->isChecked() != enabled) {
        m_ocr->setChecked(enabled); // re-enters through toggled()
        return;
    }
    // Scans that found no text are read again, now with OCR.
    for (int i = 0; i < m_entries.size(); ++i) {
        const bool ocrWasUsed = m_entries[i].document && m_entries[i].document->metadata.contains(
                                                             QStringLiteral("ocrPages"));
        if ((enabled && m_entries[i].status == Status::NeedsOcr) || ocrWasUsed) {
            start(i);
        }
    }
}

void InputList::setOcrLanguages(const QStringList &languages)
{
    const QString codes = languages.join(QLatin1Char('+'));
    int index = m_languages->findData(codes);
    if (index < 0) {
        m_languages->addItem(codes, codes);
        index = m_languages->count() - 1;
    }
    m_languages->setCurrentIndex(index);
}

QStringList InputList::ocrLanguages() const
{
    if (!m_ocr->isChecked()) {
        return {};
    }
    return m_languages->currentData().toString().split(QLatin1Char('+'), Qt::SkipEmptyParts);
}

QString InputList::statusText(int index) const
{
    const Entry &entry = m_entries.at(index);
    switch (entry.status) {
    case Status::Waiting:
        return tr("Waiting");
    case Status::Reading:
        return tr("Reading… %1%").arg(entry.percent);
    case Status::Ready: {
        const qsizetype pages = entry.document ? entry.document->pages.size() : 0;
        return pages == 1 ? tr("Ready") : tr("Ready, %1 pages").arg(pages);
    }
    case Status::NeedsOcr:
        return tr("No text found. It may be a scan: tick OCR to read it.");
    case Status::Failed:
        return entry.message;
    case Status::Cancelled:
        return tr("Stopped");
    }
    return {};
}

bool InputList::isBusy() const
{
    for (const Entry &entry : m_entries) {
        if (entry.status == Status::Reading || entry.status == Status::Waiting) {
            return true;
        }
    }
    return false;
}

bool InputList::hasText() const
{
    for (const Entry &entry : m_entries) {
        if (entry.status == Status::Ready) {
            return true;
        }
    }
    return false;
}

QString InputList::combinedText() const
{
    QStringList parts;
    int ready = 0;
    for (const Entry &entry : m_entries) {
        ready += entry.status == Status::Ready ? 1 : 0;
    }
    for (const Entry &entry : m_entries) {
        if (entry.status != Status::Ready || !entry.document) {
            continue;
        }
        const QString text = entry.document->text();
        parts.append(ready > 1 ? entry.name + QStringLiteral("\n\n") + text : text);
    }
    return parts.join(QStringLiteral("\n\n\f"));
}

QString InputList::combinedName() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (entry.status == Status::Ready && entry.document) {
            names.append(entry.name);
        }
    }
    if (names.size() <= 1) {
        return names.value(0);
    }
    return tr("%1 and %n more", nullptr, int(names.size() - 1)).arg(names.first());
}

const Document *InputList::document(int index) const
{
    const Entry &entry = m_entries.at(index);
    return entry.document ? &*entry.document : nullptr;
}

void InputList::cancelAll()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.watcher) {
            entry.watcher->cancel();
        }
        if (entry.status == Status::Waiting) {
            entry.status = Status::Cancelled;
            refresh(i);
        }
    }
}

void InputList::clear()
{
    cancelAll();
    for (Entry &entry : m_entries) {
        if (entry.watcher) {
            entry.watcher->disconnect(this);
            entry.watcher->deleteLater();
        }
    }
    m_entries.clear();
    m_list->clear();
    reportProgress();
    Q_EMIT changed();
}

void InputList::add(Entry entry)
{
    m_entries.append(std::move(entry));
    m_list->addItem(QString());
    start(int(m_entries.size() - 1));
}

void InputList::start(int index)
{
    Entry &entry = m_entries[index];
    if (entry.watcher) {
        entry.watcher->disconnect(this);
        entry.watcher->cancel();
        entry.watcher->deleteLater();
        entry.watcher = nullptr;
    }
    entry.status = Status::Reading;
    entry.percent = 0;
    entry.document.reset();
    entry.message.clear();

    auto *watcher = new QFutureWatcher<Outcome>(this);
    entry.watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        const int i = indexOf(watcher);
        if (i >= 0 && m_entries[i].status == Status::Reading) {
            m_entries[i].percent = value;
            refresh(i);
            reportProgress();
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finish(watcher); });

    const DocumentReader *reader = m_reader;
    const QString path = entry.path;
    const QByteArray bytes = entry.bytes;
    const QString name = entry.name;
    const QStringList languages = ocrLanguages();
    watcher->setFuture(
        QtConcurrent::run([reader, path, bytes, name, languages](QPromise<Outcome> &promise) {
            promise.setProgressRange(0, 100);
            ReadOptions options;
            options.ocrLanguages = languages;
            options.isCancelled = [&promise] {
                return promise.isCanceled();
            };
            int shown = 0;
            options.progress = [&promise, &shown](int done, int total) {
                // Monotonic: a second phase (OCR after text) must not move the bar back.
                const int percent = total > 0 ? qBound(0, done * 100 / total, 99) : 0;
                if (percent > shown) {
                    shown = percent;
                    promise.setProgressValue(percent);
                }
            };
            Result<Document> result = path.isEmpty() ? reader->readData(bytes, name, options)
                                                     : reader->readFileWith(path, options);
            Outcome outcome;
            if (result) {
                outcome.document = std::move(result).value();
            } else {
                outcome.error = result.error();
            }
            promise.addResult(std::move(outcome));
        }));
    refresh(index);
    reportProgress();
    Q_EMIT changed();
}

void InputList::finish(QFutureWatcher<Outcome> *watcher)
{
    const int index = indexOf(watcher);
    if (index < 0) {
        return;
    }
    Entry &entry = m_entries[index];
    entry.watcher = nullptr;
    watcher->deleteLater();
    const QFuture<Outcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        entry.status = Status::Cancelled;
    } else {
        const Outcome outcome = future.result();
        if (outcome.document) {
            entry.document = outcome.document;
            entry.status = Status::Ready;
        } else if (outcome.error && outcome.error->kind == ErrorKind::Cancelled) {
            entry.status = Status::Cancelled;
        } else if (outcome.error && outcome.error->kind == ErrorKind::NoText &&
                   !m_ocr->isChecked() && !entry.name.endsWith(QStringLiteral(".txt"))) {
            entry.status = Status::NeedsOcr;
        } else {
            entry.status = Status::Failed;
            entry.message = outcome.error ? outcome.error->message : QString();
        }
    }
    entry.percent = 100;
    refresh(index);
    reportProgress();
    Q_EMIT changed();
}

int InputList::indexOf(const QFutureWatcher<Outcome> *watcher) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].watcher == watcher) {
            return i;
        }
    }
    return -1;
}

void InputList::refresh(int index)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item) {
        return;
    }
    const QString status = statusText(index);
    item->setText(tr("%1 \u2014 %2").arg(m_entries[index].name, status));
    item->setToolTip(status);
    item->setData(Qt::AccessibleTextRole, item->text());
}

void InputList::reportProgress()
{
    int running = 0;
    int sum = 0;
    int ready = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.status == Status::Reading || entry.status == Status::Waiting) {
            ++running;
            sum += entry.percent;
        }
        ready += entry.status == Status::Ready ? 1 : 0;
    }
    m_cancel->setEnabled(running > 0);
    m_remove->setEnabled(!m_entries.isEmpty());
    m_summary->setText(m_entries.isEmpty()
                           ? tr("Add several files or a folder, or paste text, HTML or a picture.")
                           : tr("%1 of %2 inputs ready.").arg(ready).arg(m_entries.size()));
    Q_EMIT progressChanged(running > 0 ? sum / running : -1);
}

void InputList::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    QList<int> rows;
    for (QListWidgetItem *item : selected) {
        rows.append(m_list->row(item));
    }
    if (rows.isEmpty() && !m_entries.isEmpty()) {
        rows.append(int(m_entries.size() - 1));
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        Entry &entry = m_entries[row];
        if (entry.watcher) {
            entry.watcher->disconnect(this);
            entry.watcher->cancel();
            entry.watcher->deleteLater();
        }
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
    }
    reportProgress();
    Q_EMIT changed();
}

} // namespace promptdesk

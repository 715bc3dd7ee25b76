#pragma once

#include "core/result.h"
#include "documents/document.h"

#include <QByteArray>

#include <functional>

namespace promptdesk {

// Bounds on what one input may cost. Defaults suit a desktop; policy may tighten them.
// Beyond any of them reading fails with a clear error and returns nothing half-done.
struct DocumentLimits {
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qsizetype maxPastedChars = 16 * 1024 * 1024;
    int maxPages = 2000;                               // PDF pages, sheets, sections
    qint64 maxUncompressedBytes = 512LL * 1024 * 1024; // all parts of a ZIP package together
    int maxCompressionRatio = 100;                     // per ZIP entry (zip bombs)
    int maxArchiveEntries = 10000;
    int maxNestingDepth = 8;                   // e-mail attachments inside attachments
    int maxSecondsPerDocument = 120;           // wall time, OCR included
    qint64 maxImagePixels = 100000000;         // 100 megapixels: A4 at 600 dpi is 35
    qsizetype maxTextChars = 64 * 1024 * 1024; // extracted characters
};

// How to read one input. All optional.
struct ReadOptions {
    QStringList ocrLanguages; // Tesseract languages ("eng", "deu"); empty: OCR off
    QString password;         // for encrypted PDFs
    // Polled between pages and parts; true stops the work with a `cancelled` error.
    std::function<bool()> isCancelled;
    // Called from the worker thread: `done` of `total` steps (pages, parts).
    std::function<void(int done, int total)> progress;
};

// Turns an input (a file on disk or pasted text) into a Document. Implementations are
// thread-safe: the pipeline calls them from a worker thread.
class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    virtual Result<Document> readFile(const QString &path) const = 0;
    virtual Result<Document> fromPastedText(const QString &text) const = 0;

    // readFile() with OCR, a password, progress and cancellation.
    virtual Result<Document> readFileWith(const QString &path, const ReadOptions &options) const
    {
        Q_UNUSED(options);
        return readFile(path);
    }

    // Bytes that did not come from a file: pasted HTML or an image, an attachment. `name`
    // stands in for the file name ("Pasted image.png") and helps tell the format.
    virtual Result<Document> readData(const QByteArray &bytes, const QString &name,
                                      const ReadOptions &options) const
    {
        Q_UNUSED(bytes);
        Q_UNUSED(options);
        return Error{ErrorKind::Unsupported,
                     QStringLiteral("This reader cannot read \u201C%1\u201D.").arg(name)};
    }
};

} // namespace promptdesk

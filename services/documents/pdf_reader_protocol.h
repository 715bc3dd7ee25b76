#pragma once
// What the app and promptdesk-pdf-reader (the child process that runs PDFium) say to each
// other over the child's stdin and stdout. PDFium is a large C++ parser of hostile input
// that can spin forever or crash on a damaged file (fuzz_pdf found several such files); in
// a child process a hang is killed at the time limit and a crash is one file's error, while
// the app and its other work carry on.
#include "core/result.h"
#include "documents/document.h"
#include "documents/document_reader.h"

#include <QByteArray>

#include <optional>

namespace promptdesk {

struct PdfReadRequest {
    QByteArray bytes;
    QString name; // file name only, for messages
    QString password;
    QStringList ocrLanguages;
    DocumentLimits limits;
};

// One request's payload. On the pipe each is sent as a frame (a 4-byte big-endian length and
// the payload, see requestFrame) so one child reads many files in turn.
QByteArray encodePdfReadRequest(const PdfReadRequest &request);
std::optional<PdfReadRequest> decodePdfReadRequest(const QByteArray &bytes);
QByteArray framed(const QByteArray &payload);

// The child answers each request with frames: any number of progress frames, then exactly one
// result or failure.
struct PdfReaderFrame {
    enum class Kind : quint8 { Progress = 1, Result = 2, Failure = 3 };
    Kind kind = Kind::Failure;
    int done = 0;
    int total = 0;
    Document document;
    QStringList warnings; // the extraction's own warnings, besides the document's
    Error error;
};

QByteArray encodePdfReaderFrame(const PdfReaderFrame &frame);

// Collects the child's output as it arrives and hands out whole frames. A frame that does not
// decode, or one longer than `maxFrameBytes`, puts the reader in a failed state.
class PdfReaderFrameReader final {
public:
    explicit PdfReaderFrameReader(qint64 maxFrameBytes);
    void append(const QByteArray &bytes);
    std::optional<PdfReaderFrame> next();
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    qint64 m_maxFrameBytes;
    bool m_failed = false;
};

} // namespace promptdesk

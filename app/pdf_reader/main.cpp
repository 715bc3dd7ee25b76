// promptdesk-pdf-reader: reads PDFs with PDFium for the app, in a process of its own, so a
// file that makes PDFium spin or crash costs that file only (see
// services/documents/pdf_reader_protocol.h). Not for people: it reads framed requests on
// stdin, one file each, answers each with frames on stdout, and ends when stdin closes.
// Document content goes nowhere else.
#include "documents/extraction_context.h"
#include "documents/pdf_extractor.h"
#include "documents/pdf_reader_protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#endif

using namespace promptdesk;

namespace {

// Exactly `size` bytes from `input`, or nothing at the end of input.
std::optional<QByteArray> readExactly(QFile &input, qint64 size)
{
    QByteArray bytes;
    while (bytes.size() < size) {
        const QByteArray more = input.read(size - bytes.size());
        if (more.isEmpty()) {
            return std::nullopt;
        }
        bytes += more;
    }
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifdef Q_OS_UNIX
    // QProcess hands over its pipes non-blocking; this program waits on them on purpose.
    for (const int fd : {0, 1}) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
#endif
    QFile input;
    QFile output;
    if (!input.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !output.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return 2;
    }
    while (true) {
        const std::optional<QByteArray> length = readExactly(input, 4);
        if (!length) {
            return 0; // the app is done with us
        }
        const std::optional<QByteArray> payload =
            readExactly(input, qFromBigEndian<quint32>(length->constData()));
        const std::optional<PdfReadRequest> request =
            payload ? decodePdfReadRequest(*payload) : std::nullopt;
        if (!request) {
            std::fputs("promptdesk-pdf-reader: no valid request on stdin; this program is run "
                       "by Promptdesk, not by hand\n",
                       stderr);
            return 2;
        }
        ReadOptions options;
        options.password = request->password;
        options.ocrLanguages = request->ocrLanguages;
        options.progress = [&output](int done, int total) {
            PdfReaderFrame frame;
            frame.kind = PdfReaderFrame::Kind::Progress;
            frame.done = done;
            frame.total = total;
            output.write(encodePdfReaderFrame(frame));
        };
        ExtractionContext context(request->limits, options);
        const Result<Document> result =
            PdfExtractor::extractInThisProcess(request->bytes, request->name, context);
        PdfReaderFrame answer;
        if (result) {
            answer.kind = PdfReaderFrame::Kind::Result;
            answer.document = result.value();
            answer.warnings = context.warnings;
        } else {
            answer.kind = PdfReaderFrame::Kind::Failure;
            answer.error = result.error();
        }
        if (output.write(encodePdfReaderFrame(answer)) <= 0) {
            return 1;
        }
    }
}

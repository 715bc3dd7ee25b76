// promptdesk-pdf-reader: reads one PDF with PDFium for the app, in a process of its own, so a
// file that makes PDFium spin or crash costs that file only (see
// services/documents/pdf_reader_protocol.h). Not for people: it reads a request on stdin and
// answers with frames on stdout; document content goes nowhere else.
#include "documents/extraction_context.h"
#include "documents/pdf_extractor.h"
#include "documents/pdf_reader_protocol.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace promptdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) ||
        !output.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return 2;
    }
    const std::optional<PdfReadRequest> request = decodePdfReadRequest(input.readAll());
    if (!request) {
        std::fputs("promptdesk-pdf-reader: no valid request on stdin; this program is run by "
                   "Promptdesk, not by hand\n",
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
    return output.write(encodePdfReaderFrame(answer)) > 0 ? 0 : 1;
}

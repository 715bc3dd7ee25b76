#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// Reads a PDF in a promptdesk-pdf-reader child process (see pdf_reader_protocol.h for why).
// The child is killed when the user cancels or the time per document is used up, and a child
// that crashes or answers nonsense is that file's `corrupt` error.
class PdfReaderProcess final {
public:
    // The helper's path: $PROMPTDESK_PDF_READER, else next to the running program, in the
    // build's bin folder (tests and fuzz targets live beside it) or in libexec/promptdesk
    // (the installed layout). Empty when none exists.
    static QString executable();

    static Result<Document> read(const QString &executable, const QByteArray &bytes,
                                 const QString &name, ExtractionContext &context);
};

} // namespace promptdesk

#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// PDF through Qt PDF (PDFium): text per page with its page number, in the order PDFium reads
// it (content order, which follows columns in typeset documents). Pages without a text layer
// go through OCR when the caller turned it on; otherwise a document with no text at all is a
// `no-text` error that names OCR as the way out.
//
// The reading itself runs in the promptdesk-pdf-reader child process where that helper is
// installed (always, in a package or a build tree); the checks that need no PDFium run here
// first, so a file they refuse never starts a process.
class PdfExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);
    // What the child process runs; also the fallback when the helper is missing. Only for
    // bytes extract() has checked and passed on: the checks that need no PDFium are not
    // repeated here, nor is the note on slight damage added.
    static Result<Document> extractInThisProcess(const QByteArray &bytes, const QString &name,
                                                 ExtractionContext &context);
};

} // namespace promptdesk

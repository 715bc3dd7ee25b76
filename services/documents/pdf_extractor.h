#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// PDF through Qt PDF (PDFium): text per page with its page number, in the order PDFium reads
// it (content order, which follows columns in typeset documents). Pages without a text layer
// go through OCR when the caller turned it on; otherwise a document with no text at all is a
// `no-text` error that names OCR as the way out.
class PdfExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);
};

} // namespace promptdesk

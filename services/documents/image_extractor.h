#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// Images (PNG, JPEG, TIFF incl. multi-page, GIF, BMP) through OCR. Without OCR an image is a
// `no-text` error that says how to read it; with OCR each image page becomes a page.
class ImageExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    const QString &description, ExtractionContext &context);
};

} // namespace promptdesk

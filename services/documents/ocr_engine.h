#pragma once

#include "documents/extraction_context.h"

#include <QImage>

namespace promptdesk {

// Tesseract OCR. One engine per call (Tesseract instances are not shared across threads);
// the language data comes from the system's tessdata folder. Honours cancellation and the
// time per document through Tesseract's own monitor, so a long page stops promptly.
class OcrEngine final {
public:
    // Languages Tesseract can load here ("deu", "eng", ...), without "osd".
    static QStringList availableLanguages();

    // `usage` error naming what is missing when a language is not installed or malformed.
    static Result<void> checkLanguages(const QStringList &languages);

    // Text of one page image (any format; converted to 8-bit grey). `dpi` is the scan's
    // resolution when known (0: let Tesseract guess).
    static Result<QString> recognise(const QImage &image, int dpi, ExtractionContext &context);

    // Text of an encoded image (PNG, JPEG, TIFF: all pages of a multi-page TIFF), decoded with
    // Leptonica. Checks the pixel limit before decoding.
    static Result<QStringList> recogniseEncoded(const QByteArray &bytes, const QString &name,
                                                ExtractionContext &context);
};

} // namespace promptdesk

#pragma once
// Small damage that PDF readers such as poppler recover from, told apart from a file that was
// cut off. PDFium reads either kind by rebuilding what it can, so it cannot say which one it
// was given; these checks look at the bytes first. No library the project links answers
// this, hence a few lines by hand.
#include <QByteArrayView>

namespace promptdesk {

// "%PDF1.4": a header without its dash (ISO 32000-1, 7.5.2 asks for "%PDF-1.n") in the first
// 1024 bytes, and no proper header there.
bool pdfHeaderWithoutDash(QByteArrayView bytes);

enum class PdfEnding {
    Intact,        // "%%EOF" near the end
    MarkerMissing, // no "%%EOF", but the file ends with an intact "startxref N" whose N
                   // points at a cross-reference table or stream
    CutOff,        // neither: the end of the file is missing
};
PdfEnding pdfEnding(QByteArrayView bytes);

} // namespace promptdesk

#pragma once

#include <QByteArrayView>

namespace promptdesk {

// Whether the page tree of a PDF, as far as its plain (uncompressed) objects show it, refers
// back to itself: a /Pages node listed among its own /Kids, directly or through other /Pages
// nodes. PDFium as shipped in Debian 12's Qt PDF never returns from loading such a file (a
// 700-byte PDF held a core at 100 % for minutes, found by fuzz_pdf), and a load cannot be
// interrupted, so the reader refuses these files before handing them over. No library the
// project links answers this question, hence a small scanner; page trees kept inside
// compressed object streams are not seen by it.
bool pdfPageTreeLoops(QByteArrayView bytes);

} // namespace promptdesk

#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// RTF to text. Written by hand: Debian offers no maintained C/C++ RTF library (only the
// unrtf program), and the text part of RTF is small: groups, control words, \'hh bytes in
// the font's code page (Shift-JIS, GBK, Windows-125x...), \uN Unicode escapes with their
// \ucN fallbacks, and destinations (font tables, pictures, metadata) to skip.
class RtfExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);
};

} // namespace promptdesk

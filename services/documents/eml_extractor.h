#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// E-mail (RFC 822 / MIME, .eml) through GMime: page 1 is the headers (subject, from, to, cc,
// date) and the body (text/plain preferred, else the HTML part as text); each attachment
// follows as a page labelled "Attachment: name", read recursively by DocumentExtractor.
// Attached messages nest; past DocumentLimits::maxNestingDepth the read fails as too-large.
class EmlExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);

    // Whether text bytes look like a mail message (header lines at the top).
    static bool looksLikeMail(QByteArrayView head);
};

} // namespace promptdesk

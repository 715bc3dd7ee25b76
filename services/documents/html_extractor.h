#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// HTML through libxml2's forgiving HTML parser: scripts, styles and other non-content
// elements dropped; headings and paragraphs on their own lines; list items as "- item";
// table rows as tab-separated lines. Entities decoded, whitespace collapsed (but kept in
// <pre>). Never fetches anything referenced by the page.
class HtmlExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);
    // The same for HTML already in a QString (e-mail bodies, pasted HTML).
    static Result<QString> toText(const QString &html, const QString &name,
                                  ExtractionContext &context);
};

} // namespace promptdesk

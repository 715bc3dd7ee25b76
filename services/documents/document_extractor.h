#pragma once

#include "documents/extraction_context.h"

namespace promptdesk {

// Routes the bytes of one input to the extractor for its format (sniffed from the content;
// the name's extension only breaks ties between text formats and names ZIP packages), and
// fills in the Document's source name, format id and warnings. E-mail attachments come back
// here, one level deeper.
class DocumentExtractor final {
public:
    static Result<Document> extract(const QByteArray &bytes, const QString &name,
                                    ExtractionContext &context);
};

} // namespace promptdesk

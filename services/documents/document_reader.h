#pragma once

#include "document.h"
#include "result.h"

namespace promptdesk {

struct DocumentLimits {
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qsizetype maxPastedChars = 16 * 1024 * 1024;
};

// Turns an input (a file on disk or pasted text) into a Document. Implementations are
// thread-safe: the pipeline calls them from a worker thread.
class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    virtual Result<Document> readFile(const QString &path) const = 0;
    virtual Result<Document> fromPastedText(const QString &text) const = 0;
};

} // namespace promptdesk

#pragma once

#include "document_reader.h"

namespace promptdesk {

// Reads plain text and Markdown from local files and from pasted text. Other formats are
// recognised and refused with an `unsupported` error naming them. Holds only its limits, so
// one instance may serve several worker threads at once.
class LocalDocumentReader final : public DocumentReader {
public:
    explicit LocalDocumentReader(DocumentLimits limits = {});

    Result<Document> readFile(const QString &path) const override;
    Result<Document> fromPastedText(const QString &text) const override;

    const DocumentLimits &limits() const { return m_limits; }

private:
    const DocumentLimits m_limits;
};

} // namespace promptdesk

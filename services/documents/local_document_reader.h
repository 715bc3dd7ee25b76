#pragma once

#include "documents/document_reader.h"

namespace promptdesk {

// Reads local files, pasted text and pasted data (HTML, images) in every supported format
// (see DocumentExtractor). Holds only its limits, so one instance may serve several worker
// threads at once.
class LocalDocumentReader final : public DocumentReader {
public:
    explicit LocalDocumentReader(DocumentLimits limits = {});

    Result<Document> readFile(const QString &path) const override;
    Result<Document> fromPastedText(const QString &text) const override;
    Result<Document> readFileWith(const QString &path, const ReadOptions &options) const override;
    Result<Document> readData(const QByteArray &bytes, const QString &name,
                              const ReadOptions &options) const override;

    const DocumentLimits &limits() const { return m_limits; }

private:
    const DocumentLimits m_limits;
};

} // namespace promptdesk

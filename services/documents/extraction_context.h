#pragma once

#include "documents/document_reader.h"

#include <QDeadlineTimer>

#include <optional>

namespace promptdesk {

// The state one extraction carries through the extractors: limits, the caller's options, the
// time budget, how deep inside attachments we are, and warnings for the user. Each top-level
// read builds one; nested attachments share it so the time limit covers the whole input.
class ExtractionContext final {
public:
    ExtractionContext(const DocumentLimits &limits, const ReadOptions &options);

    const DocumentLimits &limits;
    const ReadOptions &options;
    int depth = 0;        // 0 for the input itself, +1 per attachment level
    QStringList warnings; // merged into the Document

    // A `cancelled` or `too-large` (time) error once the user cancelled or the time per
    // document is used up; extractors call it between pages, parts and XML elements.
    std::optional<Error> interrupted() const;
    void reportProgress(int done, int total) const;
    qint64 remainingMs() const { return m_deadline.remainingTime(); }
    bool ocrEnabled() const { return !options.ocrLanguages.isEmpty(); }

private:
    QDeadlineTimer m_deadline;
};

// Message helpers so every extractor words errors the same way. `name` is a file name only.
QString quotedName(const QString &name);
QString humanSize(qint64 bytes);
Error corruptError(const QString &name, const QString &what);
Error encryptedError(const QString &name);
Error tooLargeError(const QString &message);
// `too-large` once `characters` passes the limit on extracted text, else nothing.
std::optional<Error> textLimitError(qsizetype characters, const QString &name,
                                    const ExtractionContext &context);

} // namespace promptdesk

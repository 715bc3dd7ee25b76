#include "pipeline/prepared_input.h"

#include "documents/document_reader.h"

namespace promptdesk {

namespace {

// Pages are joined by form feeds, which no placeholder contains: split them back, keeping the
// page numbers of `layout`.
QList<DocumentPage> splitPages(const QString &text, const QList<DocumentPage> &layout)
{
    QList<DocumentPage> pages;
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    if (pageTexts.size() == layout.size()) {
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            DocumentPage page = layout.at(i);
            page.text = pageTexts.at(i);
            pages.append(page);
        }
    } else {
        pages.append(DocumentPage{1, text, {}});
    }
    return pages;
}

} // namespace

PreparedInput prepareInput(const DocumentReader *reader, const Redactor *redactor,
                           bool redactionRequired, const JobRequest &request, PagesWanted pages,
                           const std::function<bool()> &isCancelled)
{
    PreparedInput prepared;
    ReadOptions options;
    options.isCancelled = isCancelled;
    Result<Document> document = request.filePath.isEmpty()
                                    ? reader->fromPastedText(request.pastedText)
                                    : reader->readFileWith(request.filePath, options);
    if (!document) {
        prepared.error = document.error();
        return prepared;
    }
    if (isCancelled && isCancelled()) {
        prepared.error = makeError(ErrorKind::Cancelled, QStringLiteral("Stopped while reading."));
        return prepared;
    }
    prepared.sourceName = request.filePath.isEmpty() && !request.sourceName.trimmed().isEmpty()
                              ? request.sourceName.trimmed()
                              : document->sourceName;
    prepared.originalText = document->text();
    if (request.reviewed) {
        prepared.redacted = *request.reviewed;
        prepared.sourceName = redactor->redact(prepared.sourceName).text;
    } else if (redactionRequired) {
        prepared.redacted = redactor->redact(document->text());
        prepared.sourceName = redactor->redact(prepared.sourceName).text;
    } else {
        prepared.redacted.text = document->text();
    }
    if (pages == PagesWanted::No) {
        return prepared;
    }
    prepared.pages = splitPages(prepared.redacted.text, document->pages);
    return prepared;
}

std::shared_ptr<const PreparedInput> withReviewedText(const PreparedInput &prepared,
                                                      const RedactedText &approved)
{
    auto reviewed = std::make_shared<PreparedInput>(prepared);
    reviewed->redacted = approved;
    if (!prepared.pages.isEmpty()) {
        reviewed->pages = splitPages(approved.text, prepared.pages);
    }
    return reviewed;
}

QString auditStatusFor(const std::optional<Error> &error)
{
    if (!error) {
        return QStringLiteral("ok");
    }
    if (error->kind == ErrorKind::Cancelled) {
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error:") + errorKindName(error->kind);
}

} // namespace promptdesk

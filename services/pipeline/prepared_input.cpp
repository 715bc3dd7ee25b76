#include "prepared_input.h"

#include "document_reader.h"

namespace promptdesk {

PreparedInput prepareInput(const DocumentReader *reader, const Redactor *redactor,
                           bool redactionRequired, const JobRequest &request, PagesWanted pages)
{
    PreparedInput prepared;
    Result<Document> document = request.filePath.isEmpty()
                                    ? reader->fromPastedText(request.pastedText)
                                    : reader->readFile(request.filePath);
    if (!document) {
        prepared.error = document.error();
        return prepared;
    }
    prepared.sourceName = document->sourceName;
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
    // Pages are joined by form feeds, which no placeholder contains: split them back.
    const QStringList pageTexts = prepared.redacted.text.split(QLatin1Char('\f'));
    if (pageTexts.size() == document->pages.size()) {
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            DocumentPage page = document->pages.at(i);
            page.text = pageTexts.at(i);
            prepared.pages.append(page);
        }
    } else {
        prepared.pages.append(DocumentPage{1, prepared.redacted.text, {}});
    }
    return prepared;
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

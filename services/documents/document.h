#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace promptdesk {

struct DocumentPage {
    DocumentPage() = default;
    // A constructor rather than aggregate initialisation, so DocumentPage{1, text} stays
    // valid (and warning-free) now that the label was added.
    DocumentPage(int pageNumber, QString pageText, QString pageLabel = {})
        : number(pageNumber)
        , text(std::move(pageText))
        , label(std::move(pageLabel))
    {
    }

    int number = 1; // 1-based page (or section) number shown in citations
    QString text;
    // Where the text came from when it is not a printed page: "Sheet: Budget",
    // "Headers and footers", "Footnotes", "Attachment: cv.pdf". Empty for ordinary pages.
    QString label;
};

// Text pulled out of one input, with where it came from. Never logged.
struct Document {
    QString sourceName; // file name (no path) or "Pasted text"
    QString format;     // "text", "markdown", "pdf", "docx", ...
    QList<DocumentPage> pages;
    QVariantMap metadata; // e.g. {"encoding": "UTF-8"}
    QStringList warnings; // user-readable notes, e.g. "Some bytes were not valid UTF-8"

    // All pages joined by form feed, as `extract-text` prints them.
    QString text() const;
    qsizetype characterCount() const;
};

} // namespace promptdesk

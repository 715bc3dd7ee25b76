#pragma once

#include "documents/document.h"

#include <QList>
#include <QString>

namespace promptdesk {

// Page citations written "[p. 12]" (or "[pp. 3-4]"), as long-document summaries carry them.

// The page numbers cited in `text`, in order of appearance, without repeats.
QList<int> citedPages(const QString &text);

// Adds a citation to every sentence of `output` that has none and that appears word for word
// in one of `pages` (whitespace ignored): "The canteen closes [p. 3]." Extractive answers (the
// offline engine) get their citations this way; a model's own citations are kept as written.
QString attachCitations(const QString &output, const QList<DocumentPage> &pages);

// Turns every citation into a Markdown link to "<scheme>:<first page>", keeping its text:
// "[p. 12]" -> "[\[p. 12\]](<scheme>:12)". For viewers that show the cited page on click.
QString linkCitations(const QString &markdown, const QString &scheme);

// Removes every citation, e.g. before text goes to an engine that would treat it as words.
QString stripCitations(QString text);

} // namespace promptdesk

#pragma once

#include "documents/extraction_context.h"
#include "documents/zip_package.h"

namespace promptdesk {

// Word (DOCX): body with page breaks as Word last laid it out, tables as rows, tracked changes
// shown as accepted (deletions and moved-away text dropped), then headers and footers,
// footnotes, endnotes and comments as labelled sections.
class DocxExtractor final {
public:
    static Result<Document> extract(ZipPackage &package, const QString &name,
                                    ExtractionContext &context);
};

// Excel (XLSX): each sheet one page labelled with its name, rows as tab-separated lines.
class XlsxExtractor final {
public:
    static Result<Document> extract(ZipPackage &package, const QString &name,
                                    ExtractionContext &context);
};

// PowerPoint (PPTX): one page per slide in the presentation's order (slide numbers are page
// numbers), shapes and tables in the slide's order, then the slide's speaker notes; hidden
// slides are kept and labelled.
class PptxExtractor final {
public:
    static Result<Document> extract(ZipPackage &package, const QString &name,
                                    ExtractionContext &context);
};

// A slide's text followed by its speaker notes under one heading, the same for PPTX and ODP;
// the slide's text alone when it has no notes.
QString slideTextWithNotes(const QString &slide, const QString &notes);

// OpenDocument text (ODT), spreadsheet (ODS) and presentation (ODP). Text: body with soft page
// breaks, tables, then headers/footers, notes and comments; tracked deletions dropped. Spreadsheet:
// one page per sheet. Presentation: one page per slide with its notes. Encrypted packages are
// refused as `encrypted`.
class OdfExtractor final {
public:
    static Result<Document> extract(ZipPackage &package, const QString &name,
                                    ExtractionContext &context);
};

// The format id ("docx", "xlsx", "pptx", "odf") of an office package, or empty when the ZIP
// is something else.
QString officePackageFormat(const ZipPackage &package, const QString &name);

} // namespace promptdesk

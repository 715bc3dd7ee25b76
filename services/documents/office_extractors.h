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

// OpenDocument text (ODT) and spreadsheet (ODS). Text: body with soft page breaks, tables,
// then headers/footers, notes and comments; tracked deletions dropped. Spreadsheet: one page
// per sheet. Encrypted packages are refused as `encrypted`.
class OdfExtractor final {
public:
    static Result<Document> extract(ZipPackage &package, const QString &name,
                                    ExtractionContext &context);
};

// The format id ("docx", "xlsx", "odt", "ods") of an office package, or empty when the ZIP
// is something else.
QString officePackageFormat(const ZipPackage &package, const QString &name);

} // namespace promptdesk

#include "documents/document_extractor.h"

#include "core/logging.h"
#include "documents/eml_extractor.h"
#include "documents/format_sniffer.h"
#include "documents/html_extractor.h"
#include "documents/image_extractor.h"
#include "documents/office_extractors.h"
#include "documents/pdf_extractor.h"
#include "documents/rtf_extractor.h"
#include "documents/text_decoder.h"
#include "documents/zip_package.h"

#include <QFileInfo>

namespace promptdesk {

namespace {

// Extensions of binary formats: a file named like this whose bytes are something else is a
// damaged or disguised file, not a text file to read as-is.
QString claimedBinaryFormat(const QString &suffix)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("pdf"), QStringLiteral("a PDF document")},
        {QStringLiteral("docx"), QStringLiteral("a Word document")},
        {QStringLiteral("docm"), QStringLiteral("a Word document")},
        {QStringLiteral("xlsx"), QStringLiteral("an Excel workbook")},
        {QStringLiteral("xlsm"), QStringLiteral("an Excel workbook")},
        {QStringLiteral("pptx"), QStringLiteral("a PowerPoint presentation")},
        {QStringLiteral("odt"), QStringLiteral("an OpenDocument text")},
        {QStringLiteral("ods"), QStringLiteral("an OpenDocument spreadsheet")},
        {QStringLiteral("odp"), QStringLiteral("an OpenDocument presentation")},
        {QStringLiteral("doc"), QStringLiteral("a Word document")},
        {QStringLiteral("xls"), QStringLiteral("an Excel workbook")},
        {QStringLiteral("png"), QStringLiteral("a PNG image")},
        {QStringLiteral("jpg"), QStringLiteral("a JPEG image")},
        {QStringLiteral("jpeg"), QStringLiteral("a JPEG image")},
        {QStringLiteral("tif"), QStringLiteral("a TIFF image")},
        {QStringLiteral("tiff"), QStringLiteral("a TIFF image")},
        {QStringLiteral("zip"), QStringLiteral("a ZIP archive")},
    };
    return names.value(suffix);
}

Error disguised(const QString &name, const QString &claimed)
{
    return corruptError(name, QStringLiteral("is named like %1, but its content is not one; it "
                                             "is damaged or was renamed.")
                                  .arg(claimed));
}

bool looksLikeHtml(const QString &suffix, QByteArrayView bytes)
{
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") {
        return true;
    }
    const QByteArray head =
        bytes.first(qMin<qsizetype>(bytes.size(), 512)).toByteArray().trimmed().toLower();
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head;
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

// OLE compound files: encrypted OOXML (Office's "Encrypt with password") is a compound file
// holding an "EncryptedPackage" stream; directory entry names are UTF-16LE.
bool isEncryptedOoxml(QByteArrayView bytes)
{
    static const QByteArray marker = [] {
        QByteArray m;
        for (const char c : QByteArrayView("EncryptedPackage")) {
            m.append(c);
            m.append('\0');
        }
        return m;
    }();
    return bytes.indexOf(marker) >= 0;
}

Result<Document> readZip(const QByteArray &bytes, const QString &name, const QString &suffix,
                         ExtractionContext &context, QString &format)
{
    Result<std::unique_ptr<ZipPackage>> opened = ZipPackage::open(bytes, name, context);
    if (!opened) {
        return opened.error();
    }
    ZipPackage &package = *opened.value();
    const QString kind = officePackageFormat(package, name);
    if (kind == u"docx") {
        format = kind;
        return DocxExtractor::extract(package, name, context);
    }
    if (kind == u"xlsx") {
        format = kind;
        return XlsxExtractor::extract(package, name, context);
    }
    if (kind == u"pptx") {
        format = kind;
        return PptxExtractor::extract(package, name, context);
    }
    if (kind == u"odf") {
        QString mime;
        if (package.contains(QStringLiteral("mimetype"))) {
            const Result<QByteArray> m = package.read(QStringLiteral("mimetype"));
            if (m) {
                mime = QString::fromLatin1(m->trimmed());
            }
        }
        // The mimetype entry decides; a package without one goes by its extension.
        const auto is = [&](QStringView kindName, QStringView extension) {
            return mime.endsWith(u"opendocument." + kindName.toString()) ||
                   (mime.isEmpty() && suffix == extension);
        };
        if (is(u"text", u"odt") || is(u"spreadsheet", u"ods") || is(u"presentation", u"odp")) {
            format = is(u"spreadsheet", u"ods")    ? QStringLiteral("ods")
                     : is(u"presentation", u"odp") ? QStringLiteral("odp")
                                                   : QStringLiteral("odt");
            return OdfExtractor::extract(package, name, context);
        }
        return Error{ErrorKind::Unsupported,
                     QStringLiteral("%1 is an OpenDocument file of a kind Promptdesk does not "
                                    "read yet (only text documents, spreadsheets and "
                                    "presentations).")
                         .arg(quotedName(name))};
    }
    if (kind == u"ooxml") {
        return Error{ErrorKind::Unsupported,
                     QStringLiteral("%1 is an Office file of a kind Promptdesk does not read yet "
                                    "(only Word documents, Excel workbooks and "
                                    "PowerPoint presentations).")
                         .arg(quotedName(name))};
    }
    const QString claimed = claimedBinaryFormat(suffix);
    if (!claimed.isEmpty() && suffix != u"zip") {
        return disguised(name, claimed);
    }
    return Error{ErrorKind::Unsupported,
                 QStringLiteral("%1 is a ZIP archive. Unpack it and add the documents inside.")
                     .arg(quotedName(name))};
}

Result<Document> readText(const QByteArray &bytes, const QString &suffix, SniffedFormat sniffed,
                          ExtractionContext &context, QString &format)
{
    DecodedText decoded = TextDecoder::decode(bytes);
    if (decoded.text.size() > context.limits.maxTextChars) {
        return tooLargeError(QStringLiteral("The text has more characters than the limit."));
    }
    format = sniffed == SniffedFormat::Markdown     ? QStringLiteral("markdown")
             : suffix == u"csv" || suffix == u"tsv" ? QStringLiteral("csv")
                                                    : QStringLiteral("text");
    Document document;
    document.pages.append(DocumentPage{1, std::move(decoded.text), {}});
    document.metadata.insert(QStringLiteral("encoding"), decoded.encoding);
    document.metadata.insert(QStringLiteral("byteOrderMark"), decoded.byteOrderMark);
    context.warnings.append(decoded.warnings);
    return document;
}

// Whitespace, plus the invisible characters editors leave behind (zero-width space, BOM).
bool holdsOnlyWhitespace(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x200B) && c != QChar(0xFEFF) && c != QChar(0x2060) &&
            c != QLatin1Char('\f')) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<Document> DocumentExtractor::extract(const QByteArray &bytes, const QString &name,
                                            ExtractionContext &context)
{
    if (auto stop = context.interrupted()) {
        return *stop;
    }
    if (bytes.isEmpty()) {
        return Error{ErrorKind::NoText, QStringLiteral("%1 is empty.").arg(quotedName(name))};
    }
    if (bytes.size() > context.limits.maxFileBytes) {
        return tooLargeError(QStringLiteral("%1 is %2; the limit is %3.")
                                 .arg(quotedName(name), humanSize(bytes.size()),
                                      humanSize(context.limits.maxFileBytes)));
    }
    const QString suffix = QFileInfo(name).suffix().toLower();
    const SniffResult sniffed = FormatSniffer::sniff(bytes, name);
    QString format;
    Result<Document> result = Error{ErrorKind::Internal, QString()};
    switch (sniffed.format) {
    case SniffedFormat::Pdf:
        format = QStringLiteral("pdf");
        result = PdfExtractor::extract(bytes, name, context);
        break;
    case SniffedFormat::ZipContainer:
        result = readZip(bytes, name, suffix, context, format);
        break;
    case SniffedFormat::OleCompound:
        if (isEncryptedOoxml(bytes)) {
            return encryptedError(name);
        }
        return Error{ErrorKind::Unsupported,
                     QStringLiteral("%1 is %2, an old format Promptdesk cannot read. Save it as "
                                    "DOCX, XLSX or PDF and try again.")
                         .arg(quotedName(name), sniffed.name)};
    case SniffedFormat::Rtf:
        format = QStringLiteral("rtf");
        result = RtfExtractor::extract(bytes, name, context);
        break;
    case SniffedFormat::Image:
        format = QStringLiteral("image");
        result = ImageExtractor::extract(bytes, name, sniffed.name, context);
        break;
    case SniffedFormat::Executable:
        return Error{
            ErrorKind::Unsupported,
            QStringLiteral("%1 is %2, not a document.").arg(quotedName(name), sniffed.name)};
    case SniffedFormat::Binary: {
        const QString claimed = claimedBinaryFormat(suffix);
        if (!claimed.isEmpty()) {
            return disguised(name, claimed);
        }
        return Error{ErrorKind::Unsupported,
                     QStringLiteral("%1 is %2. Promptdesk reads text, PDF, Word, OpenDocument, "
                                    "Excel, e-mail, HTML, RTF and images.")
                         .arg(quotedName(name), sniffed.name)};
    }
    case SniffedFormat::PlainText:
    case SniffedFormat::Markdown: {
        const QString claimed = claimedBinaryFormat(suffix);
        if (!claimed.isEmpty()) {
            return disguised(name, claimed);
        }
        if (looksLikeHtml(suffix, bytes)) {
            format = QStringLiteral("html");
            result = HtmlExtractor::extract(bytes, name, context);
        } else if (suffix == u"eml" || suffix == u"msg822" || EmlExtractor::looksLikeMail(bytes)) {
            format = QStringLiteral("eml");
            result = EmlExtractor::extract(bytes, name, context);
        } else {
            result = readText(bytes, suffix, sniffed.format, context, format);
        }
        break;
    }
    }
    if (!result) {
        qCInfo(lcDocuments) << "extraction failed, format" << format << "kind"
                            << errorKindName(result.error().kind);
        return result;
    }
    Document document = std::move(result).value();
    bool empty = true;
    for (const DocumentPage &page : std::as_const(document.pages)) {
        empty = empty && holdsOnlyWhitespace(page.text);
    }
    if (empty) {
        return Error{ErrorKind::NoText, QStringLiteral("%1 holds no text.").arg(quotedName(name))};
    }
    document.sourceName = name;
    document.format = format;
    document.metadata.insert(QStringLiteral("sizeBytes"), qint64(bytes.size()));
    if (context.depth == 0) {
        document.warnings.append(context.warnings);
        document.warnings.removeDuplicates();
    }
    return document;
}

} // namespace promptdesk

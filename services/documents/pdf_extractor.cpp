#include "documents/pdf_extractor.h"

#include "core/logging.h"
#include "documents/ocr_engine.h"
#include "documents/pdf_damage.h"
#include "documents/pdf_overprint.h"
#include "documents/pdf_page_tree_guard.h"
#include "documents/pdf_reader_process.h"
#include "documents/text_decoder.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>

#include <mutex>

namespace promptdesk {

namespace {

constexpr int kOcrDpi = 300;

bool blank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

struct PageText {
    QString text;
    bool undecodable = false; // mostly glyph codes: a font without a character map
};

// Text of one page, without the control characters PDFium returns for glyphs it cannot map
// to Unicode (fonts without a ToUnicode map) and for line-end hyphenation marks. A page that
// was mostly such codes has no usable text layer.
PageText pageText(QPdfDocument &pdf, int page)
{
    // Overprinted copies go first, while the text's indices are still PDFium's.
    const QString raw = TextDecoder::normaliseLineEnds(withoutOverprintedCopies(
        pdf.getAllText(page).text(), [&pdf, page](qsizetype start, qsizetype length) {
            return pdf.getSelectionAtIndex(page, int(start), int(length)).boundingRectangle();
        }));
    PageText result;
    result.text.reserve(raw.size());
    qsizetype control = 0;
    qsizetype visible = 0;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\t' || u == ' ') {
            result.text.append(c);
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF) {
            ++control;
        } else {
            result.text.append(c);
            ++visible;
        }
    }
    result.undecodable = control > 20 && control > visible;
    return result;
}

// Scanner and PDF-generator software sometimes stamps the same short label on every page
// image ("Background", a batch number). When that is all the text there is, the document is
// still a scan.
bool onlyRepeatedStamp(const QList<DocumentPage> &pages)
{
    if (pages.size() < 2) {
        return false;
    }
    QString stamp;
    qsizetype stamped = 0;
    for (const DocumentPage &page : pages) {
        const QString text = page.text.simplified();
        if (text.isEmpty()) {
            continue;
        }
        if (text.size() > 40 || (!stamp.isEmpty() && text != stamp)) {
            return false;
        }
        stamp = text;
        ++stamped;
    }
    // The same label on most pages; one short line on one page is just a short document.
    return stamped >= 2 && stamped * 2 >= pages.size();
}

// What to tell the user about small damage the file was read despite, or nothing.
std::optional<QString> damageNote(const QByteArray &bytes, PdfEnding ending, const QString &name)
{
    QStringList what;
    if (pdfHeaderWithoutDash(bytes)) {
        what.append(QStringLiteral("its first line is malformed"));
    }
    if (ending == PdfEnding::MarkerMissing) {
        what.append(QStringLiteral("its end-of-file marker is missing"));
    }
    if (what.isEmpty()) {
        return std::nullopt;
    }
    return QStringLiteral("%1 is slightly damaged (%2); its text was read, but check that "
                          "nothing is missing.")
        .arg(quotedName(name), what.join(QStringLiteral(" and ")));
}

} // namespace

Result<Document> PdfExtractor::extract(const QByteArray &bytes, const QString &name,
                                       ExtractionContext &context)
{
    // The checks that need no PDFium, here so a file they refuse never starts the child. A PDF
    // ends with "%%EOF" (ISO 32000-1, 7.5.5). PDFium happily rebuilds a cut-off file from
    // whatever objects survived, which would pass half a document on as if it were whole;
    // only a file whose trailer is intact up to its last line is read without it.
    const PdfEnding ending = pdfEnding(bytes);
    if (ending == PdfEnding::CutOff) {
        return corruptError(name, QStringLiteral("is incomplete: the end of the PDF is missing "
                                                 "(it may have been cut off while copying or "
                                                 "downloading)."));
    }
    if (pdfPageTreeLoops(bytes)) {
        return corruptError(name, QStringLiteral("is damaged: its list of pages refers back to "
                                                 "itself, so it cannot be read."));
    }
    const QString helper = PdfReaderProcess::executable();
    Result<Document> read = Error{ErrorKind::Internal, QString()};
    if (helper.isEmpty()) {
        static std::once_flag noted;
        std::call_once(noted, [] {
            qCWarning(lcDocuments) << "promptdesk-pdf-reader not found; PDFs are read in this "
                                      "process, where a hang in PDFium cannot be stopped";
        });
        read = extractInThisProcess(bytes, name, context);
    } else {
        read = PdfReaderProcess::read(helper, bytes, name, context);
    }
    if (read) {
        if (const std::optional<QString> note = damageNote(bytes, ending, name)) {
            context.warnings.append(*note);
        }
    }
    return read;
}

Result<Document> PdfExtractor::extractInThisProcess(const QByteArray &bytes, const QString &name,
                                                    ExtractionContext &context)
{
    QByteArray data = bytes; // QBuffer needs a non-const array; shares the bytes
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    if (!context.options.password.isEmpty()) {
        pdf.setPassword(context.options.password);
    }
    // With a random-access device holding the whole file, Qt PDF loads synchronously.
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready) {
        switch (pdf.error()) {
        case QPdfDocument::Error::IncorrectPassword:
            if (!context.options.password.isEmpty()) {
                return Error{
                    ErrorKind::Encrypted,
                    QStringLiteral("The password for %1 is not correct.").arg(quotedName(name))};
            }
            return encryptedError(name);
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return Error{ErrorKind::Encrypted,
                         QStringLiteral("%1 is protected with an encryption Promptdesk cannot "
                                        "open.")
                             .arg(quotedName(name))};
        default:
            qCInfo(lcDocuments) << "pdf load failed, status" << int(pdf.status()) << "error"
                                << int(pdf.error());
            return corruptError(name, QStringLiteral("is damaged and cannot be read as a PDF."));
        }
    }
    const int pageCount = pdf.pageCount();
    if (pageCount <= 0) {
        return corruptError(name, QStringLiteral("is damaged: it has no readable pages."));
    }
    if (pageCount > context.limits.maxPages) {
        return tooLargeError(QStringLiteral("%1 has %2 pages; the limit is %3.")
                                 .arg(quotedName(name))
                                 .arg(pageCount)
                                 .arg(context.limits.maxPages));
    }

    Document document;
    QList<int> withoutText;
    QList<int> undecodable;
    qsizetype total = 0;
    for (int i = 0; i < pageCount; ++i) {
        if (auto stop = context.interrupted()) {
            return *stop;
        }
        context.reportProgress(i, pageCount);
        const PageText extracted = pageText(pdf, i);
        QString text = extracted.text;
        if (blank(text) || extracted.undecodable) {
            withoutText.append(i);
            if (extracted.undecodable) {
                undecodable.append(i);
            } else {
                text.clear();
            }
        }
        total += text.size();
        if (total > context.limits.maxTextChars) {
            return tooLargeError(QStringLiteral("%1 holds more text than the limit of %2 "
                                                "characters.")
                                     .arg(quotedName(name))
                                     .arg(context.limits.maxTextChars));
        }
        document.pages.append(DocumentPage{i + 1, text, {}});
    }

    if (withoutText.size() < pageCount && onlyRepeatedStamp(document.pages)) {
        withoutText.clear();
        for (int i = 0; i < pageCount; ++i) {
            withoutText.append(i);
            document.pages[i].text.clear();
        }
    }

    if (!withoutText.isEmpty() && context.ocrEnabled()) {
        int done = 0;
        for (const int i : std::as_const(withoutText)) {
            context.reportProgress(done++, int(withoutText.size()));
            const QSizeF points = pdf.pagePointSize(i);
            const QSize pixels((points * kOcrDpi / 72.0).toSize());
            if (pixels.isEmpty() ||
                qint64(pixels.width()) * pixels.height() > context.limits.maxImagePixels) {
                return tooLargeError(QStringLiteral("Page %1 of %2 is too large to read with "
                                                    "OCR.")
                                         .arg(i + 1)
                                         .arg(quotedName(name)));
            }
            const QImage rendered = pdf.render(i, pixels, QPdfDocumentRenderOptions());
            if (rendered.isNull()) {
                return corruptError(
                    name, QStringLiteral("is damaged: page %1 cannot be drawn.").arg(i + 1));
            }
            // PDFium draws on a transparent background; OCR needs ink on white paper.
            QImage page(rendered.size(), QImage::Format_RGB32);
            page.fill(Qt::white);
            {
                QPainter painter(&page);
                painter.drawImage(0, 0, rendered);
            }
            Result<QString> text = OcrEngine::recognise(page, kOcrDpi, context);
            if (!text) {
                return text.error();
            }
            document.pages[i].text = text.value();
        }
        document.metadata.insert(QStringLiteral("ocrPages"), int(withoutText.size()));
        document.metadata.insert(QStringLiteral("ocrLanguages"),
                                 context.options.ocrLanguages.join(QLatin1Char('+')));
    } else if (qsizetype(withoutText.size()) == pageCount && undecodable.isEmpty()) {
        return Error{ErrorKind::NoText,
                     QStringLiteral("%1 has no text layer (it looks like a scan). Turn on OCR to "
                                    "read it.")
                         .arg(quotedName(name))};
    } else if (!withoutText.isEmpty()) {
        const auto list = [](const QList<int> &pages) {
            QStringList numbers;
            for (const int i : pages) {
                numbers.append(QString::number(i + 1));
            }
            return numbers.join(QStringLiteral(", "));
        };
        QList<int> empty;
        for (const int i : std::as_const(withoutText)) {
            if (!undecodable.contains(i)) {
                empty.append(i);
            }
        }
        if (!empty.isEmpty()) {
            context.warnings.append(QStringLiteral("Page(s) %1 have no text layer; turn on OCR "
                                                   "to read them.")
                                        .arg(list(empty)));
        }
        if (!undecodable.isEmpty()) {
            context.warnings.append(QStringLiteral("Page(s) %1 use fonts whose text cannot be "
                                                   "decoded, so some words are missing; turn on "
                                                   "OCR to read them.")
                                        .arg(list(undecodable)));
        }
    }
    context.reportProgress(pageCount, pageCount);

    document.metadata.insert(QStringLiteral("pages"), pageCount);
    const QString title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString();
    if (!title.isEmpty()) {
        document.metadata.insert(QStringLiteral("title"), title);
    }
    return document;
}

} // namespace promptdesk

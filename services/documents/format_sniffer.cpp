#include "documents/format_sniffer.h"

#include "documents/pdf_damage.h"
#include "documents/text_decoder.h"

#include <QFileInfo>
#include <QStringConverter>

namespace promptdesk {

namespace {

bool startsWith(QByteArrayView head, QByteArrayView magic)
{
    return head.size() >= magic.size() && head.first(magic.size()) == magic;
}

// ZIP is the container of every modern office format; the extension tells which one it is
// meant to be, so the message can name it.
QString zipDescription(const QString &suffix)
{
    if (suffix == QStringLiteral("docx") || suffix == QStringLiteral("docm")) {
        return QStringLiteral("a Word document (DOCX)");
    }
    if (suffix == QStringLiteral("xlsx") || suffix == QStringLiteral("xlsm")) {
        return QStringLiteral("an Excel workbook (XLSX)");
    }
    if (suffix == QStringLiteral("pptx")) {
        return QStringLiteral("a PowerPoint presentation (PPTX)");
    }
    if (suffix == QStringLiteral("odt")) {
        return QStringLiteral("an OpenDocument text (ODT)");
    }
    if (suffix == QStringLiteral("ods")) {
        return QStringLiteral("an OpenDocument spreadsheet (ODS)");
    }
    if (suffix == QStringLiteral("odp")) {
        return QStringLiteral("an OpenDocument presentation (ODP)");
    }
    if (suffix == QStringLiteral("epub")) {
        return QStringLiteral("an EPUB e-book");
    }
    return QStringLiteral("a ZIP archive");
}

QString oleDescription(const QString &suffix)
{
    if (suffix == QStringLiteral("doc")) {
        return QStringLiteral("a legacy Word document (DOC)");
    }
    if (suffix == QStringLiteral("xls")) {
        return QStringLiteral("a legacy Excel workbook (XLS)");
    }
    if (suffix == QStringLiteral("ppt")) {
        return QStringLiteral("a legacy PowerPoint presentation (PPT)");
    }
    if (suffix == QStringLiteral("msg")) {
        return QStringLiteral("an Outlook message (MSG)");
    }
    return QStringLiteral("a legacy Office file (OLE compound document)");
}

std::optional<SniffResult> sniffMagic(QByteArrayView head, const QString &suffix)
{
    using namespace Qt::Literals::StringLiterals;
    // PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, 7.5.2),
    // and poppler and PDFium take one without its dash ("%PDF1.4") too.
    if (head.first(qMin<qsizetype>(head.size(), 1024)).indexOf("%PDF-"_ba) >= 0 ||
        pdfHeaderWithoutDash(head)) {
        return SniffResult{SniffedFormat::Pdf, QStringLiteral("a PDF document")};
    }
    if (startsWith(head, "PK\x03\x04"_ba) || startsWith(head, "PK\x05\x06"_ba)) {
        return SniffResult{SniffedFormat::ZipContainer, zipDescription(suffix)};
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba)) {
        return SniffResult{SniffedFormat::OleCompound, oleDescription(suffix)};
    }
    if (startsWith(head, "{\\rtf"_ba)) {
        return SniffResult{SniffedFormat::Rtf, QStringLiteral("an RTF document")};
    }
    if (startsWith(head, "\x89PNG\r\n\x1A\n"_ba)) {
        return SniffResult{SniffedFormat::Image, QStringLiteral("a PNG image")};
    }
    if (startsWith(head, "\xFF\xD8\xFF"_ba)) {
        return SniffResult{SniffedFormat::Image, QStringLiteral("a JPEG image")};
    }
    if (startsWith(head, "GIF87a"_ba) || startsWith(head, "GIF89a"_ba)) {
        return SniffResult{SniffedFormat::Image, QStringLiteral("a GIF image")};
    }
    if (startsWith(head, QByteArrayView("II*\0", 4)) ||
        startsWith(head, QByteArrayView("MM\0*", 4))) {
        return SniffResult{SniffedFormat::Image, QStringLiteral("a TIFF image")};
    }
    if (startsWith(head, "\x7F"
                         "ELF"_ba)) {
        return SniffResult{SniffedFormat::Executable, QStringLiteral("a program (ELF executable)")};
    }
    // "MZ" alone is too weak (a text may start with it); a real PE header is binary too.
    if (startsWith(head, "MZ"_ba) && FormatSniffer::looksBinary(head)) {
        return SniffResult{SniffedFormat::Executable,
                           QStringLiteral("a Windows program (EXE/DLL)")};
    }
    return std::nullopt;
}

} // namespace

bool FormatSniffer::looksBinary(QByteArrayView head)
{
    const QByteArrayView sample = head.first(qMin(head.size(), SampleSize));
    if (sample.isEmpty()) {
        return false;
    }
    // A byte order mark or BOM-less UTF-16 explains the NUL bytes: that is text.
    if (QStringConverter::encodingForData(sample).has_value() ||
        TextDecoder::bomlessUtf16(sample).has_value()) {
        return false;
    }
    qsizetype control = 0;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0) {
            return true;
        }
        // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) are common in text files.
        const bool textControl = (byte >= 0x09 && byte <= 0x0D) || byte == 0x1B;
        if ((byte < 0x20 && !textControl) || byte == 0x7F) {
            ++control;
        }
    }
    // Same threshold idea as file(1)/git: a few stray control bytes are still text.
    return control * 10 > sample.size();
}

SniffResult FormatSniffer::sniff(QByteArrayView head, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArrayView sample = head.first(qMin(head.size(), SampleSize));
    if (std::optional<SniffResult> known = sniffMagic(sample, suffix)) {
        return *known;
    }
    if (looksBinary(sample)) {
        return SniffResult{SniffedFormat::Binary, QStringLiteral("a binary file, not text")};
    }
    if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown")) {
        return SniffResult{SniffedFormat::Markdown, QStringLiteral("markdown")};
    }
    // .txt, .text, .log, .csv, no extension, and any other file whose bytes are text.
    return SniffResult{SniffedFormat::PlainText, QStringLiteral("text")};
}

} // namespace promptdesk

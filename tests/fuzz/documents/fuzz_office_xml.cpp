// Office XML glue: the fuzz input becomes the main XML part of a valid DOCX ('d'), ODT/ODS
// ('o') or XLSX sheet ('x', other first bytes) so mutations reach the XML walkers instead of
// failing the ZIP checksum. DTDs and entities must come back as `corrupt`, never expand.
#include "fuzz_document_check.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstddef>
#include <cstdint>

namespace {

QByteArray zip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip archive(&buffer);
    archive.open(QuaZip::mdCreate);
    for (const auto &entry : entries) {
        QuaZipFile file(&archive);
        // Stored, not deflated: the fuzzer's time goes to the XML.
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first), nullptr, 0, 0, 0);
        file.write(entry.second);
        file.close();
    }
    archive.close();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray xml = fuzzing::bytesOf(data + 1, size - 1);
    const char kind = static_cast<char>(data[0]);
    if (kind == 'd') {
        fuzzing::readAndCheck(zip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                   {QStringLiteral("word/document.xml"), xml},
                                   {QStringLiteral("word/footnotes.xml"), xml}}),
                              QStringLiteral("input.docx"));
    } else if (kind == 'o') {
        fuzzing::readAndCheck(
            zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                 {QStringLiteral("META-INF/manifest.xml"), "<manifest/>"},
                 {QStringLiteral("content.xml"), xml},
                 {QStringLiteral("styles.xml"), xml}}),
            QStringLiteral("input.odt"));
    } else {
        fuzzing::readAndCheck(zip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                   {QStringLiteral("xl/workbook.xml"),
                                    "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                                   {QStringLiteral("xl/worksheets/sheet1.xml"), xml},
                                   {QStringLiteral("xl/sharedStrings.xml"), xml}}),
                              QStringLiteral("input.xlsx"));
    }
    return 0;
}

// Office XML glue: the fuzz input becomes the main XML part of a valid DOCX ('d'), ODT/ODS
// ('o'), ODP ('O'), a PPTX slide and its notes ('p'), its presentation part ('P') or an XLSX
// sheet ('x', other first bytes) so mutations reach the XML walkers instead of
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
    } else if (kind == 'O') {
        fuzzing::readAndCheck(
            zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.presentation"},
                 {QStringLiteral("META-INF/manifest.xml"), "<manifest/>"},
                 {QStringLiteral("content.xml"), xml}}),
            QStringLiteral("input.odp"));
    } else if (kind == 'p' || kind == 'P') {
        const QByteArray rels = "<Relationships><Relationship Id=\"r1\" Type=\"x/slide\" "
                                "Target=\"slides/slide1.xml\"/></Relationships>";
        const QByteArray slideRels = "<Relationships><Relationship Id=\"r2\" Type=\"x/notesSlide\" "
                                     "Target=\"../notesSlides/notesSlide1.xml\"/></Relationships>";
        const QByteArray presentation =
            kind == 'P' ? xml
                        : QByteArray("<presentation><sldIdLst><sldId r:id=\"r1\"/>"
                                     "</sldIdLst></presentation>");
        fuzzing::readAndCheck(zip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                   {QStringLiteral("ppt/presentation.xml"), presentation},
                                   {QStringLiteral("ppt/_rels/presentation.xml.rels"), rels},
                                   {QStringLiteral("ppt/slides/slide1.xml"), xml},
                                   {QStringLiteral("ppt/slides/_rels/slide1.xml.rels"),
                                    kind == 'P' ? xml : slideRels},
                                   {QStringLiteral("ppt/notesSlides/notesSlide1.xml"), xml}}),
                              QStringLiteral("input.pptx"));
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

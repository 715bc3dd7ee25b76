#pragma once
// Small documents written by the tests themselves, so every format is covered without the
// shared corpus: ZIP packages through QuaZip, e-mail and HTML as text.
#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace fixtures {

using Entries = QList<QPair<QString, QByteArray>>;

inline QByteArray zip(const Entries &entries)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate)) {
        return {};
    }
    for (const auto &entry : entries) {
        QuaZipFile file(&archive);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first));
        file.write(entry.second);
        file.close();
    }
    archive.close();
    return out;
}

inline QByteArray wordXml(const QByteArray &body, const char *root = "w:document")
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<";
    xml += root;
    xml += " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">";
    xml += body;
    xml += "</";
    xml += root;
    xml += ">";
    return xml;
}

inline QByteArray para(const QByteArray &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

inline QByteArray docx(const QByteArray &body, const Entries &extra = {})
{
    Entries entries{
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"word/document.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("word/document.xml"), wordXml("<w:body>" + body + "</w:body>")},
    };
    entries.append(extra);
    return zip(entries);
}

inline QByteArray odf(const char *mime, const QByteArray &office,
                      const QByteArray &manifestExtra = {}, const QByteArray &styles = {})
{
    const QByteArray ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                          "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                          "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                          "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                          "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:"
                          "presentation:1.0\"";
    Entries entries{
        {QStringLiteral("mimetype"), QByteArray(mime)},
        {QStringLiteral("META-INF/manifest.xml"),
         "<?xml version=\"1.0\"?><manifest:manifest "
         "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
         "<manifest:file-entry manifest:full-path=\"content.xml\" "
         "manifest:media-type=\"text/xml\">" +
             manifestExtra + "</manifest:file-entry></manifest:manifest>"},
        {QStringLiteral("content.xml"), "<?xml version=\"1.0\"?><office:document-content " + ns +
                                            "><office:body>" + office +
                                            "</office:body></office:document-content>"},
    };
    if (!styles.isEmpty()) {
        entries.append(
            {QStringLiteral("styles.xml"), "<?xml version=\"1.0\"?><office:document-styles " + ns +
                                               ">" + styles + "</office:document-styles>"});
    }
    return zip(entries);
}

inline QByteArray xlsx(const QList<QPair<QString, QByteArray>> &sheets,
                       const QByteArray &sharedStrings)
{
    QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    Entries entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n +
                    "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        entries.append(
            {QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
             "<?xml version=\"1.0\"?><worksheet "
             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                 sheets[i].second + "</sheetData></worksheet>"});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.append({QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"});
    entries.append({QStringLiteral("xl/workbook.xml"), workbook});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    return zip(entries);
}

// PowerPoint: DrawingML paragraphs, a text shape, a table frame, and a whole deck whose slide
// parts are named in reverse so that only presentation.xml can give the right order.
inline QByteArray drawingPara(const QByteArray &text)
{
    return "<a:p><a:r><a:rPr lang=\"en-US\"/><a:t>" + text + "</a:t></a:r></a:p>";
}

inline QByteArray textShape(const QByteArray &paragraphs, const QByteArray &placeholder = {})
{
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Shape\"/><p:cNvSpPr/><p:nvPr>" +
           (placeholder.isEmpty() ? QByteArray() : "<p:ph type=\"" + placeholder + "\"/>") +
           "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" + paragraphs +
           "</p:txBody></p:sp>";
}

inline QByteArray tableFrame(const QList<QList<QByteArray>> &rows)
{
    QByteArray xml = "<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tblGrid/>";
    for (const auto &row : rows) {
        xml += "<a:tr>";
        for (const QByteArray &cell : row) {
            xml +=
                "<a:tc><a:txBody><a:bodyPr/>" + drawingPara(cell) + "</a:txBody><a:tcPr/></a:tc>";
        }
        xml += "</a:tr>";
    }
    return xml + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
}

inline QByteArray slideNumberShape(const QByteArray &number)
{
    return textShape("<a:p><a:fld id=\"{1}\" type=\"slidenum\"><a:rPr/><a:t>" + number +
                         "</a:t></a:fld></a:p>",
                     "sldNum");
}

struct Slide {
    QByteArray shapes;
    QByteArray notes; // shapes of its notes page; none when empty
    bool hidden = false;
};

inline QByteArray presentationMl(const char *root, const QByteArray &shapes,
                                 const QByteArray &rootAttributes = {})
{
    return QByteArray("<?xml version=\"1.0\"?><p:") + root +
           " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
           "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
           "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"" +
           rootAttributes + "><p:cSld><p:spTree>" + shapes + "</p:spTree></p:cSld></p:" + root +
           ">";
}

inline QByteArray pptx(const QList<Slide> &slides, const Entries &extra = {},
                       const QByteArray &extraSlideIds = {})
{
    const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray ids = "<p:sldIdLst>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    Entries entries{
        {QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             relNs + "/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"},
    };
    for (qsizetype i = 0; i < slides.size(); ++i) {
        const QByteArray n = QByteArray::number(slides.size() - i); // reverse part names
        const QByteArray id = "rId" + QByteArray::number(i + 10);
        ids += "<p:sldId id=\"" + QByteArray::number(256 + i) + "\" r:id=\"" + id + "\"/>";
        rels += "<Relationship Id=\"" + id + "\" Type=\"" + relNs +
                "/slide\" Target=\"slides/slide" + n + ".xml\"/>";
        entries.append(
            {QStringLiteral("ppt/slides/slide%1.xml").arg(QString::fromLatin1(n)),
             presentationMl("sld", slides[i].shapes, slides[i].hidden ? " show=\"0\"" : "")});
        if (!slides[i].notes.isEmpty()) {
            entries.append(
                {QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(QString::fromLatin1(n)),
                 "<?xml version=\"1.0\"?><Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId2\" Type=\"" +
                     relNs + "/notesSlide\" Target=\"../notesSlides/notesSlide" + n +
                     ".xml\"/></Relationships>"});
            entries.append(
                {QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(QString::fromLatin1(n)),
                 presentationMl("notes", slides[i].notes)});
        }
    }
    ids += extraSlideIds + "</p:sldIdLst>";
    rels += "<Relationship Id=\"rIdOut\" Type=\"" + relNs +
            "/slide\" Target=\"../../../etc/passwd\"/></Relationships>";
    entries.append({QStringLiteral("ppt/presentation.xml"),
                    "<?xml version=\"1.0\"?><p:presentation "
                    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
                    "xmlns:r=\"" +
                        relNs + "\">" + ids + "</p:presentation>"});
    entries.append({QStringLiteral("ppt/_rels/presentation.xml.rels"), rels});
    entries.append(extra);
    return zip(entries);
}

// The classic "billion laughs": ten levels of ten references each.
inline QByteArray entityBomb(const QByteArray &rootElement)
{
    QByteArray xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE " + rootElement + " [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        xml += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j) {
            xml += i == 1 ? QByteArray("&lol;") : "&lol" + QByteArray::number(i - 1) + ";";
        }
        xml += "\">\n";
    }
    xml += "]>\n<" + rootElement + ">&lol9;</" + rootElement + ">";
    return xml;
}

} // namespace fixtures

// Every extractor over documents the test writes itself (no shared corpus needed): the text
// that must come out, the page and section references, and the error kind for hostile or
// damaged input.
#include "document_fixtures.h"
#include "documents/document_chunker.h"
#include "documents/local_document_reader.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace promptdesk;
using namespace fixtures;

namespace {

Result<Document> read(const QByteArray &bytes, const QString &name, DocumentLimits limits = {},
                      const ReadOptions &options = {})
{
    return LocalDocumentReader(limits).readData(bytes, name, options);
}

QString why(const Result<Document> &result)
{
    return result
               ? QString()
               : errorKindName(result.error().kind) + QStringLiteral(": ") + result.error().message;
}

const DocumentPage *labelled(const Document &document, const QString &label)
{
    for (const DocumentPage &page : document.pages) {
        if (page.label == label) {
            return &page;
        }
    }
    return nullptr;
}

QByteArray nestedMail(int depth)
{
    QByteArray mail = "From: inner@example.com\r\nSubject: Level 0\r\nContent-Type: "
                      "text/plain\r\n\r\nInnermost text.\r\n";
    for (int i = 1; i <= depth; ++i) {
        mail = "From: a@example.com\r\nSubject: Level " + QByteArray::number(i) +
               "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b" +
               QByteArray::number(i) + "\"\r\n\r\n--b" + QByteArray::number(i) +
               "\r\nContent-Type: text/plain\r\n\r\nBody " + QByteArray::number(i) + "\r\n--b" +
               QByteArray::number(i) +
               "\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" +
               mail + "\r\n--b" + QByteArray::number(i) + "--\r\n";
    }
    return mail;
}

} // namespace

class TestExtractors final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void docxBodyTablesNotesAndAcceptedChanges();
    void docxPageBreaksNumberPages();
    void docxWithDtdIsCorrupt();
    void xlsxSheetsBecomeTables();
    void xlsxEntityBombIsCorrupt();
    void odtBodyNotesFootersAndDeletions();
    void odsSheetsWithRepeatedCells();
    void odfEncryptedIsEncrypted();
    void pptxSlidesInOrderWithTablesAndNotes();
    void pptxDamagedOrOversizedDecks();
    void odpSlidesWithNotes();
    void encryptedOfficeFileIsEncrypted();
    void zipBombIsTooLarge();
    void totalUncompressedSizeIsLimited();
    void truncatedPackageIsCorrupt();
    void textRenamedAsOfficeFileIsCorrupt();
    void zipWithoutDocumentIsUnsupported();
    void htmlDropsScriptsKeepsStructure();
    void emlBodiesAndAttachmentsRecursively();
    void emlHtmlOnlyBody();
    void emlNestedTooDeepIsTooLarge();
    void rtfUnicodeAndCodePages();
    void rtfDeepGroupsAreCorrupt();
    void csvAndMarkdownStayText();
    void imageWithoutOcrIsNoText();
    void cancelStopsReading();
    void timeLimitStopsReading();
    void chunksRespectBudgetAndReferences();
    void chunksSplitOversizedParagraphs();
};

void TestExtractors::docxBodyTablesNotesAndAcceptedChanges()
{
    const QByteArray body =
        para("Quarterly report for the depot.") +
        "<w:p><w:r><w:t>Kept </w:t></w:r><w:ins w:id=\"1\"><w:r><w:t>inserted</w:t></w:r></w:ins>"
        "<w:del w:id=\"2\"><w:r><w:delText>SECRET-DELETED</w:delText></w:r></w:del>"
        "<w:r><w:tab/><w:t>after tab</w:t></w:r></w:p>"
        "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Jo</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Driver</w:t></"
        "w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>Box text</w:t></mc:Choice>"
        "<mc:Fallback><w:t>Box text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:moveFrom w:id=\"3\"><w:r><w:t>MOVED-AWAY</w:t></w:r></w:moveFrom></w:p>";
    const QByteArray bytes = docx(
        body, {{QStringLiteral("word/header1.xml"), wordXml(para("Company header"), "w:hdr")},
               {QStringLiteral("word/footer1.xml"), wordXml(para("Page footer"), "w:ftr")},
               {QStringLiteral("word/footnotes.xml"),
                wordXml("<w:footnote w:id=\"1\">" + para("A footnote source.") + "</w:footnote>",
                        "w:footnotes")},
               {QStringLiteral("word/comments.xml"),
                wordXml("<w:comment w:id=\"0\">" + para("Check this figure.") + "</w:comment>",
                        "w:comments")}});
    const Result<Document> result = read(bytes, QStringLiteral("report.docx"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("docx"));
    const QString bodyText = result->pages.first().text;
    QVERIFY(bodyText.contains(QStringLiteral("Quarterly report for the depot.")));
    QVERIFY(bodyText.contains(QStringLiteral("Kept inserted\tafter tab")));
    QVERIFY(bodyText.contains(QStringLiteral("Name\tRole\nJo\tDriver")));
    QCOMPARE(bodyText.count(QStringLiteral("Box text")), 1);
    QVERIFY(!result->text().contains(QStringLiteral("SECRET-DELETED")));
    QVERIFY(!result->text().contains(QStringLiteral("MOVED-AWAY")));
    const DocumentPage *headers = labelled(result.value(), QStringLiteral("Headers and footers"));
    QVERIFY(headers);
    QVERIFY(headers->text.contains(QStringLiteral("Company header")));
    QVERIFY(headers->text.contains(QStringLiteral("Page footer")));
    QVERIFY(labelled(result.value(), QStringLiteral("Footnotes")));
    QVERIFY(labelled(result.value(), QStringLiteral("Footnotes"))
                ->text.contains(QStringLiteral("A footnote source.")));
    QVERIFY(labelled(result.value(), QStringLiteral("Comments")));
}

void TestExtractors::docxPageBreaksNumberPages()
{
    const QByteArray body =
        para("First page text.") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
        para("Second page text.") +
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Third page text.</w:t></w:r></w:p>";
    const Result<Document> result = read(docx(body), QStringLiteral("three.docx"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->pages.size(), 3);
    QCOMPARE(result->pages[0].number, 1);
    QVERIFY(result->pages[1].text.contains(QStringLiteral("Second page text.")));
    QCOMPARE(result->pages[2].number, 3);
    QVERIFY(result->pages[2].text.contains(QStringLiteral("Third page text.")));
    QCOMPARE(result->text().count(QLatin1Char('\f')), 2);
}

void TestExtractors::docxWithDtdIsCorrupt()
{
    QByteArray bomb = entityBomb("w:document");
    const QByteArray bytes = zip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                  {QStringLiteral("word/document.xml"), bomb}});
    QElapsedTimer timer;
    timer.start();
    const Result<Document> result = read(bytes, QStringLiteral("bomb.docx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
    QVERIFY(timer.elapsed() < 2000);
}

void TestExtractors::xlsxSheetsBecomeTables()
{
    const QByteArray shared = "<?xml version=\"1.0\"?><sst "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<si><t>Region</t></si><si><t>Sales</t></si><si><r><t>North "
                              "</t></r><r><t>East</t></r></si></sst>";
    const QByteArray sheet1 =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>42.5</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Inline</t></is></c>"
        "<c r=\"B3\" t=\"b\"><v>1</v></c><c r=\"C3\"><f>SUM(C1:C2)</f><v>42.5</v></c></row>";
    const QByteArray sheet2 = "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    const Result<Document> result = read(
        xlsx({{QStringLiteral("Q1 Figures"), sheet1}, {QStringLiteral("Notes"), sheet2}}, shared),
        QStringLiteral("figures.xlsx"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("xlsx"));
    QCOMPARE(result->pages.size(), 2);
    QCOMPARE(result->pages[0].label, QStringLiteral("Sheet: Q1 Figures"));
    QCOMPARE(result->pages[0].text,
             QStringLiteral("Region\tSales\nNorth East\t\t42.5\nInline\tTRUE\t42.5"));
    QCOMPARE(result->pages[1].label, QStringLiteral("Sheet: Notes"));
    QCOMPARE(result->pages[1].text, QStringLiteral("\tSales"));
    QVERIFY(!result->text().contains(QStringLiteral("SUM(")));
}

void TestExtractors::xlsxEntityBombIsCorrupt()
{
    const QByteArray bytes =
        xlsx({{QStringLiteral("Sheet1"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"}},
             entityBomb("sst"));
    const Result<Document> result = read(bytes, QStringLiteral("bomb.xlsx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
}

void TestExtractors::odtBodyNotesFootersAndDeletions()
{
    const QByteArray office =
        "<office:text><text:tracked-changes><text:changed-region><text:deletion>"
        "<text:p>REMOVED-BY-REVIEW</text:p></text:deletion></text:changed-region></"
        "text:tracked-changes>"
        "<text:h>Heading one</text:h><text:p>Hello<text:s text:c=\"3\"/>world<text:tab/>tabbed"
        "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note body."
        "</text:p></text:note-body></text:note></text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell>"
        "<table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row></table:table>"
        "<text:p>Before break<text:soft-page-break/>after break</text:p></office:text>";
    const QByteArray styles =
        "<office:master-styles><style:master-page><style:footer><text:p>Footer line</text:p>"
        "</style:footer></style:master-page></office:master-styles>";
    const Result<Document> result =
        read(odf("application/vnd.oasis.opendocument.text", office, {}, styles),
             QStringLiteral("memo.odt"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("odt"));
    QCOMPARE(result->pages[0].number, 1);
    QVERIFY(result->pages[0].text.contains(QStringLiteral("Heading one\nHello   world\ttabbed")));
    QVERIFY(result->pages[0].text.contains(QStringLiteral("A1\tB1")));
    QVERIFY(result->pages[0].text.contains(QStringLiteral("Before break")));
    QVERIFY(result->pages[1].text.startsWith(QStringLiteral("after break")));
    QVERIFY(!result->text().contains(QStringLiteral("REMOVED-BY-REVIEW")));
    QVERIFY(!result->pages[0].text.contains(QStringLiteral("Note body.")));
    QVERIFY(labelled(result.value(), QStringLiteral("Notes")));
    QVERIFY(labelled(result.value(), QStringLiteral("Headers and footers")));
    QCOMPARE(labelled(result.value(), QStringLiteral("Headers and footers"))->text,
             QStringLiteral("Footer line"));
}

void TestExtractors::odsSheetsWithRepeatedCells()
{
    const QByteArray office =
        "<office:spreadsheet><table:table table:name=\"Budget\"><table:table-row>"
        "<table:table-cell><text:p>Item</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell office:value=\"12\"><text:p>12</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
        "table:number-columns-repeated=\"1024\"/>"
        "</table:table-row></table:table><table:table table:name=\"Second\"><table:table-row>"
        "<table:table-cell><text:p>Other</text:p></table:table-cell></table:table-row></"
        "table:table></office:spreadsheet>";
    const Result<Document> result =
        read(odf("application/vnd.oasis.opendocument.spreadsheet", office),
             QStringLiteral("budget.ods"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("ods"));
    QCOMPARE(result->pages.size(), 2);
    QCOMPARE(result->pages[0].label, QStringLiteral("Sheet: Budget"));
    QCOMPARE(result->pages[0].text, QStringLiteral("Item\t\t\t12"));
    QCOMPARE(result->pages[1].text, QStringLiteral("Other"));
}

void TestExtractors::odfEncryptedIsEncrypted()
{
    const QByteArray bytes = odf("application/vnd.oasis.opendocument.text", "<office:text/>",
                                 "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>");
    const Result<Document> result = read(bytes, QStringLiteral("locked.odt"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Encrypted);
}

void TestExtractors::pptxSlidesInOrderWithTablesAndNotes()
{
    const QList<Slide> slides{
        {textShape(drawingPara("Quarterly review"), "title") +
             textShape(drawingPara("Drivers onboarded: 120") + drawingPara("Cities: 4")) +
             slideNumberShape("91"),
         {}},
        {textShape(drawingPara("Incidents"), "title") +
             tableFrame({{"City", "Count"}, {"Lyon", "3"}}),
         textShape({}, "sldImg") + textShape(drawingPara("Mention the Lyon delay."), "body") +
             slideNumberShape("92")},
        {"<mc:AlternateContent><mc:Choice Requires=\"p14\">" +
             textShape(drawingPara("Appendix shown")) + "</mc:Choice><mc:Fallback>" +
             textShape(drawingPara("FALLBACK-COPY")) + "</mc:Fallback></mc:AlternateContent>" +
             textShape("<a:p><a:r><a:t>Line one</a:t></a:r><a:br/><a:r><a:t>line two</a:t>"
                       "</a:r></a:p>"),
         {},
         true},
    };
    // A slide id whose relationship does not exist is skipped, and the relationship that
    // points outside the package (the fixture always adds one) never resolves.
    const Result<Document> result = read(pptx(slides, {},
                                              "<p:sldId id=\"999\" r:id=\"rIdMissing\"/>"
                                              "<p:sldId id=\"998\" r:id=\"rIdOut\"/>"),
                                         QStringLiteral("review.pptx"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("pptx"));
    QCOMPARE(result->pages.size(), 3);
    QCOMPARE(result->pages[0].number, 1);
    QCOMPARE(result->pages[0].text,
             QStringLiteral("Quarterly review\n\nDrivers onboarded: 120\nCities: 4"));
    QCOMPARE(result->pages[1].number, 2);
    QCOMPARE(result->pages[1].text,
             QStringLiteral("Incidents\n\nCity\tCount\nLyon\t3\n\nSpeaker notes:\n"
                            "Mention the Lyon delay."));
    QCOMPARE(result->pages[2].label, QStringLiteral("Hidden slide"));
    QCOMPARE(result->pages[2].text, QStringLiteral("Appendix shown\n\nLine one\nline two"));
    QVERIFY(!result->text().contains(QStringLiteral("FALLBACK-COPY")));
    QVERIFY(!result->text().contains(QStringLiteral("91")));
    QVERIFY(!result->text().contains(QStringLiteral("92")));
    QCOMPARE(result->metadata.value(QStringLiteral("slides")).toInt(), 3);
    QCOMPARE(result->metadata.value(QStringLiteral("slidesWithNotes")).toInt(), 1);
    QCOMPARE(result->metadata.value(QStringLiteral("hiddenSlides")).toInt(), 1);
}

void TestExtractors::pptxDamagedOrOversizedDecks()
{
    const QList<Slide> broken{{textShape(drawingPara("Unclosed <b>")), {}}};
    Result<Document> result = read(pptx(broken), QStringLiteral("broken.pptx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
    QVERIFY(result.error().message.contains(QStringLiteral("broken.pptx")));

    const QList<Slide> empty{{slideNumberShape("1"), {}}};
    result = read(pptx(empty), QStringLiteral("empty.pptx"));
    QVERIFY2(!result, "a deck with only a slide number holds no text");
    QCOMPARE(result.error().kind, ErrorKind::NoText);

    QList<Slide> many;
    for (int i = 0; i < 5; ++i) {
        many.append({textShape(drawingPara("Slide text")), {}});
    }
    DocumentLimits limits;
    limits.maxPages = 3;
    result = read(pptx(many), QStringLiteral("long.pptx"), limits);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
    QVERIFY(result.error().message.contains(QStringLiteral("slides")));

    // A DTD in a slide is refused like in every other office part.
    const QByteArray withDtd = zip({
        {QStringLiteral("[Content_Types].xml"), "<Types/>"},
        {QStringLiteral("ppt/presentation.xml"), entityBomb("p:presentation")},
    });
    result = read(withDtd, QStringLiteral("laughs.pptx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
}

void TestExtractors::odpSlidesWithNotes()
{
    const QByteArray office =
        "<office:presentation>"
        "<draw:page draw:name=\"page1\"><draw:frame presentation:class=\"title\"><draw:text-box>"
        "<text:p>Welcome drivers</text:p></draw:text-box></draw:frame>"
        "<draw:frame><draw:text-box><text:p>Shift rules</text:p><text:p>Breaks every 4 h"
        "</text:p></draw:text-box></draw:frame>"
        "<presentation:notes><draw:page-thumbnail/><draw:frame><draw:text-box>"
        "<text:p>Say hello first.</text:p></draw:text-box></draw:frame></presentation:notes>"
        "</draw:page>"
        "<draw:page draw:name=\"page2\"><draw:frame><table:table><table:table-row>"
        "<table:table-cell><text:p>Zone</text:p></table:table-cell><table:table-cell>"
        "<text:p>Fee</text:p></table:table-cell></table:table-row></table:table></draw:frame>"
        "</draw:page>"
        "<draw:page draw:name=\"page3\"/>"
        "<draw:page draw:name=\"page4\"><draw:frame><draw:text-box><text:p>Last</text:p>"
        "</draw:text-box></draw:frame></draw:page>"
        "</office:presentation>";
    const Result<Document> result =
        read(odf("application/vnd.oasis.opendocument.presentation", office),
             QStringLiteral("onboarding.odp"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("odp"));
    QCOMPARE(result->pages.size(), 4);
    QCOMPARE(result->pages[0].text,
             QStringLiteral("Welcome drivers\n\nShift rules\nBreaks every 4 h\n\nSpeaker notes:\n"
                            "Say hello first."));
    QCOMPARE(result->pages[1].text, QStringLiteral("Zone\tFee"));
    QCOMPARE(result->pages[2].text, QString());
    QCOMPARE(result->pages[3].number, 4);
    QCOMPARE(result->pages[3].text, QStringLiteral("Last"));
    QCOMPARE(result->metadata.value(QStringLiteral("slidesWithNotes")).toInt(), 1);
}

void TestExtractors::encryptedOfficeFileIsEncrypted()
{
    // An OLE compound file whose directory names an "EncryptedPackage" stream (UTF-16LE).
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(504, '\0');
    for (const char c : QByteArrayView("EncryptedPackage")) {
        ole.append(c);
        ole.append('\0');
    }
    ole.append(256, '\0');
    const Result<Document> result = read(ole, QStringLiteral("contract.docx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Encrypted);
}

void TestExtractors::zipBombIsTooLarge()
{
    // 40 MB of one repeated byte deflates about 1000:1, far past the 100:1 limit.
    const QByteArray huge(40 * 1024 * 1024, 'a');
    const QByteArray bytes = docx(para("small"), {{QStringLiteral("word/media/blob.bin"), huge}});
    QVERIFY(bytes.size() < 1024 * 1024);
    const Result<Document> result = read(bytes, QStringLiteral("bomb.docx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
    QVERIFY2(result.error().message.contains(QStringLiteral("zip bomb")),
             qPrintable(result.error().message));
}

void TestExtractors::totalUncompressedSizeIsLimited()
{
    QByteArray noise(300 * 1024, '\0');
    QRandomGenerator generator(7);
    for (char &c : noise) {
        c = char('a' + generator.bounded(26));
    }
    DocumentLimits limits;
    limits.maxUncompressedBytes = 256 * 1024;
    const Result<Document> result = read(docx(para(noise)), QStringLiteral("big.docx"), limits);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
}

void TestExtractors::truncatedPackageIsCorrupt()
{
    const QByteArray whole = docx(para("Some text that will be cut off."));
    const Result<Document> result = read(whole.first(whole.size() / 2), QStringLiteral("cut.docx"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
}

void TestExtractors::textRenamedAsOfficeFileIsCorrupt()
{
    for (const QString &name : {QStringLiteral("letter.odt"), QStringLiteral("letter.docx"),
                                QStringLiteral("scan.pdf")}) {
        const Result<Document> result = read("Just some plain words.\n", name);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Corrupt);
    }
}

void TestExtractors::zipWithoutDocumentIsUnsupported()
{
    const Result<Document> result =
        read(zip({{QStringLiteral("notes.txt"), "hello"}}), QStringLiteral("bundle.zip"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Unsupported);
}

void TestExtractors::htmlDropsScriptsKeepsStructure()
{
    const QByteArray html =
        "<!DOCTYPE html><html><head><title>Rota</title><style>p{color:red}</style>"
        "<script>var secret='SCRIPT-TEXT';</script></head><body><h1>Weekly rota</h1>"
        "<p>Shift   swaps are&nbsp;allowed &amp; "
        "logged.</p><ul><li>Monday</li><li>Tuesday</li></ul>"
        "<table><tr><th>Name</th><th>Day</th></tr><tr><td>Jo</td><td>Mon</td></tr></table>"
        "<noscript>NOSCRIPT-TEXT</noscript><pre>a  b\n c</pre><p>Caf\xC3\xA9 na\xC3\xAFve</p>"
        "<script type=\"text/javascript\">document.write('<p>WRITTEN</p>')</script></body></html>";
    const Result<Document> result = read(html, QStringLiteral("rota.html"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("html"));
    const QString text = result->text();
    QVERIFY(text.contains(QStringLiteral("Weekly rota\n")));
    QVERIFY(text.contains(QStringLiteral("Shift swaps are allowed & logged.")));
    QVERIFY(text.contains(QStringLiteral("- Monday\n- Tuesday")));
    QVERIFY(text.contains(QStringLiteral("Name\tDay\nJo\tMon")));
    QVERIFY(text.contains(QStringLiteral("a  b\n c")));
    QVERIFY(text.contains(QStringLiteral("Caf\u00E9 na\u00EFve")));
    for (const char *hidden : {"SCRIPT-TEXT", "NOSCRIPT-TEXT", "WRITTEN", "color:red"}) {
        QVERIFY2(!text.contains(QLatin1StringView(hidden)), hidden);
    }
}

void TestExtractors::emlBodiesAndAttachmentsRecursively()
{
    const QByteArray attachedDocx = docx(para("Attached contract terms.")).toBase64();
    const QByteArray mail =
        "From: Ana Example <ana@example.com>\r\nTo: ops@example.com\r\nSubject: "
        "=?UTF-8?Q?Caf=C3=A9_rota?=\r\n"
        "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
        "--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        "--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
        "quoted-printable\r\n\r\n"
        "Plain body with caf=C3=A9 and a soft=\r\n break.\r\n"
        "--alt\r\nContent-Type: text/html; "
        "charset=utf-8\r\n\r\n<p>HTML-ALTERNATIVE</p>\r\n--alt--\r\n"
        "--outer\r\nContent-Type: text/plain; name=\"notes.txt\"\r\nContent-Disposition: "
        "attachment; filename=\"notes.txt\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" +
        QByteArray("Attached notes text.").toBase64() +
        "\r\n--outer\r\nContent-Type: "
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
        "Content-Disposition: attachment; filename=\"contract.docx\"\r\nContent-Transfer-Encoding: "
        "base64\r\n\r\n" +
        attachedDocx +
        "\r\n--outer\r\nContent-Type: image/gif\r\nContent-Disposition: attachment; "
        "filename=\"logo.gif\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n"
        "--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        "From: bo@example.com\r\nSubject: Forwarded\r\nContent-Type: text/plain\r\n\r\nForwarded "
        "body.\r\n"
        "--outer--\r\n";
    const Result<Document> result = read(mail, QStringLiteral("rota.eml"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("eml"));
    const QString first = result->pages.first().text;
    QVERIFY(first.contains(QStringLiteral("Subject: Caf\u00E9 rota")));
    QVERIFY(first.contains(QStringLiteral("From: Ana Example <ana@example.com>")));
    QVERIFY(first.contains(QStringLiteral("Plain body with caf\u00E9 and a soft break.")));
    QVERIFY(!first.contains(QStringLiteral("HTML-ALTERNATIVE")));
    QVERIFY(first.contains(QStringLiteral("notes.txt")));
    QVERIFY(labelled(result.value(), QStringLiteral("Attachment: notes.txt")));
    QCOMPARE(labelled(result.value(), QStringLiteral("Attachment: notes.txt"))->text,
             QStringLiteral("Attached notes text."));
    QVERIFY(result->text().contains(QStringLiteral("Attached contract terms.")));
    QVERIFY(labelled(result.value(), QStringLiteral("Attachment: Forwarded")));
    QVERIFY(result->text().contains(QStringLiteral("Forwarded body.")));
    // The GIF has no text without OCR: a warning, not a failure of the whole e-mail.
    QVERIFY(result->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("logo.gif")));
    for (int i = 0; i < result->pages.size(); ++i) {
        QCOMPARE(result->pages[i].number, i + 1);
    }
}

void TestExtractors::emlHtmlOnlyBody()
{
    const QByteArray mail = "From: a@example.com\r\nSubject: Html only\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: text/html; charset=iso-8859-1\r\n\r\n"
                            "<html><body><p>Gr\xFC\xDF"
                            "e aus <b>Berlin</b></p><script>x()</script></body></html>\r\n";
    const Result<Document> result = read(mail, QStringLiteral("html.eml"));
    QVERIFY2(result, qPrintable(why(result)));
    QVERIFY(result->text().contains(QStringLiteral("Gr\u00FC\u00DFe aus Berlin")));
    QVERIFY(!result->text().contains(QStringLiteral("x()")));
}

void TestExtractors::emlNestedTooDeepIsTooLarge()
{
    const Result<Document> fine = read(nestedMail(3), QStringLiteral("fwd.eml"));
    QVERIFY2(fine, qPrintable(why(fine)));
    QVERIFY(fine->text().contains(QStringLiteral("Innermost text.")));
    const Result<Document> deep = read(nestedMail(50), QStringLiteral("deep.eml"));
    QVERIFY(!deep);
    QCOMPARE(deep.error().kind, ErrorKind::TooLarge);
}

void TestExtractors::rtfUnicodeAndCodePages()
{
    const QByteArray rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset128 "
        "MS Gothic;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Test;}{\\info{\\author HIDDEN-AUTHOR}}"
        "\\pard\\plain\\f0 Caf\\'e9 cr\\'e8me \\u8364?5\\par"
        "{\\f1 \\'93\\'fa\\'96\\'7b}\\par "
        "Cell one\\cell Cell two\\cell\\row"
        "{\\pict\\pngblip 89504e47}Line\\line next\\par}";
    const Result<Document> result = read(rtf, QStringLiteral("letter.rtf"));
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->format, QStringLiteral("rtf"));
    const QString text = result->text();
    QVERIFY2(text.contains(QStringLiteral("Caf\u00E9 cr\u00E8me \u20AC5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u65E5\u672C")), qPrintable(text)); // Shift-JIS "日本"
    QVERIFY2(text.contains(QStringLiteral("Cell one\tCell two")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Line\nnext")));
    QVERIFY(!text.contains(QStringLiteral("HIDDEN-AUTHOR")));
    QVERIFY(!text.contains(QStringLiteral("89504e47")));
}

void TestExtractors::rtfDeepGroupsAreCorrupt()
{
    const QByteArray rtf = "{\\rtf1 " + QByteArray(5000, '{') + "x" + QByteArray(5000, '}') + "}";
    const Result<Document> result = read(rtf, QStringLiteral("deep.rtf"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Corrupt);
}

void TestExtractors::csvAndMarkdownStayText()
{
    const Result<Document> csv = read("name,amount\n\"Jo, Jr\",5\n", QStringLiteral("data.csv"));
    QVERIFY2(csv, qPrintable(why(csv)));
    QCOMPARE(csv->format, QStringLiteral("csv"));
    QCOMPARE(csv->pages.first().text, QStringLiteral("name,amount\n\"Jo, Jr\",5\n"));
    const Result<Document> md = read("# Title\n\n- item\n", QStringLiteral("notes.md"));
    QVERIFY(md);
    QCOMPARE(md->format, QStringLiteral("markdown"));
}

void TestExtractors::imageWithoutOcrIsNoText()
{
    const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x00\0\0\0", 29);
    const Result<Document> result = read(png, QStringLiteral("licence.png"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::NoText);
    QVERIFY(result.error().message.contains(QStringLiteral("OCR")));
}

void TestExtractors::cancelStopsReading()
{
    ReadOptions options;
    options.isCancelled = [] {
        return true;
    };
    const Result<Document> result = read(docx(para("text")), QStringLiteral("a.docx"), {}, options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
}

void TestExtractors::timeLimitStopsReading()
{
    DocumentLimits limits;
    limits.maxSecondsPerDocument = 0;
    const Result<Document> result = read("plain words\n", QStringLiteral("a.txt"), limits);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
}

void TestExtractors::chunksRespectBudgetAndReferences()
{
    Document document;
    QString paragraph =
        QStringLiteral("This sentence has exactly eight words in it. ").repeated(10);
    for (int page = 1; page <= 6; ++page) {
        document.pages.append(
            DocumentPage{page, QString(paragraph + QStringLiteral("\n\n")).repeated(3), {}});
    }
    document.pages.append(
        DocumentPage{7, QStringLiteral("Footnote text."), QStringLiteral("Footnotes")});
    const QList<DocumentChunk> chunks = DocumentChunker::split(document, 400);
    QVERIFY(chunks.size() >= 4);
    int previousLast = 1;
    for (const DocumentChunk &chunk : chunks) {
        QVERIFY(chunk.estimatedTokens <= 400);
        QVERIFY(chunk.firstPage >= previousLast);
        QVERIFY(chunk.lastPage >= chunk.firstPage);
        previousLast = chunk.lastPage;
        QVERIFY(!chunk.text.startsWith(QLatin1Char(' ')));
    }
    QCOMPARE(chunks.first().reference.left(4), QStringLiteral("page"));
    QCOMPARE(chunks.last().reference, QStringLiteral("Footnotes"));
    QCOMPARE(chunks.last().text, QStringLiteral("Footnote text."));
    // Nothing lost: every paragraph appears in some chunk.
    qsizetype words = 0;
    for (const DocumentChunk &chunk : chunks) {
        words +=
            chunk.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    }
    QVERIFY(words >= 6 * 3 * 80);
}

void TestExtractors::chunksSplitOversizedParagraphs()
{
    Document document;
    document.pages.append(DocumentPage{1, QStringLiteral("word ").repeated(5000), {}});
    document.pages.append(DocumentPage{2, QString(3000, QChar(0x65E5)), {}}); // CJK, no spaces
    const QList<DocumentChunk> chunks = DocumentChunker::split(document, 300);
    QVERIFY(chunks.size() > 10);
    for (const DocumentChunk &chunk : chunks) {
        QVERIFY2(chunk.estimatedTokens <= 300, qPrintable(QString::number(chunk.estimatedTokens)));
    }
    QCOMPARE(chunks.last().reference, QStringLiteral("page 2"));
}

QTEST_GUILESS_MAIN(TestExtractors)
#include "test_extractors.moc"

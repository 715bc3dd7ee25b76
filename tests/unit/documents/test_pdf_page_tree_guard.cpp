// A PDF whose page tree lists itself among its own kids made PDFium's load spin forever (found
// by fuzz_pdf, 771 bytes); the reader now refuses it as damaged at once. Fixtures are written
// here, with a correct cross-reference table, so only the page tree is wrong.
#include "documents/local_document_reader.h"
#include "documents/pdf_page_tree_guard.h"
#include "pdf_fixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace promptdesk;

namespace {

using fixtures::pdfOf;

QByteArray withKids(const QByteArray &kids, const QList<QByteArray> &more = {})
{
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + kids + "] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 720 Td (Depot rota) Tj ET\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    objects.append(more);
    return pdfOf(objects);
}

} // namespace

class TestPdfPageTreeGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aTreeWithoutLoopsIsRead();
    void aPagesNodeAmongItsOwnKidsIsRefusedAtOnce();
    void aLoopThroughAnotherNodeIsFound();
    void kidsInsideAStreamOrOnALeafDoNotCount();
    void aKidsArrayWithoutItsClosingBracketIsStillFollowed();
    void headersWithoutEndobjAreScannedOnce();
    void aLoopInEitherDefinitionOfAnObjectCounts();
};

void TestPdfPageTreeGuard::aTreeWithoutLoopsIsRead()
{
    const QByteArray pdf = withKids("3 0 R");
    QVERIFY(!pdfPageTreeLoops(pdf));
    const Result<Document> read =
        LocalDocumentReader().readData(pdf, QStringLiteral("rota.pdf"), ReadOptions{});
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY(read->text().contains(QStringLiteral("Depot rota")));
}

void TestPdfPageTreeGuard::aPagesNodeAmongItsOwnKidsIsRefusedAtOnce()
{
    const QByteArray pdf = withKids("2 0 R 3 0 R");
    QVERIFY(pdfPageTreeLoops(pdf));
    QElapsedTimer timer;
    timer.start();
    const Result<Document> read =
        LocalDocumentReader().readData(pdf, QStringLiteral("loop.pdf"), ReadOptions{});
    QVERIFY(timer.elapsed() < 5000); // before the guard: no answer at all
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Corrupt);
    QVERIFY2(read.error().message.contains(QStringLiteral("refers back to itself")),
             qPrintable(read.error().message));
}

void TestPdfPageTreeGuard::aLoopThroughAnotherNodeIsFound()
{
    // 2 -> 6 -> 2, with the page hanging off 6; spacing as generators vary it.
    const QByteArray pdf =
        withKids("6 0 R", {"<</Type/Pages/Kids[3 0 R\n2 0 R]/Parent 2 0 R/Count 1>>"});
    QVERIFY(pdfPageTreeLoops(pdf));
    QCOMPARE(
        LocalDocumentReader().readData(pdf, QStringLiteral("loop.pdf"), ReadOptions{}).error().kind,
        ErrorKind::Corrupt);
}

void TestPdfPageTreeGuard::kidsInsideAStreamOrOnALeafDoNotCount()
{
    const QByteArray pdf = withKids(
        "3 0 R", {"<< /Length 40 >>\nstream\n/Type /Pages /Kids [6 0 R] 6 0 obj\nendstream",
                  "<< /Type /Page /Kids [2 0 R] /Parent 2 0 R >>"});
    QVERIFY(!pdfPageTreeLoops(pdf));
    QVERIFY(!pdfPageTreeLoops(QByteArrayView()));
    QVERIFY(!pdfPageTreeLoops("obj obj endobj 1 0 obj << /Type /Pages /Kids [ >> endobj"));
}

void TestPdfPageTreeGuard::aKidsArrayWithoutItsClosingBracketIsStillFollowed()
{
    // The replay of fuzz_pdf's seeds turned "]" into DEL; PDFium still reads the array, and
    // its load never returned.
    const QByteArray pdf = pdfOf({"<< /Type /Catalog /Pages 2 0 R >>",
                                  "<< /Type /Pages /Kids [2 0 R 3 0 R\x7f /Count 1 >>",
                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"});
    QVERIFY(pdfPageTreeLoops(pdf));
    QVERIFY(pdfPageTreeLoops("1 0 obj << /Type /Pages /Kids [ 1 0 R\x7f>> endobj"));
    QCOMPARE(
        LocalDocumentReader().readData(pdf, QStringLiteral("loop.pdf"), ReadOptions{}).error().kind,
        ErrorKind::Corrupt);
}

void TestPdfPageTreeGuard::headersWithoutEndobjAreScannedOnce()
{
    // 200,000 object headers and not one "endobj": the scan that looked for "endobj" from each
    // header read the rest of the file each time (4e11 byte comparisons, no answer within the
    // test's time limit); each body now ends at the next header.
    QByteArray bytes = "%PDF-1.4\n";
    for (int i = 1; i <= 200000; ++i) {
        bytes += QByteArray::number(i) + " 0 obj << /Type /Pages /Kids [" +
                 QByteArray::number(i + 1) + " 0 R] >>\n";
    }
    QVERIFY(!pdfPageTreeLoops(bytes));
    bytes += "200001 0 obj << /Type /Pages /Kids [1 0 R] >>\n";
    QVERIFY(pdfPageTreeLoops(bytes));
}

void TestPdfPageTreeGuard::aLoopInEitherDefinitionOfAnObjectCounts()
{
    // Found by the fresh-machine CI's fuzz_pdf: object 3 is defined twice. The first
    // definition, which the cross-reference table points at, is a page whose dictionary runs
    // on into "/Type /Pages /Kids [3 0 R]" and so lists itself; the second lists no kids. The
    // guard kept only the second, and PDFium's load never returned.
    const QByteArray looping = "<< /Type /Page /Parent 2 0 R /Resources << >> bj\n"
                               "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>";
    QByteArray pdf = withKids("3 0 R");
    pdf.replace("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>",
                looping);
    pdf.replace("xref\n", "3 0 obj\n<< /Type /Pages /Kids [] >>\nendobj\nxref\n");
    QVERIFY(pdfPageTreeLoops(pdf));
    QCOMPARE(LocalDocumentReader()
                 .readData(pdf, QStringLiteral("twice.pdf"), ReadOptions{})
                 .error()
                 .kind,
             ErrorKind::Corrupt);
    // The same two definitions the other way round.
    QVERIFY(pdfPageTreeLoops("3 0 obj << /Type /Pages /Kids [4 0 R] >> endobj\n"
                             "3 0 obj << /Type /Pages /Kids [3 0 R] >> endobj"));
    QVERIFY(pdfPageTreeLoops("3 0 obj << /Type /Pages /Kids [3 0 R] >> endobj\n"
                             "3 0 obj << /Type /Pages /Kids [4 0 R] >> endobj"));
    // An update that rewrites a node without loops in either version is still read.
    QVERIFY(!pdfPageTreeLoops("2 0 obj << /Type /Pages /Kids [3 0 R] >> endobj\n"
                              "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] >> endobj"));
}

QTEST_GUILESS_MAIN(TestPdfPageTreeGuard)
#include "test_pdf_page_tree_guard.moc"

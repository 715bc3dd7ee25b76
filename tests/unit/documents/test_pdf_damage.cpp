// Slightly damaged PDFs that poppler reads (no final "%%EOF" behind an intact trailer, a
// header without its dash) are read with a warning that says so; a file cut off in the middle
// is still refused as incomplete. Fixtures are written here from one small, valid PDF.
#include "documents/format_sniffer.h"
#include "documents/local_document_reader.h"
#include "documents/pdf_damage.h"
#include "pdf_fixtures.h"

#include <QTest>

using namespace promptdesk;

namespace {

QByteArray depotRota()
{
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (Depot rota for Tuesday) Tj ET";
    return fixtures::pdfOf({"<< /Type /Catalog /Pages 2 0 R >>",
                            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                            "/Resources << /Font << /F1 5 0 R >> >> >>",
                            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                                content + "\nendstream",
                            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

QByteArray withoutEndMarker()
{
    QByteArray pdf = depotRota();
    pdf.chop(QByteArray("%%EOF\n").size());
    return pdf;
}

Result<Document> read(const QByteArray &bytes, const QString &name)
{
    return LocalDocumentReader().readData(bytes, name, ReadOptions{});
}

} // namespace

class TestPdfDamage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anIntactFileHasNoWarning();
    void aMissingEndMarkerBehindAnIntactTrailerIsReadWithAWarning();
    void aHeaderWithoutItsDashIsReadWithAWarning();
    void aFileCutOffInTheMiddleIsStillIncomplete();
    void hostileEndingsAreCutOff();
};

void TestPdfDamage::anIntactFileHasNoWarning()
{
    QCOMPARE(pdfEnding(depotRota()), PdfEnding::Intact);
    QVERIFY(!pdfHeaderWithoutDash(depotRota()));
    const Result<Document> document = read(depotRota(), QStringLiteral("rota.pdf"));
    QVERIFY(document.ok());
    QVERIFY2(document->warnings.isEmpty(), qPrintable(document->warnings.join(u'|')));
}

void TestPdfDamage::aMissingEndMarkerBehindAnIntactTrailerIsReadWithAWarning()
{
    QCOMPARE(pdfEnding(withoutEndMarker()), PdfEnding::MarkerMissing);
    const Result<Document> document = read(withoutEndMarker(), QStringLiteral("rota.pdf"));
    QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().message));
    QVERIFY(document->text().contains(QStringLiteral("Depot rota for Tuesday")));
    QCOMPARE(document->warnings.size(), 1);
    QVERIFY2(document->warnings[0].contains(QStringLiteral("“rota.pdf” is slightly damaged")) &&
                 document->warnings[0].contains(QStringLiteral("end-of-file marker")),
             qPrintable(document->warnings[0]));
    // A cross-reference stream ("N 0 obj") instead of a table counts as intact too.
    QCOMPARE(pdfEnding("%PDF-1.5\n7 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\n"
                       "startxref\n9\n"),
             PdfEnding::MarkerMissing);
}

void TestPdfDamage::aHeaderWithoutItsDashIsReadWithAWarning()
{
    QByteArray pdf = depotRota();
    pdf.replace("%PDF-1.4", "%PDF1.4"); // one byte shorter: the xref offsets are now off too
    QVERIFY(pdfHeaderWithoutDash(pdf));
    QCOMPARE(FormatSniffer::sniff(pdf, QStringLiteral("rota.pdf")).format, SniffedFormat::Pdf);
    QCOMPARE(FormatSniffer::sniff(pdf, QStringLiteral("rota.bin")).format, SniffedFormat::Pdf);
    const Result<Document> document = read(pdf, QStringLiteral("rota.pdf"));
    QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().message));
    QVERIFY(document->text().contains(QStringLiteral("Depot rota for Tuesday")));
    QVERIFY2(document->warnings.join(u'|').contains(QStringLiteral("first line is malformed")),
             qPrintable(document->warnings.join(u'|')));
    // Prose that mentions "%PDF" is not a PDF.
    QVERIFY(!pdfHeaderWithoutDash("see %PDF for details"));
    QVERIFY(!pdfHeaderWithoutDash("%PDF"));
}

void TestPdfDamage::aFileCutOffInTheMiddleIsStillIncomplete()
{
    const QByteArray whole = depotRota();
    for (const qsizetype keep :
         {whole.size() / 2, whole.indexOf("startxref") + 3, whole.indexOf("startxref") + 11}) {
        const QByteArray cut = whole.first(keep);
        QCOMPARE(pdfEnding(cut), PdfEnding::CutOff);
        const Result<Document> document = read(cut, QStringLiteral("rota.pdf"));
        QVERIFY(!document.ok());
        QCOMPARE(document.error().kind, ErrorKind::Corrupt);
        QVERIFY2(document.error().message.contains(QStringLiteral("incomplete")),
                 qPrintable(document.error().message));
    }
}

void TestPdfDamage::hostileEndingsAreCutOff()
{
    const QByteArray body = withoutEndMarker().first(withoutEndMarker().indexOf("startxref"));
    for (const QByteArray &ending :
         {QByteArray("startxref\n"), QByteArray("startxref\n-5\n"),
          QByteArray("startxref\n99999999999999999999\n"), QByteArray("startxref\n1\n"),
          QByteArray("startxref\n40 trailing garbage\n"), QByteArray("startxref"),
          QByteArray(QByteArray("startxref\n") + QByteArray::number(body.size() + 100))}) {
        QCOMPARE(pdfEnding(QByteArray(body + ending)), PdfEnding::CutOff);
    }
    QCOMPARE(pdfEnding(QByteArrayView()), PdfEnding::CutOff);
    QCOMPARE(pdfEnding("startxref 0"), PdfEnding::CutOff);
}

QTEST_GUILESS_MAIN(TestPdfDamage)
#include "test_pdf_damage.moc"

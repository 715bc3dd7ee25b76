// Labels drawn several times at one spot (a form XObject invoked three times) came out once
// per drawing; the copies are dropped when, and only when, they sit at the same place. The
// rule is tested with made-up positions, then on a PDF written here and read by PDFium.
#include "documents/local_document_reader.h"
#include "documents/pdf_overprint.h"
#include "pdf_fixtures.h"

#include <QTest>

using namespace promptdesk;

namespace {

// Boxes for made-up text: each character 10 wide on one line, except that characters from
// `sameAsStartFrom` on are drawn again from x = 0 (an overprint).
TextBoxOf lineBoxes(qsizetype sameAsStartFrom = -1)
{
    return [sameAsStartFrom](qsizetype start, qsizetype length) {
        const qsizetype x =
            sameAsStartFrom >= 0 && start >= sameAsStartFrom ? start - sameAsStartFrom : start;
        return QRectF(double(x) * 10, 0, double(length) * 10, 12);
    };
}

// Every run of text drawn at the same box: a stamp printed over itself.
QRectF oneSpot(qsizetype, qsizetype)
{
    return QRectF(72, 700, 90, 12);
}

QByteArray labelDrawnThreeTimes()
{
    const QByteArray page = "/X1 Do /X1 Do /X1 Do BT /F1 12 Tf 72 700 Td (Driver) Tj ET";
    const QByteArray form = "BT /F1 12 Tf 72 720 Td (Pickup address) Tj ET";
    return fixtures::pdfOf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
         "<< /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
         "<< /Length " + QByteArray::number(page.size()) + " >>\nstream\n" + page + "\nendstream",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         "<< /Length " + QByteArray::number(form.size()) +
             " /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 "
             "R >> >> >>\nstream\n" +
             form + "\nendstream"});
}

} // namespace

class TestPdfOverprint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesAtOneSpotAreDropped();
    void repeatsAtDifferentPlacesStay();
    void theCheckIsBounded();
    void aPdfWithAFormDrawnThreeTimesReadsOnce();
};

void TestPdfOverprint::copiesAtOneSpotAreDropped()
{
    QCOMPARE(withoutOverprintedCopies(QStringLiteral("Pickup address Pickup address Pickup "
                                                     "address\nDriver"),
                                      oneSpot),
             QStringLiteral("Pickup address\nDriver"));
    // One word, and a run after other text.
    QCOMPARE(withoutOverprintedCopies(QStringLiteral("Total: PAID PAID"),
                                      [](qsizetype start, qsizetype length) {
                                          return start >= 7 ? QRectF(70, 0, 40, 12)
                                                            : QRectF(0, 0, double(length), 12);
                                      }),
             QStringLiteral("Total: PAID"));
    QCOMPARE(withoutOverprintedCopies(QString(), oneSpot), QString());
}

void TestPdfOverprint::repeatsAtDifferentPlacesStay()
{
    // "very very" written side by side, a table's repeated rows, a copy far down the page.
    for (const QString &text :
         {QStringLiteral("a very very long shift"), QStringLiteral("Yes No\nYes No\nYes No"),
          QStringLiteral("Page 1 of 2 Page 1 of 2")}) {
        QCOMPARE(withoutOverprintedCopies(text, lineBoxes()), text);
    }
    // The same words drawn at the start of the line again are an overprint after all.
    QCOMPARE(withoutOverprintedCopies(QStringLiteral("Depot rota Depot rota"), lineBoxes(11)),
             QStringLiteral("Depot rota"));
    // Positions PDFium cannot give (an empty box) never count as the same place.
    QCOMPARE(withoutOverprintedCopies(QStringLiteral("stop stop"),
                                      [](qsizetype, qsizetype) { return QRectF(); }),
             QStringLiteral("stop stop"));
}

void TestPdfOverprint::theCheckIsBounded()
{
    // A hostile page: one word 200,000 times, each at its own place. Every pair of equal
    // neighbours asks for positions; the cap stops that, and the text stays whole.
    QString text;
    for (int i = 0; i < 200000; ++i) {
        text += QStringLiteral("x ");
    }
    int asked = 0;
    const QString out = withoutOverprintedCopies(text, [&asked](qsizetype start, qsizetype) {
        ++asked;
        return QRectF(double(start), 0, 1, 1);
    });
    QCOMPARE(out, text);
    QVERIFY2(asked <= 2000, qPrintable(QString::number(asked)));
}

void TestPdfOverprint::aPdfWithAFormDrawnThreeTimesReadsOnce()
{
    const Result<Document> read = LocalDocumentReader().readData(
        labelDrawnThreeTimes(), QStringLiteral("onboarding.pdf"), ReadOptions{});
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const QString text = read->text();
    QCOMPARE(text.count(QStringLiteral("Pickup address")), 1);
    QVERIFY2(text.contains(QStringLiteral("Driver")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPdfOverprint)
#include "test_pdf_overprint.moc"

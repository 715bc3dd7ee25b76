// Documents that need a real font engine to write (PDFs via QPdfWriter, scans drawn with
// QPainter), read through the engine and through `promptdesk-cli extract-text` as its contract
// says: pages separated by form feeds, --json with pages/metadata/warnings, OCR only with
// --ocr, and `error: KIND:` lines for encrypted, corrupt and unsupported files.
#include "cli_runner.h"
#include "documents/local_document_reader.h"
#include "test_support.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;

namespace {

using promptdesk::testing::CliRun;

CliRun cli(const QStringList &args)
{
    return testing::runCli(args, QProcessEnvironment::systemEnvironment());
}

QImage scan(const QString &line)
{
    QImage image(2480, 1200, QImage::Format_RGB32); // A4 width at 300 dpi
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(70);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(150, 300, line);
    return image;
}

// A text PDF with one line per page, or an image-only PDF of `scan` pages.
void writePdf(const QString &path, const QStringList &pages, bool asImages = false)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.newPage();
        }
        if (asImages) {
            painter.drawImage(QRect(0, 0, 1240, 600), scan(pages[i]));
        } else {
            painter.drawText(100, 200, pages[i]);
        }
    }
}

} // namespace

class TestGeneratedDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void pdfPagesKeepTheirNumbers();
    void pdfPageLimitIsTooLarge();
    void scannedPdfNeedsOcr();
    void cliSeparatesPagesWithFormFeeds();
    void cliJsonHasPagesMetadataAndWarnings();
    void cliOcrOnlyWhenAsked();
    void cliRefusesUnknownOcrLanguage();
    void cliErrorKinds_data();
    void cliErrorKinds();
    void cliErrorKindsOnCorpus();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGeneratedDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGeneratedDocuments::pdfPagesKeepTheirNumbers()
{
    const QString path = m_dir->filePath(QStringLiteral("three.pdf"));
    writePdf(path, {QStringLiteral("First page alpha"), QStringLiteral("Second page beta"),
                    QStringLiteral("Third page gamma")});
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, QStringLiteral("pdf"));
    QCOMPARE(result->pages.size(), 3);
    QVERIFY(result->pages[0].text.contains(QStringLiteral("First page alpha")));
    QCOMPARE(result->pages[2].number, 3);
    QVERIFY(result->pages[2].text.contains(QStringLiteral("Third page gamma")));
    QCOMPARE(result->metadata.value(QStringLiteral("pages")).toInt(), 3);
}

void TestGeneratedDocuments::pdfPageLimitIsTooLarge()
{
    const QString path = m_dir->filePath(QStringLiteral("many.pdf"));
    QStringList pages;
    for (int i = 0; i < 12; ++i) {
        pages.append(QStringLiteral("Page %1").arg(i + 1));
    }
    writePdf(path, pages);
    DocumentLimits limits;
    limits.maxPages = 10;
    const Result<Document> result = LocalDocumentReader(limits).readFile(path);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
    QVERIFY(result.error().message.contains(QStringLiteral("12 pages")));
}

void TestGeneratedDocuments::scannedPdfNeedsOcr()
{
    const QString path = m_dir->filePath(QStringLiteral("scan.pdf"));
    writePdf(path,
             {QStringLiteral("Employment verification form"), QStringLiteral("Signature page")},
             true);
    const Result<Document> off = LocalDocumentReader().readFile(path);
    QVERIFY(!off);
    QCOMPARE(off.error().kind, ErrorKind::NoText);
    QVERIFY(off.error().message.contains(QStringLiteral("OCR")));
    ReadOptions options;
    options.ocrLanguages = {QStringLiteral("eng")};
    const Result<Document> on = LocalDocumentReader().readFileWith(path, options);
    QVERIFY2(on, qPrintable(on ? QString() : on.error().message));
    QCOMPARE(on->pages.size(), 2);
    QVERIFY2(on->pages[0].text.contains(QStringLiteral("Employment verification")),
             qPrintable(on->pages[0].text));
    QVERIFY2(on->pages[1].text.contains(QStringLiteral("Signature")),
             qPrintable(on->pages[1].text));
}

void TestGeneratedDocuments::cliSeparatesPagesWithFormFeeds()
{
    const QString path = m_dir->filePath(QStringLiteral("two.pdf"));
    writePdf(path, {QStringLiteral("Page one words"), QStringLiteral("Page two words")});
    const CliRun r = cli({QStringLiteral("extract-text"), path});
    QCOMPARE(r.exitCode, 0);
    const QStringList pages = r.out.split(QLatin1Char('\f'));
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages[0].contains(QStringLiteral("Page one words")));
    QVERIFY(pages[1].contains(QStringLiteral("Page two words")));
}

void TestGeneratedDocuments::cliJsonHasPagesMetadataAndWarnings()
{
    const QString path = m_dir->filePath(QStringLiteral("mixed.pdf"));
    {
        // Page 2 is a picture only: a warning names it.
        QPdfWriter writer(path);
        writer.setResolution(150);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        painter.drawText(100, 200, QStringLiteral("Text on the first page"));
        writer.newPage();
        painter.drawImage(QRect(0, 0, 1240, 600), scan(QStringLiteral("Picture")));
    }
    const CliRun r = cli({QStringLiteral("extract-text"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[1].toObject().value(QStringLiteral("number")).toInt(), 2);
    QCOMPARE(
        json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("pages")).toInt(),
        2);
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings[0].toString().contains(QStringLiteral("2")));
}

void TestGeneratedDocuments::cliOcrOnlyWhenAsked()
{
    const QString path = m_dir->filePath(QStringLiteral("licence.png"));
    QVERIFY(scan(QStringLiteral("Licence number 555 0199")).save(path));
    const CliRun off = cli({QStringLiteral("extract-text"), path});
    QVERIFY(off.exitCode != 0);
    QVERIFY2(off.err.startsWith(QStringLiteral("error: no-text: ")), qPrintable(off.err));
    QCOMPARE(off.err.count(QLatin1Char('\n')), 1);
    const CliRun on = cli(
        {QStringLiteral("extract-text"), QStringLiteral("--ocr"), QStringLiteral("eng+deu"), path});
    QCOMPARE(on.exitCode, 0);
    QVERIFY2(on.out.contains(QStringLiteral("Licence number")), qPrintable(on.out));
    QVERIFY2(on.err.isEmpty(), qPrintable(on.err)); // Tesseract's own notes stay out of stderr
}

void TestGeneratedDocuments::cliRefusesUnknownOcrLanguage()
{
    const QString path = m_dir->filePath(QStringLiteral("x.png"));
    QVERIFY(scan(QStringLiteral("x")).save(path));
    const CliRun r =
        cli({QStringLiteral("extract-text"), QStringLiteral("--ocr"), QStringLiteral("xx1"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: usage: ")), qPrintable(r.err));
}

void TestGeneratedDocuments::cliErrorKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(504, '\0');
    QByteArray encrypted = ole;
    for (const char c : QByteArrayView("EncryptedPackage")) {
        encrypted.append(c);
        encrypted.append('\0');
    }
    QTest::newRow("encrypted docx")
        << QStringLiteral("contract.docx") << encrypted << QStringLiteral("encrypted");
    QTest::newRow("legacy doc") << QStringLiteral("old.doc") << ole
                                << QStringLiteral("unsupported");
    QTest::newRow("truncated pdf")
        << QStringLiteral("cut.pdf") << QByteArray("%PDF-1.7\n1 0 obj\n<<")
        << QStringLiteral("corrupt");
    QTest::newRow("renamed text") << QStringLiteral("memo.odt") << QByteArray("plain words\n")
                                  << QStringLiteral("corrupt");
}

void TestGeneratedDocuments::cliErrorKinds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    const CliRun r =
        cli({QStringLiteral("extract-text"), testing::writeFile(m_dir->path(), name, bytes)});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: ") + kind + QStringLiteral(": ")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestGeneratedDocuments::cliErrorKindsOnCorpus()
{
    PROMPTDESK_REQUIRE_SHARED("corpus");
    const QString dir = testing::sharedDir() + QStringLiteral("/corpus");
    QFile manifest(dir + QStringLiteral("/MANIFEST.tsv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QByteArray &line : manifest.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 6 || !fields[5].startsWith("error:")) {
            continue;
        }
        const QString kind = QString::fromUtf8(fields[5].mid(6));
        const CliRun r = cli({QStringLiteral("extract-text"),
                              dir + QLatin1Char('/') + QString::fromUtf8(fields[0])});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: ") + kind + QStringLiteral(": ")),
                 qPrintable(QString::fromUtf8(fields[0]) + QStringLiteral(": ") + r.err));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // And a program is not a document.
    const CliRun program = cli({QStringLiteral("extract-text"), QStringLiteral("/bin/ls")});
    QVERIFY(program.err.startsWith(QStringLiteral("error: unsupported: ")));
}

QTEST_MAIN(TestGeneratedDocuments)
#include "test_generated_documents.moc"

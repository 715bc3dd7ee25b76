#include "documents/format_sniffer.h"

#include <QTest>

using namespace promptdesk;

namespace {

QByteArray elfHeader()
{
    // The first bytes of a 64-bit x86 ELF executable such as /bin/ls.
    QByteArray bytes("\x7F"
                     "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3E\x00",
                     20);
    bytes.append(200, '\0');
    return bytes;
}

} // namespace

class TestFormatSniffer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognisesTextByExtension_data();
    void recognisesTextByExtension();
    void namesRejectedFormats_data();
    void namesRejectedFormats();
    void contentWinsOverExtension();
    void utf16WithoutBomIsText();
};

void TestFormatSniffer::recognisesTextByExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::newRow("txt") << QStringLiteral("notes.txt") << QStringLiteral("text");
    QTest::newRow("text") << QStringLiteral("notes.text") << QStringLiteral("text");
    QTest::newRow("log") << QStringLiteral("server.log") << QStringLiteral("text");
    QTest::newRow("csv") << QStringLiteral("table.csv") << QStringLiteral("text");
    QTest::newRow("no extension") << QStringLiteral("README") << QStringLiteral("text");
    QTest::newRow("md") << QStringLiteral("plan.md") << QStringLiteral("markdown");
    QTest::newRow("markdown upper")
        << QStringLiteral("PLAN.MARKDOWN") << QStringLiteral("markdown");
}

void TestFormatSniffer::recognisesTextByExtension()
{
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    const SniffResult result = FormatSniffer::sniff(
        QByteArrayLiteral("# Title\nSome text, tabs\tand \x1B[1mANSI\x1B[0m.\n"), fileName);
    QVERIFY(result.isText());
    QCOMPARE(result.name, format);
}

void TestFormatSniffer::namesRejectedFormats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("pdf") << QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj")
                         << QStringLiteral("a.pdf") << int(SniffedFormat::Pdf)
                         << QStringLiteral("PDF");
    QTest::newRow("docx") << QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00")
                          << QStringLiteral("cv.docx") << int(SniffedFormat::ZipContainer)
                          << QStringLiteral("DOCX");
    QTest::newRow("odt") << QByteArrayLiteral("PK\x03\x04\x14\x00\x00\x08")
                         << QStringLiteral("cv.odt") << int(SniffedFormat::ZipContainer)
                         << QStringLiteral("ODT");
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00")
                          << QStringLiteral("t.xlsx") << int(SniffedFormat::ZipContainer)
                          << QStringLiteral("XLSX");
    QTest::newRow("ole doc") << QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00")
                             << QStringLiteral("old.doc") << int(SniffedFormat::OleCompound)
                             << QStringLiteral("DOC");
    QTest::newRow("png") << QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR")
                         << QStringLiteral("scan.png") << int(SniffedFormat::Image)
                         << QStringLiteral("PNG");
    QTest::newRow("jpeg") << QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF")
                          << QStringLiteral("id.jpg") << int(SniffedFormat::Image)
                          << QStringLiteral("JPEG");
    QTest::newRow("gif") << QByteArrayLiteral("GIF89a\x01\x00\x01\x00") << QStringLiteral("x.gif")
                         << int(SniffedFormat::Image) << QStringLiteral("GIF");
    QTest::newRow("tiff") << QByteArrayLiteral("II*\x00\x08\x00\x00\x00")
                          << QStringLiteral("fax.tif") << int(SniffedFormat::Image)
                          << QStringLiteral("TIFF");
    QTest::newRow("elf") << elfHeader() << QStringLiteral("ls") << int(SniffedFormat::Executable)
                         << QStringLiteral("ELF");
    QTest::newRow("pe") << QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00\x04\x00")
                        << QStringLiteral("setup.exe") << int(SniffedFormat::Executable)
                        << QStringLiteral("Windows");
    QTest::newRow("nul bytes") << QByteArrayLiteral("abc\x00\x01\x02\x03xyz\x00")
                               << QStringLiteral("blob.bin") << int(SniffedFormat::Binary)
                               << QStringLiteral("binary");
    QByteArray controls;
    for (int i = 0; i < 100; ++i) {
        controls.append(i % 3 == 0 ? char(0x01) : 'a');
    }
    QTest::newRow("control characters") << controls << QStringLiteral("odd.txt")
                                        << int(SniffedFormat::Binary) << QStringLiteral("binary");
}

void TestFormatSniffer::namesRejectedFormats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QFETCH(QString, mentions);
    const SniffResult result = FormatSniffer::sniff(bytes, fileName);
    QVERIFY(!result.isText());
    QCOMPARE(int(result.format), format);
    QVERIFY2(result.name.contains(mentions), qPrintable(result.name));
}

void TestFormatSniffer::contentWinsOverExtension()
{
    // A PNG renamed to .txt is still an image; text named .md that starts with "MZ" is text.
    QCOMPARE(FormatSniffer::sniff(QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00"),
                                  QStringLiteral("renamed.txt"))
                 .format,
             SniffedFormat::Image);
    QCOMPARE(
        FormatSniffer::sniff(QByteArrayLiteral("MZ is a great band.\n"), QStringLiteral("b.md"))
            .format,
        SniffedFormat::Markdown);
}

void TestFormatSniffer::utf16WithoutBomIsText()
{
    const QString text = QStringLiteral("Hello, this is UTF-16 without a byte order mark.\n");
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(!FormatSniffer::looksBinary(le));
    QCOMPARE(FormatSniffer::sniff(le, QStringLiteral("u16.txt")).format, SniffedFormat::PlainText);
}

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "test_format_sniffer.moc"

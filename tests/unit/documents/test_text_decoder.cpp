#include "documents/text_decoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace promptdesk;

namespace {

// "Grüße – ☕" covers Latin-1, a Windows-1252-only dash and a character beyond both.
QString sample()
{
    return QStringLiteral("Gr\u00FC\u00DFe \u2013 \u2615\nline two");
}

QByteArray encode(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestTextDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryByteOrderMark_data();
    void decodesEveryByteOrderMark();
    void plainUtf8HasNoWarning();
    void invalidUtf8FallsBackToWindows1252();
    void normalisesLineEnds_data();
    void normalisesLineEnds();
    void decodesUtf16WithoutBom();
};

void TestTextDecoder::decodesEveryByteOrderMark_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("name");
    QTest::newRow("utf-8") << int(QStringConverter::Utf8) << QStringLiteral("UTF-8");
    QTest::newRow("utf-16le") << int(QStringConverter::Utf16LE) << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be") << int(QStringConverter::Utf16BE) << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-32le") << int(QStringConverter::Utf32LE) << QStringLiteral("UTF-32LE");
    QTest::newRow("utf-32be") << int(QStringConverter::Utf32BE) << QStringLiteral("UTF-32BE");
}

void TestTextDecoder::decodesEveryByteOrderMark()
{
    QFETCH(int, encoding);
    QFETCH(QString, name);
    const QByteArray bytes =
        encode(static_cast<QStringConverter::Encoding>(encoding), sample(), true);
    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(decoded.text, sample()); // the BOM itself is not part of the text
    QCOMPARE(decoded.encoding, name);
    QVERIFY(decoded.byteOrderMark);
    QVERIFY(decoded.warnings.isEmpty());
}

void TestTextDecoder::plainUtf8HasNoWarning()
{
    const DecodedText decoded = TextDecoder::decode(sample().toUtf8());
    QCOMPARE(decoded.text, sample());
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!decoded.byteOrderMark);
    QVERIFY(decoded.warnings.isEmpty());
}

void TestTextDecoder::invalidUtf8FallsBackToWindows1252()
{
    // "Café – 5 €" as a Windows editor saves it: E9, 96 (en dash) and 80 (euro sign).
    const DecodedText decoded = TextDecoder::decode(QByteArrayLiteral("Caf\xE9 \x96 5 \x80"));
    QCOMPARE(decoded.text, QStringLiteral("Caf\u00E9 \u2013 5 \u20AC"));
    QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(decoded.warnings.size(), 1);
    QVERIFY(decoded.warnings.first().contains(QStringLiteral("Windows-1252")));
}

void TestTextDecoder::normalisesLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf") << QByteArrayLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("cr") << QByteArrayLiteral("a\rb\r") << QStringLiteral("a\nb\n");
    QTest::newRow("mixed") << QByteArrayLiteral("a\r\n\rb\nc") << QStringLiteral("a\n\nb\nc");
    QTest::newRow("lf untouched") << QByteArrayLiteral("a\nb") << QStringLiteral("a\nb");
}

void TestTextDecoder::normalisesLineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TextDecoder::decode(bytes).text, expected);
    // UTF-16 text is normalised too, after decoding.
    const QString asText = QString::fromLatin1(bytes);
    QCOMPARE(TextDecoder::decode(encode(QStringConverter::Utf16LE, asText, true)).text, expected);
}

void TestTextDecoder::decodesUtf16WithoutBom()
{
    const QString text = QStringLiteral("Plain ASCII saved as UTF-16 by an old tool.\r\n");
    const DecodedText le = TextDecoder::decode(encode(QStringConverter::Utf16LE, text, false));
    QCOMPARE(le.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(le.text, QStringLiteral("Plain ASCII saved as UTF-16 by an old tool.\n"));
    const DecodedText be = TextDecoder::decode(encode(QStringConverter::Utf16BE, text, false));
    QCOMPARE(be.encoding, QStringLiteral("UTF-16BE"));
    QCOMPARE(be.text, le.text);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "test_text_decoder.moc"

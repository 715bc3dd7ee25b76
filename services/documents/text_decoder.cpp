#include "documents/text_decoder.h"

#include <QStringDecoder>

namespace promptdesk {

namespace {

QString encodingName(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case QStringConverter::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case QStringConverter::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case QStringConverter::Utf32BE:
        return QStringLiteral("UTF-32BE");
    default:
        return QStringLiteral("UTF-8");
    }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Used only when Qt was built without
// ICU (QStringDecoder then knows no "windows-1252"); undefined bytes keep their Latin-1 value.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid()) {
        return decoder.decode(bytes);
    }
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80 && unit <= 0x9F) {
            c = QChar(kCp1252High[unit - 0x80]);
        }
    }
    return text;
}

DecodedText decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool bom)
{
    // Default flags drop the byte order mark and replace invalid sequences with U+FFFD.
    QStringDecoder decoder(encoding);
    DecodedText result;
    result.text = decoder.decode(bytes);
    result.encoding = encodingName(encoding);
    result.byteOrderMark = bom;
    if (decoder.hasError()) {
        result.warnings.append(
            QStringLiteral("Some bytes are not valid %1 and were replaced by \uFFFD.")
                .arg(result.encoding));
    }
    return result;
}

} // namespace

std::optional<QStringConverter::Encoding> TextDecoder::bomlessUtf16(QByteArrayView head)
{
    const qsizetype units = qMin<qsizetype>(head.size(), 4096) / 2;
    if (units < 2) {
        return std::nullopt;
    }
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < units; ++i) {
        evenNul += head[2 * i] == '\0' ? 1 : 0;
        oddNul += head[2 * i + 1] == '\0' ? 1 : 0;
    }
    // Mostly-ASCII UTF-16 has a NUL in one half of most code units and almost never in the
    // other; binary formats have NULs on both sides.
    const auto oneSided = [units](qsizetype nulSide, qsizetype otherSide) {
        return nulSide * 10 >= units * 7 && otherSide * 50 <= units;
    };
    if (oneSided(oddNul, evenNul)) {
        return QStringConverter::Utf16LE;
    }
    if (oneSided(evenNul, oddNul)) {
        return QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    if (!text.contains(QLatin1Char('\r'))) {
        return text;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

DecodedText TextDecoder::decode(QByteArrayView bytes)
{
    DecodedText result;
    if (const auto bomEncoding = QStringConverter::encodingForData(bytes)) {
        result = decodeWith(*bomEncoding, bytes, true);
    } else if (const auto utf16 = bomlessUtf16(bytes)) {
        result = decodeWith(*utf16, bytes, false);
    } else {
        QStringDecoder utf8(QStringConverter::Utf8);
        result.text = utf8.decode(bytes);
        result.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            result.text = decodeWindows1252(bytes);
            result.encoding = QStringLiteral("windows-1252");
            result.warnings.append(QStringLiteral(
                "The text is not valid UTF-8, so it was read as Windows-1252 (Western "
                "European). Some characters may look wrong."));
        }
    }
    result.text = normaliseLineEnds(std::move(result.text));
    return result;
}

} // namespace promptdesk

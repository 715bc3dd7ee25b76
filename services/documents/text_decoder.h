#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <QStringConverter>
#include <optional>

namespace promptdesk {

struct DecodedText {
    QString text;     // line ends normalised to LF
    QString encoding; // "UTF-8", "UTF-16LE", ..., "windows-1252"
    bool byteOrderMark = false;
    QStringList warnings; // user-readable, e.g. when a fallback encoding was used
};

// Bytes of a text file -> QString. Order: byte order mark, BOM-less UTF-16 (alternating NUL
// bytes), strict UTF-8, then Windows-1252 (what Western European "ANSI" files are).
class TextDecoder final {
public:
    static DecodedText decode(QByteArrayView bytes);

    // UTF-16 without a byte order mark, recognised by NUL bytes on one side of each code unit
    // (ASCII-heavy text). Empty when the sample does not look like that.
    static std::optional<QStringConverter::Encoding> bomlessUtf16(QByteArrayView head);

    // CRLF and lone CR become LF, so offsets and line counts agree across platforms.
    static QString normaliseLineEnds(QString text);
};

} // namespace promptdesk

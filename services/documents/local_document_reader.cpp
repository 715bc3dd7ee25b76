#include "local_document_reader.h"

#include "format_sniffer.h"
#include "logging.h"
#include "text_decoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace promptdesk {

namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("\u201C") + name + QStringLiteral("\u201D");
}

// "200 MB", "1.5 KB": sizes in messages. Rounded up so a file just over the limit never reads
// as equal to it ("64.1 MB; the limit is 64 MB").
QString humanSize(qint64 bytes)
{
    const QLocale locale = QLocale::c();
    if (bytes < 1024) {
        return QStringLiteral("%1 bytes").arg(bytes);
    }
    const bool megabytes = bytes >= 1024 * 1024;
    const double unit = megabytes ? 1024.0 * 1024.0 : 1024.0;
    const double tenths = std::ceil(static_cast<double>(bytes) * 10.0 / unit) / 10.0;
    const bool whole = std::fmod(tenths, 1.0) == 0.0;
    return locale.toString(tenths, 'f', whole ? 0 : 1) +
           (megabytes ? QStringLiteral(" MB") : QStringLiteral(" KB"));
}

// Whitespace, plus the invisible characters editors leave behind (zero-width space, BOM).
bool holdsOnlyWhitespace(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x200B) && c != QChar(0xFEFF) && c != QChar(0x2060)) {
            return false;
        }
    }
    return true;
}

Error missing(const QString &name)
{
    return makeError(ErrorKind::Usage,
                     QStringLiteral("The file %1 no longer exists.").arg(quoted(name)));
}

Error notAllowed(const QString &name)
{
    return makeError(ErrorKind::Usage,
                     QStringLiteral("Promptdesk is not allowed to read %1.").arg(quoted(name)));
}

Error tooLarge(const QString &name, qint64 size, qint64 limit)
{
    return makeError(ErrorKind::TooLarge,
                     QStringLiteral("%1 is %2; the limit is %3.")
                         .arg(quoted(name), humanSize(size), humanSize(limit)));
}

} // namespace

LocalDocumentReader::LocalDocumentReader(DocumentLimits limits)
    : m_limits(limits)
{
}

Result<Document> LocalDocumentReader::readFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        return missing(name);
    }
    if (info.isDir()) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("%1 is a folder. Drop a file instead.").arg(quoted(name)));
    }
    // Devices, sockets and pipes could block the read forever or never end.
    if (!info.isFile()) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("%1 is not a regular file.").arg(quoted(name)));
    }
    // Size first, from the directory entry: a huge file is refused without reading it.
    if (info.size() > m_limits.maxFileBytes) {
        return tooLarge(name, info.size(), m_limits.maxFileBytes);
    }
    if (!info.isReadable()) {
        return notAllowed(name);
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDocuments) << "open failed, error" << file.error();
        if (!QFileInfo::exists(path)) {
            return missing(name);
        }
        if (file.error() == QFileDevice::PermissionsError) {
            return notAllowed(name);
        }
        return makeError(ErrorKind::Usage, QStringLiteral("Promptdesk could not open %1: %2")
                                               .arg(quoted(name), file.errorString()));
    }
    // One byte past the limit tells whether the file grew since it was measured.
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorKind::Usage, QStringLiteral("Promptdesk could not read %1: %2")
                                               .arg(quoted(name), file.errorString()));
    }
    if (bytes.size() > m_limits.maxFileBytes) {
        return tooLarge(name, qMax(file.size(), qint64(bytes.size())), m_limits.maxFileBytes);
    }
    if (bytes.isEmpty()) {
        return makeError(ErrorKind::NoText, QStringLiteral("%1 is empty.").arg(quoted(name)));
    }

    const SniffResult sniffed = FormatSniffer::sniff(bytes, name);
    if (!sniffed.isText()) {
        qCInfo(lcDocuments) << "refused format" << static_cast<int>(sniffed.format);
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("%1 is %2. Promptdesk can read plain text and Markdown "
                                        "files so far.")
                             .arg(quoted(name), sniffed.name));
    }

    DecodedText decoded = TextDecoder::decode(bytes);
    if (holdsOnlyWhitespace(decoded.text)) {
        return makeError(ErrorKind::NoText,
                         QStringLiteral("%1 holds no text, only blank space.").arg(quoted(name)));
    }
    Document document;
    document.sourceName = name;
    document.format = sniffed.name;
    document.pages.append(DocumentPage{1, std::move(decoded.text)});
    document.metadata.insert(QStringLiteral("encoding"), decoded.encoding);
    document.metadata.insert(QStringLiteral("byteOrderMark"), decoded.byteOrderMark);
    document.metadata.insert(QStringLiteral("sizeBytes"), qint64(bytes.size()));
    document.warnings = decoded.warnings;
    return document;
}

Result<Document> LocalDocumentReader::fromPastedText(const QString &text) const
{
    if (text.size() > m_limits.maxPastedChars) {
        return makeError(ErrorKind::TooLarge,
                         QStringLiteral("The pasted text has %1 characters; the limit is %2.")
                             .arg(QLocale::c().toString(text.size()),
                                  QLocale::c().toString(m_limits.maxPastedChars)));
    }
    if (text.isEmpty()) {
        return makeError(ErrorKind::NoText, QStringLiteral("The pasted text is empty."));
    }
    if (holdsOnlyWhitespace(text)) {
        return makeError(ErrorKind::NoText,
                         QStringLiteral("The pasted text holds no text, only blank space."));
    }
    Document document;
    document.sourceName = QStringLiteral("Pasted text");
    document.format = QStringLiteral("text");
    document.pages.append(DocumentPage{1, TextDecoder::normaliseLineEnds(text)});
    return document;
}

} // namespace promptdesk

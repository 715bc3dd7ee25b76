#include "documents/local_document_reader.h"

#include "core/logging.h"
#include "documents/document_extractor.h"
#include "documents/extraction_context.h"
#include "documents/ocr_engine.h"
#include "documents/text_decoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <filesystem>
#include <system_error>

namespace promptdesk {

namespace {

QString quoted(const QString &name)
{
    return quotedName(name);
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

// A link whose target cannot be reached: a loop (a -> b -> a) or a target that is gone. Both
// were reported as "no longer exists", which sends the user looking for a file that is there.
Error brokenLink(const QString &path, const QString &name)
{
    std::error_code code;
    (void)std::filesystem::status(std::filesystem::path(QFile::encodeName(path).toStdString()),
                                  code);
    if (code == std::errc::too_many_symbolic_link_levels) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("%1 is a link that leads back to itself (a loop of links), "
                                        "so there is no file to read.")
                             .arg(quoted(name)));
    }
    return makeError(
        ErrorKind::Usage,
        QStringLiteral("%1 is a link to a file that no longer exists.").arg(quoted(name)));
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
    return readFileWith(path, ReadOptions{});
}

Result<Document> LocalDocumentReader::readData(const QByteArray &bytes, const QString &name,
                                               const ReadOptions &options) const
{
    if (!options.ocrLanguages.isEmpty()) {
        if (Result<void> ok = OcrEngine::checkLanguages(options.ocrLanguages); !ok) {
            return ok.error();
        }
    }
    ExtractionContext context(m_limits, options);
    return DocumentExtractor::extract(bytes, name, context);
}

Result<Document> LocalDocumentReader::readFileWith(const QString &path,
                                                   const ReadOptions &options) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        return info.isSymLink() ? brokenLink(path, name) : missing(name);
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

    return readData(bytes, name, options);
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
    // Form feeds separate pages (as extract-text writes them and the input list joins its
    // documents), so page citations in a long-document summary point at the right text.
    const QStringList pages = TextDecoder::normaliseLineEnds(text).split(QLatin1Char('\f'));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        document.pages.append(DocumentPage{static_cast<int>(i + 1), pages.at(i), {}});
    }
    return document;
}

} // namespace promptdesk

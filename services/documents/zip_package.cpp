#include "documents/zip_package.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace promptdesk {

namespace {

// Entries smaller than this may compress as well as they like (XML of empty table cells
// does); the ratio limit is for the big ones that could fill memory.
constexpr qint64 kRatioFloorBytes = 1024 * 1024;

Error bombError(const QString &name)
{
    return tooLargeError(QStringLiteral("%1 unpacks to far more data than its size suggests "
                                        "(a \u201Czip bomb\u201D), so it was not opened.")
                             .arg(quotedName(name)));
}

} // namespace

ZipPackage::ZipPackage(const QByteArray &bytes, const QString &name, ExtractionContext &context)
    : m_bytes(bytes)
    , m_name(name)
    , m_context(context)
    , m_buffer(std::make_unique<QBuffer>(&m_bytes))
    , m_zip(std::make_unique<QuaZip>(m_buffer.get()))
{
}

ZipPackage::~ZipPackage()
{
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
    }
}

Result<std::unique_ptr<ZipPackage>> ZipPackage::open(const QByteArray &bytes, const QString &name,
                                                     ExtractionContext &context)
{
    std::unique_ptr<ZipPackage> package(new ZipPackage(bytes, name, context));
    if (!package->m_zip->open(QuaZip::mdUnzip)) {
        return corruptError(name, QStringLiteral("is damaged: its ZIP container cannot be "
                                                 "opened (the file may be cut off)."));
    }
    const int count = package->m_zip->getEntriesCount();
    if (count < 0) {
        return corruptError(name, QStringLiteral("is damaged: its ZIP container is unreadable."));
    }
    if (count > context.limits.maxArchiveEntries) {
        return tooLargeError(QStringLiteral("%1 holds %2 parts; the limit is %3.")
                                 .arg(quotedName(name))
                                 .arg(count)
                                 .arg(context.limits.maxArchiveEntries));
    }
    const QList<QuaZipFileInfo64> infos = package->m_zip->getFileInfoList64();
    if (infos.size() != count) {
        return corruptError(name, QStringLiteral("is damaged: its ZIP directory is unreadable."));
    }
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        const auto compressed = static_cast<qint64>(info.compressedSize);
        const auto uncompressed = static_cast<qint64>(info.uncompressedSize);
        if (compressed < 0 || uncompressed < 0) {
            return corruptError(name, QStringLiteral("is damaged: a part has an impossible size."));
        }
        total += uncompressed;
        if (total > context.limits.maxUncompressedBytes) {
            return tooLargeError(
                QStringLiteral("%1 unpacks to more than %2, the limit.")
                    .arg(quotedName(name), humanSize(context.limits.maxUncompressedBytes)));
        }
        if (uncompressed > kRatioFloorBytes &&
            uncompressed > qMax<qint64>(compressed, 1) * context.limits.maxCompressionRatio) {
            return bombError(name);
        }
        package->m_entries.insert(info.name, Entry{compressed, uncompressed, info.isEncrypted()});
        package->m_order.append(info.name);
    }
    return package;
}

Result<QByteArray> ZipPackage::read(const QString &entryName)
{
    const auto found = m_entries.constFind(entryName);
    if (found == m_entries.constEnd()) {
        return corruptError(m_name, QStringLiteral("is damaged: a required part is missing."));
    }
    if (found->encrypted) {
        return encryptedError(m_name);
    }
    if (!m_zip->setCurrentFile(entryName, QuaZip::csSensitive)) {
        return corruptError(m_name, QStringLiteral("is damaged: a part cannot be found."));
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        return corruptError(m_name, QStringLiteral("is damaged: a part cannot be unpacked."));
    }
    // Never trust the declared size alone: read at most one byte past it, and never past the
    // package's remaining budget.
    const qint64 budget = m_context.limits.maxUncompressedBytes - m_inflated;
    const qint64 want = qMin(found->uncompressed, budget);
    QByteArray data;
    data.resize(want + 1);
    qint64 got = 0;
    while (got < data.size()) {
        const qint64 n = file.read(data.data() + got, data.size() - got);
        if (n < 0) {
            return corruptError(m_name, QStringLiteral("is damaged: a part cannot be unpacked."));
        }
        if (n == 0) {
            break;
        }
        got += n;
        if (const auto stop = m_context.interrupted()) {
            return *stop;
        }
    }
    const int zipError = file.getZipError();
    file.close();
    if (got > found->uncompressed) {
        return bombError(m_name);
    }
    if (got > budget) {
        return tooLargeError(
            QStringLiteral("%1 unpacks to more than %2, the limit.")
                .arg(quotedName(m_name), humanSize(m_context.limits.maxUncompressedBytes)));
    }
    if (zipError != UNZ_OK || file.getZipError() != UNZ_OK || got != found->uncompressed) {
        return corruptError(m_name, QStringLiteral("is damaged: a part fails its checksum or is "
                                                   "cut short."));
    }
    data.resize(got);
    m_inflated += got;
    return data;
}

} // namespace promptdesk

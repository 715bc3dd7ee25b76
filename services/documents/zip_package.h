#pragma once

#include "documents/extraction_context.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QBuffer;
class QuaZip;

namespace promptdesk {

// A ZIP container (DOCX, XLSX, ODT, ODS) opened from memory, with the zip-bomb limits of
// DocumentLimits enforced: entry count, total uncompressed size, and per-entry compression
// ratio. Declared sizes are checked when opening; actual sizes again while inflating, so a
// header that lies cannot make us inflate more than the limits allow.
class ZipPackage final {
public:
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    static Result<std::unique_ptr<ZipPackage>> open(const QByteArray &bytes, const QString &name,
                                                    ExtractionContext &context);

    bool contains(const QString &entry) const { return m_entries.contains(entry); }
    QStringList entryNames() const { return m_order; }
    // The inflated bytes of one entry; `corrupt` when it is damaged, `too-large` past limits.
    Result<QByteArray> read(const QString &entry);

private:
    ZipPackage(const QByteArray &bytes, const QString &name, ExtractionContext &context);

    struct Entry {
        qint64 compressed = 0;
        qint64 uncompressed = 0;
        bool encrypted = false;
    };
    QByteArray m_bytes;
    QString m_name;
    ExtractionContext &m_context;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    qint64 m_inflated = 0; // bytes inflated so far, against maxUncompressedBytes
};

} // namespace promptdesk

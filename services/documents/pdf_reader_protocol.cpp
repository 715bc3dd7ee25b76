#include "documents/pdf_reader_protocol.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace promptdesk {

namespace {

constexpr quint32 kRequestVersion = 1;

QDataStream &operator<<(QDataStream &out, const DocumentLimits &limits)
{
    return out << limits.maxFileBytes << qint64(limits.maxPastedChars) << limits.maxPages
               << limits.maxUncompressedBytes << limits.maxCompressionRatio
               << limits.maxArchiveEntries << limits.maxNestingDepth << limits.maxSecondsPerDocument
               << limits.maxImagePixels << qint64(limits.maxTextChars);
}

QDataStream &operator>>(QDataStream &in, DocumentLimits &limits)
{
    qint64 pasted = 0;
    qint64 text = 0;
    in >> limits.maxFileBytes >> pasted >> limits.maxPages >> limits.maxUncompressedBytes >>
        limits.maxCompressionRatio >> limits.maxArchiveEntries >> limits.maxNestingDepth >>
        limits.maxSecondsPerDocument >> limits.maxImagePixels >> text;
    limits.maxPastedChars = qsizetype(pasted);
    limits.maxTextChars = qsizetype(text);
    return in;
}

} // namespace

QByteArray encodePdfReadRequest(const PdfReadRequest &request)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kRequestVersion << request.bytes << request.name << request.password
           << request.ocrLanguages << request.limits;
    return out;
}

std::optional<PdfReadRequest> decodePdfReadRequest(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    PdfReadRequest request;
    stream >> version >> request.bytes >> request.name >> request.password >>
        request.ocrLanguages >> request.limits;
    if (stream.status() != QDataStream::Ok || version != kRequestVersion || !stream.atEnd()) {
        return std::nullopt;
    }
    return request;
}

QByteArray framed(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), out.data());
    return out + payload;
}

QByteArray encodePdfReaderFrame(const PdfReaderFrame &frame)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << quint8(frame.kind);
    switch (frame.kind) {
    case PdfReaderFrame::Kind::Progress:
        stream << qint32(frame.done) << qint32(frame.total);
        break;
    case PdfReaderFrame::Kind::Result:
        stream << frame.document.format << frame.document.metadata << frame.document.warnings
               << frame.warnings << qint32(frame.document.pages.size());
        for (const DocumentPage &page : frame.document.pages) {
            stream << qint32(page.number) << page.text << page.label;
        }
        break;
    case PdfReaderFrame::Kind::Failure:
        stream << qint32(frame.error.kind) << frame.error.message;
        break;
    }
    return framed(payload);
}

PdfReaderFrameReader::PdfReaderFrameReader(qint64 maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void PdfReaderFrameReader::append(const QByteArray &bytes)
{
    if (!m_failed) {
        m_buffer += bytes;
    }
}

std::optional<PdfReaderFrame> PdfReaderFrameReader::next()
{
    if (m_failed || m_buffer.size() < 4) {
        return std::nullopt;
    }
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (qint64(length) > m_maxFrameBytes) {
        m_failed = true;
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + qsizetype(length)) {
        return std::nullopt;
    }
    const QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + qsizetype(length));

    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_4);
    PdfReaderFrame frame;
    quint8 kind = 0;
    stream >> kind;
    frame.kind = PdfReaderFrame::Kind(kind);
    bool known = true;
    switch (frame.kind) {
    case PdfReaderFrame::Kind::Progress: {
        qint32 done = 0;
        qint32 total = 0;
        stream >> done >> total;
        frame.done = done;
        frame.total = total;
        break;
    }
    case PdfReaderFrame::Kind::Result: {
        qint32 pages = 0;
        stream >> frame.document.format >> frame.document.metadata >> frame.document.warnings >>
            frame.warnings >> pages;
        for (qint32 i = 0; i < pages && stream.status() == QDataStream::Ok; ++i) {
            qint32 number = 0;
            QString text;
            QString label;
            stream >> number >> text >> label;
            frame.document.pages.append(DocumentPage{number, text, label});
        }
        break;
    }
    case PdfReaderFrame::Kind::Failure: {
        qint32 errorKind = 0;
        stream >> errorKind >> frame.error.message;
        frame.error.kind = ErrorKind(errorKind);
        known = errorKind >= int(ErrorKind::Unsupported) && errorKind <= int(ErrorKind::Internal);
        break;
    }
    default:
        known = false;
    }
    if (!known || stream.status() != QDataStream::Ok || !stream.atEnd()) {
        m_failed = true;
        return std::nullopt;
    }
    return frame;
}

} // namespace promptdesk

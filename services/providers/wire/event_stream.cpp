#include "providers/wire/event_stream.h"

#include <QtEndian>

#include <zlib.h>

namespace promptdesk {

namespace {

quint32 crc32Of(QByteArrayView bytes)
{
    // zlib's CRC-32 (IEEE), the checksum the event-stream format specifies.
    return static_cast<quint32>(::crc32(0L, reinterpret_cast<const Bytef *>(bytes.data()),
                                        static_cast<uInt>(bytes.size())));
}

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

void appendBe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
}

bool parseHeaders(QByteArrayView block, QList<EventStreamHeader> &headers, QString *error)
{
    qsizetype pos = 0;
    const qsizetype n = block.size();
    auto need = [&](qsizetype count) {
        return pos + count <= n;
    };
    while (pos < n) {
        EventStreamHeader h;
        const auto nameLen = static_cast<quint8>(block[pos]);
        ++pos;
        if (nameLen == 0 || !need(nameLen + 1)) {
            *error = QStringLiteral("Malformed header");
            return false;
        }
        h.name = block.sliced(pos, nameLen).toByteArray();
        pos += nameLen;
        const auto type = static_cast<quint8>(block[pos]);
        ++pos;
        if (type > EventStreamHeader::Uuid) {
            *error = QStringLiteral("Unknown header type");
            return false;
        }
        h.type = static_cast<EventStreamHeader::Type>(type);
        const char *p = block.data() + pos;
        switch (h.type) {
        case EventStreamHeader::BoolTrue:
        case EventStreamHeader::BoolFalse:
            h.boolean = h.type == EventStreamHeader::BoolTrue;
            break;
        case EventStreamHeader::Byte:
            if (!need(1)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.integer = static_cast<qint8>(*p);
            pos += 1;
            break;
        case EventStreamHeader::Int16:
            if (!need(2)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.integer = qFromBigEndian<qint16>(p);
            pos += 2;
            break;
        case EventStreamHeader::Int32:
            if (!need(4)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.integer = qFromBigEndian<qint32>(p);
            pos += 4;
            break;
        case EventStreamHeader::Int64:
        case EventStreamHeader::Timestamp:
            if (!need(8)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.integer = qFromBigEndian<qint64>(p);
            pos += 8;
            break;
        case EventStreamHeader::ByteArray:
        case EventStreamHeader::String: {
            if (!need(2)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            const quint16 len = qFromBigEndian<quint16>(p);
            pos += 2;
            if (!need(len)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.bytes = block.sliced(pos, len).toByteArray();
            pos += len;
            break;
        }
        case EventStreamHeader::Uuid:
            if (!need(16)) {
                *error = QStringLiteral("Malformed header");
                return false;
            }
            h.bytes = block.sliced(pos, 16).toByteArray();
            pos += 16;
            break;
        }
        headers.append(std::move(h));
    }
    return true;
}

} // namespace

quint32 EventStreamDecoder::crc32(QByteArrayView bytes)
{
    return crc32Of(bytes);
}

QByteArray EventStreamMessage::stringHeader(QByteArrayView name) const
{
    for (const EventStreamHeader &h : headers) {
        if (h.name == name && h.type == EventStreamHeader::String) {
            return h.bytes;
        }
    }
    return {};
}

EventStreamDecoder::EventStreamDecoder(quint32 maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void EventStreamDecoder::feed(QByteArrayView bytes)
{
    if (failed() || bytes.isEmpty()) {
        return;
    }
    // Drop consumed bytes before growing, so a long stream never keeps its whole history.
    if (m_offset > 0 && (m_offset >= m_buffer.size() || m_offset > 64 * 1024)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

EventStreamDecoder::Status EventStreamDecoder::fail(const QString &error)
{
    m_error = error;
    m_buffer.clear();
    m_offset = 0;
    return Status::Error;
}

EventStreamDecoder::Status EventStreamDecoder::next(EventStreamMessage &out)
{
    if (failed()) {
        return Status::Error;
    }
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 12) {
        return Status::NeedMoreData;
    }
    const char *p = m_buffer.constData() + m_offset;
    // The prelude CRC is checked before its lengths are trusted.
    if (crc32Of(QByteArrayView(p, 8)) != be32(p + 8)) {
        return fail(QStringLiteral("Prelude checksum mismatch"));
    }
    const quint32 total = be32(p);
    const quint32 headersLen = be32(p + 4);
    if (total < kMinFrameBytes || headersLen > total - kMinFrameBytes) {
        return fail(QStringLiteral("Invalid frame lengths"));
    }
    if (total > m_maxFrameBytes) {
        return fail(QStringLiteral("Frame too large"));
    }
    if (available < static_cast<qsizetype>(total)) {
        return Status::NeedMoreData;
    }
    QString error;
    const Status status = decodeOne(QByteArrayView(p, total), out, &error);
    if (status == Status::Error) {
        return fail(error);
    }
    m_offset += total;
    return Status::Message;
}

EventStreamDecoder::Status EventStreamDecoder::decodeOne(QByteArrayView frame,
                                                         EventStreamMessage &out, QString *error)
{
    if (frame.size() < static_cast<qsizetype>(kMinFrameBytes)) {
        *error = QStringLiteral("Truncated frame");
        return Status::Error;
    }
    const char *p = frame.data();
    const quint32 preludeCrc = be32(p + 8);
    if (crc32Of(QByteArrayView(p, 8)) != preludeCrc) {
        *error = QStringLiteral("Prelude checksum mismatch");
        return Status::Error;
    }
    const quint32 total = be32(p);
    const quint32 headersLen = be32(p + 4);
    if (total != frame.size() || headersLen > total - kMinFrameBytes) {
        *error = QStringLiteral("Invalid frame lengths");
        return Status::Error;
    }
    const quint32 messageCrc = be32(p + total - 4);
    if (crc32Of(QByteArrayView(p, total - 4)) != messageCrc) {
        *error = QStringLiteral("Message checksum mismatch");
        return Status::Error;
    }
    out = EventStreamMessage{};
    out.preludeCrc = preludeCrc;
    out.messageCrc = messageCrc;
    if (!parseHeaders(QByteArrayView(p + 12, headersLen), out.headers, error)) {
        return Status::Error;
    }
    out.payload = QByteArray(p + 12 + headersLen, total - headersLen - kMinFrameBytes);
    return Status::Message;
}

QByteArray EventStreamDecoder::encode(const EventStreamMessage &message)
{
    QByteArray headers;
    for (const EventStreamHeader &h : message.headers) {
        headers.append(static_cast<char>(h.name.size()));
        headers.append(h.name);
        headers.append(static_cast<char>(h.type));
        switch (h.type) {
        case EventStreamHeader::BoolTrue:
        case EventStreamHeader::BoolFalse:
            break;
        case EventStreamHeader::Byte:
            appendBe(headers, static_cast<quint64>(h.integer), 1);
            break;
        case EventStreamHeader::Int16:
            appendBe(headers, static_cast<quint64>(h.integer), 2);
            break;
        case EventStreamHeader::Int32:
            appendBe(headers, static_cast<quint64>(h.integer), 4);
            break;
        case EventStreamHeader::Int64:
        case EventStreamHeader::Timestamp:
            appendBe(headers, static_cast<quint64>(h.integer), 8);
            break;
        case EventStreamHeader::ByteArray:
        case EventStreamHeader::String:
            appendBe(headers, static_cast<quint64>(h.bytes.size()), 2);
            headers.append(h.bytes);
            break;
        case EventStreamHeader::Uuid:
            headers.append(h.bytes.left(16).leftJustified(16, '\0'));
            break;
        }
    }
    const auto total = static_cast<quint32>(headers.size() + message.payload.size() + 16);
    QByteArray frame;
    frame.reserve(total);
    appendBe(frame, total, 4);
    appendBe(frame, static_cast<quint32>(headers.size()), 4);
    appendBe(frame, crc32Of(frame), 4);
    frame.append(headers);
    frame.append(message.payload);
    appendBe(frame, crc32Of(frame), 4);
    return frame;
}

} // namespace promptdesk

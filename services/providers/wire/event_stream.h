#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace promptdesk {

// One header of an AWS event-stream message. Integers (byte, int16/32/64, timestamp) are in
// `integer`; booleans in `boolean`; byte arrays, strings and UUIDs in `bytes`.
struct EventStreamHeader {
    enum Type : quint8 {
        BoolTrue = 0,
        BoolFalse = 1,
        Byte = 2,
        Int16 = 3,
        Int32 = 4,
        Int64 = 5,
        ByteArray = 6,
        String = 7,
        Timestamp = 8,
        Uuid = 9,
    };
    QByteArray name;
    Type type = String;
    qint64 integer = 0;
    bool boolean = false;
    QByteArray bytes;

    static EventStreamHeader string(const QByteArray &name, const QByteArray &value)
    {
        EventStreamHeader h;
        h.name = name;
        h.type = String;
        h.bytes = value;
        return h;
    }
};

struct EventStreamMessage {
    QList<EventStreamHeader> headers;
    QByteArray payload;
    quint32 preludeCrc = 0;
    quint32 messageCrc = 0;

    // The value of a string header (":event-type", ":message-type"...), empty when absent.
    QByteArray stringHeader(QByteArrayView name) const;
};

// The binary framing of `application/vnd.amazon.eventstream` (Bedrock ConverseStream), decoded
// incrementally: feed() any slice of bytes as it arrives, then take complete messages with
// next(). Both CRC-32s are checked, the prelude one before its lengths are trusted, and frames
// larger than the cap are refused before anything is allocated for them. After an error the
// decoder stays failed. Hand-written because no Debian package offers this framing outside
// the AWS SDKs (which are not packaged); it is small and checked against AWS's vectors.
class EventStreamDecoder final {
public:
    static constexpr quint32 kDefaultMaxFrameBytes = 24u * 1024u * 1024u; // as aws-c-event-stream
    static constexpr quint32 kMinFrameBytes = 16;

    enum class Status { NeedMoreData, Message, Error };

    explicit EventStreamDecoder(quint32 maxFrameBytes = kDefaultMaxFrameBytes);

    void feed(QByteArrayView bytes);
    Status next(EventStreamMessage &out);

    bool failed() const { return !m_error.isEmpty(); }
    // "Prelude checksum mismatch", "Message checksum mismatch", "Frame too large", ...
    QString error() const { return m_error; }
    // Bytes received but not yet part of a complete frame (a truncated stream leaves some).
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

    // One frame with correct lengths and CRCs, for the emulator, tests and benchmarks.
    static QByteArray encode(const EventStreamMessage &message);
    // CRC-32 (IEEE, as zlib computes it), the checksum of both prelude and message.
    static quint32 crc32(QByteArrayView bytes);
    // Decodes exactly one complete frame, or returns the error text.
    static Status decodeOne(QByteArrayView frame, EventStreamMessage &out, QString *error);

private:
    Status fail(const QString &error);

    QByteArray m_buffer;
    qsizetype m_offset = 0;
    quint32 m_maxFrameBytes;
    QString m_error;
};

} // namespace promptdesk

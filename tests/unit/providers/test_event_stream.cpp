// AWS event-stream framing: every vector in ../shared/vectors/eventstream (positive cases
// decode to their JSON description, negative ones fail with the named checksum error), plus
// our own generated frames: byte-by-byte feeding, truncation, oversized and hostile frames.
#include "providers/wire/event_stream.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace promptdesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString vectors()
{
    return testing::sharedDir() + QStringLiteral("/vectors/eventstream");
}

EventStreamMessage bedrockEvent(const QByteArray &type, const QByteArray &json)
{
    EventStreamMessage m;
    m.headers = {EventStreamHeader::string(":event-type", type),
                 EventStreamHeader::string(":content-type", "application/json"),
                 EventStreamHeader::string(":message-type", "event")};
    m.payload = json;
    return m;
}

} // namespace

class TestEventStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void positiveVectors_data();
    void positiveVectors();
    void negativeVectors_data();
    void negativeVectors();
    void roundTripEveryHeaderType();
    void feedsByteByByte();
    void truncatedFrameWaits();
    void corruptedCrcFails();
    void oversizedFrameRefusedBeforeAllocation();
    void hostileHeaderLengths();
    void randomGarbageNeverCrashes();
};

void TestEventStream::positiveVectors_data()
{
    QTest::addColumn<QString>("name");
    if (testing::sharedDir().isEmpty()) {
        return;
    }
    const QStringList names =
        QDir(vectors() + QStringLiteral("/encoded/positive")).entryList(QDir::Files, QDir::Name);
    for (const QString &n : names) {
        QTest::newRow(qPrintable(n)) << n;
    }
}

void TestEventStream::positiveVectors()
{
    PROMPTDESK_REQUIRE_SHARED("vectors/eventstream");
    QFETCH(QString, name);
    const QByteArray frame = readAll(vectors() + QStringLiteral("/encoded/positive/") + name);
    const QJsonObject expected =
        QJsonDocument::fromJson(readAll(vectors() + QStringLiteral("/decoded/positive/") + name))
            .object();
    QVERIFY(!frame.isEmpty());
    EventStreamDecoder decoder;
    decoder.feed(frame);
    EventStreamMessage m;
    QCOMPARE(decoder.next(m), EventStreamDecoder::Status::Message);
    QCOMPARE(decoder.pendingBytes(), 0);
    QCOMPARE(m.preludeCrc,
             static_cast<quint32>(expected.value(QStringLiteral("prelude_crc")).toInteger()));
    QCOMPARE(m.messageCrc,
             static_cast<quint32>(expected.value(QStringLiteral("message_crc")).toInteger()));
    QCOMPARE(m.payload, QByteArray::fromBase64(
                            expected.value(QStringLiteral("payload")).toString().toLatin1()));
    const QJsonArray headers = expected.value(QStringLiteral("headers")).toArray();
    QCOMPARE(m.headers.size(), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QJsonObject h = headers[i].toObject();
        const EventStreamHeader &got = m.headers[i];
        QCOMPARE(got.name, h.value(QStringLiteral("name")).toString().toUtf8());
        QCOMPARE(int(got.type), h.value(QStringLiteral("type")).toInt());
        const QJsonValue v = h.value(QStringLiteral("value"));
        switch (got.type) {
        case EventStreamHeader::BoolTrue:
        case EventStreamHeader::BoolFalse:
            QCOMPARE(got.boolean, v.toBool());
            break;
        case EventStreamHeader::ByteArray:
        case EventStreamHeader::String:
        case EventStreamHeader::Uuid:
            QCOMPARE(got.bytes, QByteArray::fromBase64(v.toString().toLatin1()));
            break;
        default:
            QCOMPARE(got.integer, v.toInteger());
        }
    }
    // Our encoder reproduces the official bytes exactly.
    QCOMPARE(EventStreamDecoder::encode(m), frame);
    QCOMPARE(qsizetype(expected.value(QStringLiteral("total_length")).toInt()), frame.size());
}

void TestEventStream::negativeVectors_data()
{
    QTest::addColumn<QString>("name");
    if (testing::sharedDir().isEmpty()) {
        return;
    }
    const QStringList names =
        QDir(vectors() + QStringLiteral("/encoded/negative")).entryList(QDir::Files, QDir::Name);
    for (const QString &n : names) {
        QTest::newRow(qPrintable(n)) << n;
    }
}

void TestEventStream::negativeVectors()
{
    PROMPTDESK_REQUIRE_SHARED("vectors/eventstream");
    QFETCH(QString, name);
    const QByteArray frame = readAll(vectors() + QStringLiteral("/encoded/negative/") + name);
    const QString expected =
        QString::fromUtf8(readAll(vectors() + QStringLiteral("/decoded/negative/") + name))
            .trimmed();
    EventStreamDecoder decoder;
    decoder.feed(frame);
    EventStreamMessage m;
    QCOMPARE(decoder.next(m), EventStreamDecoder::Status::Error);
    QCOMPARE(decoder.error(), expected);
    // The failure is sticky.
    decoder.feed(frame);
    QCOMPARE(decoder.next(m), EventStreamDecoder::Status::Error);
}

void TestEventStream::roundTripEveryHeaderType()
{
    EventStreamMessage m;
    auto add = [&m](const char *name, EventStreamHeader::Type type, qint64 integer,
                    QByteArray bytes) {
        EventStreamHeader h;
        h.name = name;
        h.type = type;
        h.integer = integer;
        h.boolean = type == EventStreamHeader::BoolTrue;
        h.bytes = bytes;
        m.headers.append(h);
    };
    add("t", EventStreamHeader::BoolTrue, 0, {});
    add("f", EventStreamHeader::BoolFalse, 0, {});
    add("b", EventStreamHeader::Byte, -7, {});
    add("s", EventStreamHeader::Int16, -300, {});
    add("i", EventStreamHeader::Int32, -70000, {});
    add("l", EventStreamHeader::Int64, -5000000000LL, {});
    add("a", EventStreamHeader::ByteArray, 0, QByteArray("\0\1\2", 3));
    add("str", EventStreamHeader::String, 0, "h\xc3\xa9llo");
    add("ts", EventStreamHeader::Timestamp, 1700000000000LL, {});
    add("u", EventStreamHeader::Uuid, 0, QByteArray(16, '\x5a'));
    m.payload = R"({"x":1})";
    const QByteArray frame = EventStreamDecoder::encode(m);
    EventStreamMessage back;
    QString error;
    QCOMPARE(EventStreamDecoder::decodeOne(frame, back, &error),
             EventStreamDecoder::Status::Message);
    QCOMPARE(back.headers.size(), m.headers.size());
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        QCOMPARE(back.headers[i].name, m.headers[i].name);
        QCOMPARE(back.headers[i].integer, m.headers[i].integer);
        QCOMPARE(back.headers[i].bytes, m.headers[i].bytes);
        QCOMPARE(back.headers[i].boolean, m.headers[i].boolean);
    }
    QCOMPARE(back.payload, m.payload);
}

void TestEventStream::feedsByteByByte()
{
    QByteArray stream;
    for (int i = 0; i < 50; ++i) {
        stream += EventStreamDecoder::encode(
            bedrockEvent("contentBlockDelta", R"({"contentBlockIndex":0,"delta":{"text":"w)" +
                                                  QByteArray::number(i) + R"( "},"p":"abc"})"));
    }
    EventStreamDecoder decoder;
    EventStreamMessage m;
    int messages = 0;
    for (char c : stream) {
        decoder.feed(QByteArrayView(&c, 1));
        while (decoder.next(m) == EventStreamDecoder::Status::Message) {
            QCOMPARE(m.stringHeader(":event-type"), QByteArray("contentBlockDelta"));
            ++messages;
        }
    }
    QCOMPARE(messages, 50);
    QVERIFY(!decoder.failed());
    QCOMPARE(decoder.pendingBytes(), 0);
}

void TestEventStream::truncatedFrameWaits()
{
    const QByteArray frame =
        EventStreamDecoder::encode(bedrockEvent("messageStop", R"({"stopReason":"end_turn"})"));
    for (qsizetype cut = 0; cut < frame.size(); ++cut) {
        EventStreamDecoder decoder;
        decoder.feed(QByteArrayView(frame).first(cut));
        EventStreamMessage m;
        QCOMPARE(decoder.next(m), EventStreamDecoder::Status::NeedMoreData);
        QCOMPARE(decoder.pendingBytes(), cut); // a cut-off stream is detectable by its leftovers
    }
}

void TestEventStream::corruptedCrcFails()
{
    QByteArray frame =
        EventStreamDecoder::encode(bedrockEvent("contentBlockDelta", R"({"delta":{"text":"hi"}})"));
    frame[frame.size() - 1] = static_cast<char>(frame[frame.size() - 1] ^ 0x01);
    EventStreamDecoder decoder;
    decoder.feed(frame);
    EventStreamMessage m;
    QCOMPARE(decoder.next(m), EventStreamDecoder::Status::Error);
    QCOMPARE(decoder.error(), QStringLiteral("Message checksum mismatch"));
}

void TestEventStream::oversizedFrameRefusedBeforeAllocation()
{
    // A prelude claiming 2 GiB, with a valid prelude CRC: refused at once, nothing buffered.
    QByteArray hostile(12, '\0');
    qToBigEndian<quint32>(0x80000000u, hostile.data());
    qToBigEndian<quint32>(0u, hostile.data() + 4);
    qToBigEndian<quint32>(EventStreamDecoder::crc32(QByteArrayView(hostile).first(8)),
                          hostile.data() + 8);
    EventStreamDecoder decoder(1024);
    decoder.feed(hostile);
    EventStreamMessage out;
    QCOMPARE(decoder.next(out), EventStreamDecoder::Status::Error);
    QCOMPARE(decoder.error(), QStringLiteral("Frame too large"));
    QCOMPARE(decoder.pendingBytes(), 0);
}

void TestEventStream::hostileHeaderLengths()
{
    // A string header whose length runs past the headers section, with both CRCs valid.
    EventStreamMessage m;
    m.headers = {EventStreamHeader::string("k", "value")};
    QByteArray frame = EventStreamDecoder::encode(m);
    frame[12 + 3] = '\x7f'; // [len]'k'[type][len hi][len lo]
    qToBigEndian<quint32>(EventStreamDecoder::crc32(QByteArrayView(frame).first(frame.size() - 4)),
                          frame.data() + frame.size() - 4);
    EventStreamMessage tmp;
    QString error;
    QCOMPARE(EventStreamDecoder::decodeOne(frame, tmp, &error), EventStreamDecoder::Status::Error);
    QCOMPARE(error, QStringLiteral("Malformed header"));
}

void TestEventStream::randomGarbageNeverCrashes()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(static_cast<qsizetype>(rng.bounded(200)), '\0');
        for (char &c : bytes) {
            c = static_cast<char>(rng.bounded(256));
        }
        EventStreamDecoder decoder(4096);
        decoder.feed(bytes);
        EventStreamMessage m;
        int guard = 0;
        while (decoder.next(m) == EventStreamDecoder::Status::Message && ++guard < 100) {
        }
        QVERIFY(guard < 100);
    }
}

QTEST_GUILESS_MAIN(TestEventStream)
#include "test_event_stream.moc"

// Server-sent events as Anthropic and OpenAI-compatible servers send them, fed in every split,
// plus the awkward parts of the format: CR/CRLF/LF line ends, comments, multi-line data,
// unknown fields, oversize lines and events.
#include "providers/wire/sse_parser.h"

#include <QTest>

using namespace promptdesk;

namespace {

QList<SseEvent> parseAll(const QByteArray &bytes, qsizetype step)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        parser.feed(QByteArrayView(bytes).sliced(i, qMin(step, bytes.size() - i)));
        SseEvent e;
        while (parser.next(e)) {
            events.append(e);
        }
    }
    return events;
}

const QByteArray kAnthropic =
    "event: message_start\n"
    "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\"}}\n\n"
    "event: ping\ndata: {\"type\": \"ping\"}\n\n"
    "event: content_block_delta\n"
    "data: "
    "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
    "\"Hi\"}}\n\n"
    "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

} // namespace

class TestSseParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anthropicStreamInEverySplit_data();
    void anthropicStreamInEverySplit();
    void openAiStreamHasNoEventNames();
    void lineEndings_data();
    void lineEndings();
    void crlfSplitAcrossFeeds();
    void commentsAndUnknownFieldsIgnored();
    void multiLineDataJoined();
    void unfinishedEventIsPending();
    void oversizeLineFails();
    void oversizeEventFails();
};

void TestSseParser::anthropicStreamInEverySplit_data()
{
    QTest::addColumn<int>("step");
    for (int step : {1, 2, 3, 7, 64, 4096}) {
        QTest::newRow(qPrintable(QString::number(step))) << step;
    }
}

void TestSseParser::anthropicStreamInEverySplit()
{
    QFETCH(int, step);
    const QList<SseEvent> events = parseAll(kAnthropic, step);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].event, QByteArray("message_start"));
    QCOMPARE(events[1].event, QByteArray("ping"));
    QCOMPARE(events[2].event, QByteArray("content_block_delta"));
    QVERIFY(events[2].data.contains("\"text\":\"Hi\""));
    QCOMPARE(events[3].data, QByteArray("{\"type\":\"message_stop\"}"));
}

void TestSseParser::openAiStreamHasNoEventNames()
{
    const QByteArray bytes = "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
                             ": keep-alive\n\n"
                             "data: [DONE]\n\n";
    const QList<SseEvent> events = parseAll(bytes, 5);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].event, QByteArray("message"));
    QCOMPARE(events[1].data, QByteArray("[DONE]"));
}

void TestSseParser::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("event: a\ndata: 1\n\n");
    QTest::newRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\n");
    QTest::newRow("cr") << QByteArray("event: a\rdata: 1\r\r");
}

void TestSseParser::lineEndings()
{
    QFETCH(QByteArray, bytes);
    for (qsizetype step = 1; step <= bytes.size(); ++step) {
        const QList<SseEvent> events = parseAll(bytes, step);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].event, QByteArray("a"));
        QCOMPARE(events[0].data, QByteArray("1"));
    }
}

void TestSseParser::crlfSplitAcrossFeeds()
{
    SseParser parser;
    parser.feed("data: x\r");
    parser.feed("\n\r");
    parser.feed("\n");
    SseEvent e;
    QVERIFY(parser.next(e));
    QCOMPARE(e.data, QByteArray("x"));
    QVERIFY(!parser.next(e));
}

void TestSseParser::commentsAndUnknownFieldsIgnored()
{
    const QList<SseEvent> events =
        parseAll(":comment\nretry: 10\nfoo: bar\nid: 7\ndata:no-space\n\n", 1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QByteArray("no-space"));
    QCOMPARE(events[0].id, QByteArray("7"));
}

void TestSseParser::multiLineDataJoined()
{
    const QList<SseEvent> events = parseAll("data: a\ndata: b\ndata\n\n", 3);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QByteArray("a\nb\n"));
}

void TestSseParser::unfinishedEventIsPending()
{
    SseParser parser;
    parser.feed("data: {\"partial\":");
    SseEvent e;
    QVERIFY(!parser.next(e));
    QVERIFY(parser.pendingBytes() > 0);
    QVERIFY(!parser.failed());
}

void TestSseParser::oversizeLineFails()
{
    SseParser parser(1024);
    parser.feed(QByteArray(2048, 'x'));
    QVERIFY(parser.failed());
    QCOMPARE(parser.error(), QStringLiteral("Line too long"));
}

void TestSseParser::oversizeEventFails()
{
    SseParser parser(1024);
    for (int i = 0; i < 40; ++i) {
        parser.feed(QByteArray("data: " + QByteArray(60, 'y') + "\n"));
    }
    QVERIFY(parser.failed());
    QCOMPARE(parser.error(), QStringLiteral("Event too large"));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "test_sse_parser.moc"

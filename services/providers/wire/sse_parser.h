#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace promptdesk {

struct SseEvent {
    QByteArray event; // "message" when the stream names none (OpenAI)
    QByteArray data;  // data lines joined with '\n'
    QByteArray id;
};

// Server-sent events (text/event-stream, WHATWG HTML §9.2), parsed incrementally: feed()
// any slice of bytes, then take complete events with next(). Lines end in LF, CRLF or CR (also
// when split across slices); comment lines (":...") and unknown fields are ignored; a line or
// an event larger than the cap is an error, so a hostile server cannot grow memory without
// bound. Hand-written (about 100 lines): Qt has no SSE parser and none is packaged in Debian.
class SseParser final {
public:
    static constexpr qsizetype kDefaultMaxEventBytes = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    void feed(QByteArrayView bytes);
    // True and fills `out` when a complete event is available.
    bool next(SseEvent &out);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes of an unfinished line or event (a cut-off stream leaves some).
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }

private:
    void processLine(QByteArrayView line);
    void dispatch();

    QByteArray m_line; // an incomplete line carried over between feeds
    QByteArray m_event;
    QByteArray m_data;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous slice ended in CR: a leading LF belongs to it
    QList<SseEvent> m_ready;
    qsizetype m_readyPos = 0;
    qsizetype m_maxEventBytes;
    QString m_error;
};

} // namespace promptdesk

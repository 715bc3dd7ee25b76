#include "providers/wire/sse_parser.h"

#include <cstring>

namespace promptdesk {

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{
}

void SseParser::feed(QByteArrayView bytes)
{
    if (failed()) {
        return;
    }
    if (m_readyPos > 0 && m_readyPos >= m_ready.size()) {
        m_ready.clear();
        m_readyPos = 0;
    }
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    if (m_skipLf && p < end) {
        if (*p == '\n') {
            ++p;
        }
        m_skipLf = false;
    }
    while (p < end) {
        const auto remaining = static_cast<size_t>(end - p);
        const char *lf = static_cast<const char *>(std::memchr(p, '\n', remaining));
        const size_t crSpan = lf ? static_cast<size_t>(lf - p) : remaining;
        const char *cr = static_cast<const char *>(std::memchr(p, '\r', crSpan));
        const char *eol = cr ? cr : lf;
        if (!eol) {
            if (m_line.size() + (end - p) > m_maxEventBytes) {
                m_error = QStringLiteral("Line too long");
                return;
            }
            m_line.append(p, end - p);
            return;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p));
        } else {
            m_line.append(p, eol - p);
            processLine(m_line);
            m_line.clear();
        }
        if (failed()) {
            return;
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end) {
                m_skipLf = true;
            } else if (*p == '\n') {
                ++p;
            }
        }
    }
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':') {
        return; // comment / keep-alive
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ') {
        value = value.sliced(1);
    }
    if (field == "data") {
        if (m_data.size() + value.size() > m_maxEventBytes) {
            m_error = QStringLiteral("Event too large");
            return;
        }
        if (m_hasData) {
            m_data.append('\n');
        }
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_id = value.toByteArray();
        }
    }
    // "retry" and unknown fields are ignored.
}

void SseParser::dispatch()
{
    if (m_hasData) {
        SseEvent event;
        event.event = m_event.isEmpty() ? QByteArrayLiteral("message") : m_event;
        event.data = std::move(m_data);
        event.id = m_id;
        m_ready.append(std::move(event));
    }
    m_data.clear();
    m_event.clear();
    m_hasData = false;
}

bool SseParser::next(SseEvent &out)
{
    if (m_readyPos >= m_ready.size()) {
        return false;
    }
    out = std::move(m_ready[m_readyPos]);
    ++m_readyPos;
    return true;
}

} // namespace promptdesk

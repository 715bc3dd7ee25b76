#include "response_writer.h"

#include <QTcpSocket>

namespace promptdesk::emulator {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &h : headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Connection: close\r\n";
    return out;
}

} // namespace

ResponseWriter::ResponseWriter(QTcpSocket *socket, int status,
                               QList<QPair<QByteArray, QByteArray>> headers, QList<Piece> pieces,
                               End end)
    : QObject(socket)
    , m_socket(socket)
    , m_pieces(std::move(pieces))
    , m_end(end)
{
    m_socket->write(head(status, headers) + "Transfer-Encoding: chunked\r\n\r\n");
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ResponseWriter::writeNext);
    // Endless: the last piece is repeated for ever (until the client hangs up).
    m_endlessChunk = m_pieces.isEmpty() ? QByteArray(64 * 1024, 'x') : m_pieces.last().data;
    if (!m_endlessChunk.isEmpty()) {
        const QByteArray unit = m_endlessChunk;
        while (m_endlessChunk.size() < 64 * 1024) {
            m_endlessChunk += unit;
        }
    }
    m_timer.start(m_pieces.isEmpty() ? 0 : m_pieces.first().delayMs);
}

void ResponseWriter::writeWhole(QTcpSocket *socket, int status,
                                QList<QPair<QByteArray, QByteArray>> headers,
                                const QByteArray &body)
{
    socket->write(head(status, headers) + "Content-Length: " + QByteArray::number(body.size()) +
                  "\r\n\r\n" + body);
    socket->flush();
    socket->disconnectFromHost();
}

void ResponseWriter::writeChunk(const QByteArray &data)
{
    if (data.isEmpty()) {
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void ResponseWriter::writeNext()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (m_next < m_pieces.size()) {
        writeChunk(m_pieces[m_next].data);
        ++m_next;
        m_socket->flush();
        if (m_next < m_pieces.size()) {
            m_timer.start(m_pieces[m_next].delayMs);
            return;
        }
    }
    switch (m_end) {
    case End::Finish:
        m_socket->write("0\r\n\r\n");
        m_socket->flush();
        m_socket->disconnectFromHost();
        deleteLater();
        return;
    case End::Drop:
        m_socket->flush();
        m_socket->abort();
        deleteLater();
        return;
    case End::Stall:
        return; // keep the connection open, send nothing more
    case End::Endless:
        if (m_socket->bytesToWrite() < 1024 * 1024) {
            writeChunk(m_endlessChunk);
        }
        m_timer.start(m_socket->bytesToWrite() < 1024 * 1024 ? 0 : 1);
        return;
    }
}

} // namespace promptdesk::emulator

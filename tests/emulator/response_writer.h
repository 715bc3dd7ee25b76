#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace promptdesk::emulator {

// Writes one HTTP/1.1 response straight to the socket, body in chunked encoding, piece by
// piece with delays, then ends it cleanly, drops the connection or stalls. Deletes itself.
class ResponseWriter final : public QObject {
    Q_OBJECT
public:
    enum class End { Finish, Drop, Stall, Endless };
    struct Piece {
        QByteArray data;
        int delayMs = 0;
    };

    ResponseWriter(QTcpSocket *socket, int status, QList<QPair<QByteArray, QByteArray>> headers,
                   QList<Piece> pieces, End end);

    // A complete response with Content-Length (errors, non-streamed answers).
    static void writeWhole(QTcpSocket *socket, int status,
                           QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body);

private:
    void writeNext();
    void writeChunk(const QByteArray &data);

    QPointer<QTcpSocket> m_socket;
    QList<Piece> m_pieces;
    qsizetype m_next = 0;
    End m_end;
    QTimer m_timer;
    QByteArray m_endlessChunk;
};

} // namespace promptdesk::emulator

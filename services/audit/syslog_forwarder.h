#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslError;
class QTcpSocket;

namespace promptdesk {

class SqliteAuditLog;

// Where audit events go: a syslog collector (SIEM) in settings or policy.
struct SyslogCollector {
    QString host;
    quint16 port = 0;
    bool tls = true;
    QString caFile; // PEM with the CA that signed the collector's certificate; empty: system CAs
    QString verifyName; // expected name in the certificate; empty: host
    bool isValid() const { return !host.isEmpty() && port != 0; }
    QString id() const; // "tls://host:port", the key of the outbox position
    // "tls://host:port" or "tcp://host:port"; invalid collector on anything else.
    static SyslogCollector fromUrl(const QString &url);
};

// Forwards the audit log to a collector as RFC 5424 messages, octet-counted (RFC 5425 over
// TLS, RFC 6587 over TCP). The log itself is the outbox: the forwarder remembers, per
// collector, the last sequence number the connection acknowledged and resends everything
// after it, so events written while the collector is down are delivered when it is back.
//
// Plain syslog has no application-level acknowledgement. A message counts as acknowledged
// once its bytes have left the socket and the connection then stayed up for settleMs; when
// the connection fails earlier, everything unacknowledged is sent again on the next
// connection (at-least-once: a collector may see an event twice, with the same event_id).
class SyslogForwarder final : public QObject {
    Q_OBJECT
public:
    SyslogForwarder(SqliteAuditLog *log, SyslogCollector collector, QObject *parent = nullptr);
    ~SyslogForwarder() override;
    Q_DISABLE_COPY_MOVE(SyslogForwarder)

    void start(); // connect and keep forwarding (polls the log, retries with backoff)
    void poke();  // new events were appended: send them soon
    qint64 acknowledgedSequence() const { return m_acked; }
    bool isConnected() const;
    QString lastError() const { return m_lastError; }

    // Test seams.
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void setSettleMs(int ms) { m_settleMs = ms; }
    void setRetryMs(int minMs, int maxMs)
    {
        m_retryMinMs = minMs;
        m_retryMaxMs = maxMs;
    }

Q_SIGNALS:
    void acknowledged(qint64 sequence);
    void connectionChanged(bool connected);

private:
    void connectNow();
    void onConnected();
    void onFailure(const QString &why);
    void sendPending();
    void onBytesWritten();
    void settle();
    void scheduleReconnect();
    void saveAcked();

    SqliteAuditLog *m_log;
    SyslogCollector m_collector;
    QPointer<QTcpSocket> m_socket;
    bool m_ready = false;
    QTimer m_poll;
    QTimer m_retry;
    QTimer m_settle;
    int m_settleMs = 500;
    int m_retryMinMs = 250;
    int m_retryMaxMs = 30'000;
    int m_retryDelay = 0;
    qint64 m_acked = 0;   // acknowledged by the connection, persisted
    qint64 m_sent = 0;    // written to the current connection
    qint64 m_flushed = 0; // left the socket
    qint64 m_checkpointsSent = 0;
    QString m_lastError;
};

} // namespace promptdesk

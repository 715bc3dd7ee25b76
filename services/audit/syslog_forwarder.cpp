#include "audit/syslog_forwarder.h"

#include "audit/sqlite_audit_log.h"
#include "audit/syslog_message.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QUrl>

namespace promptdesk {

namespace {
constexpr int kBatch = 500;
constexpr qint64 kHighWater = 256 * 1024;
} // namespace

QString SyslogCollector::id() const
{
    return (tls ? QStringLiteral("tls://") : QStringLiteral("tcp://")) + host + QLatin1Char(':') +
           QString::number(port);
}

SyslogCollector SyslogCollector::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    SyslogCollector c;
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.port() <= 0 ||
        (parsed.scheme() != QStringLiteral("tls") && parsed.scheme() != QStringLiteral("tcp"))) {
        return c;
    }
    c.host = parsed.host();
    c.port = static_cast<quint16>(parsed.port());
    c.tls = parsed.scheme() == QStringLiteral("tls");
    return c;
}

SyslogForwarder::SyslogForwarder(SqliteAuditLog *log, SyslogCollector collector, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_collector(std::move(collector))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_ready) {
            sendPending();
        } else if (!m_socket && !m_retry.isActive()) {
            connectNow();
        }
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyslogForwarder::connectNow);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &SyslogForwarder::settle);
}

SyslogForwarder::~SyslogForwarder()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SyslogForwarder::isConnected() const
{
    return m_ready;
}

void SyslogForwarder::start()
{
    Result<qint64> acked = m_log->forwardedUpTo(m_collector.id());
    m_acked = acked ? acked.value() : 0;
    m_sent = m_flushed = m_acked;
    m_poll.start();
    connectNow();
}

void SyslogForwarder::poke()
{
    if (m_ready) {
        QTimer::singleShot(0, this, &SyslogForwarder::sendPending);
    }
}

void SyslogForwarder::connectNow()
{
    if (m_socket) {
        return;
    }
    m_ready = false;
    if (m_collector.tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_collector.caFile.isEmpty()) {
            conf.setCaCertificates(QSslCertificate::fromPath(m_collector.caFile));
        }
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::encrypted, this, &SyslogForwarder::onConnected);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &SyslogForwarder::onBytesWritten);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            onFailure(errors.isEmpty() ? QStringLiteral("TLS error")
                                       : errors.first().errorString());
        });
        m_socket = ssl;
        connect(ssl, &QAbstractSocket::errorOccurred, this,
                [this, ssl](QAbstractSocket::SocketError) { onFailure(ssl->errorString()); });
        connect(ssl, &QAbstractSocket::disconnected, this,
                [this] { onFailure(QStringLiteral("the collector closed the connection")); });
        ssl->connectToHostEncrypted(m_collector.host, m_collector.port,
                                    m_collector.verifyName.isEmpty() ? m_collector.host
                                                                     : m_collector.verifyName);
    } else {
        auto *tcp = new QTcpSocket(this);
        connect(tcp, &QTcpSocket::connected, this, &SyslogForwarder::onConnected);
        connect(tcp, &QTcpSocket::bytesWritten, this, &SyslogForwarder::onBytesWritten);
        m_socket = tcp;
        connect(tcp, &QAbstractSocket::errorOccurred, this,
                [this, tcp](QAbstractSocket::SocketError) { onFailure(tcp->errorString()); });
        connect(tcp, &QAbstractSocket::disconnected, this,
                [this] { onFailure(QStringLiteral("the collector closed the connection")); });
        tcp->connectToHost(m_collector.host, m_collector.port);
    }
}

void SyslogForwarder::onConnected()
{
    m_ready = true;
    m_retryDelay = 0;
    m_sent = m_flushed = m_acked;
    m_checkpointsSent = 0;
    m_lastError.clear();
    qCInfo(lcAudit) << "forwarding to" << m_collector.id() << "from event" << m_acked + 1;
    Q_EMIT connectionChanged(true);
    sendPending();
}

void SyslogForwarder::onFailure(const QString &why)
{
    if (!m_socket) {
        return;
    }
    const bool wasReady = m_ready;
    m_lastError = why;
    m_ready = false;
    m_settle.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    // Whatever was not acknowledged goes again on the next connection.
    m_sent = m_flushed = m_acked;
    qCInfo(lcAudit) << "collector" << m_collector.id() << "unavailable:" << why;
    if (wasReady) {
        Q_EMIT connectionChanged(false);
    }
    scheduleReconnect();
}

void SyslogForwarder::scheduleReconnect()
{
    m_retryDelay = m_retryDelay == 0 ? m_retryMinMs : std::min(m_retryDelay * 2, m_retryMaxMs);
    m_retry.start(m_retryDelay);
}

void SyslogForwarder::sendPending()
{
    if (!m_ready || !m_socket || m_socket->bytesToWrite() > kHighWater) {
        return;
    }
    AuditQuery query;
    query.afterSequence = m_sent;
    query.limit = kBatch;
    Result<QList<StoredAuditEvent>> events = m_log->events(query);
    if (!events || events->isEmpty()) {
        return;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    QByteArray out;
    for (const StoredAuditEvent &e : events.value()) {
        out += octetCountedFrame(auditSyslogMessage(e, pid));
    }
    m_sent = events->last().sequence;
    if (Result<QList<AuditCheckpoint>> cps = m_log->checkpoints(); cps) {
        const QString device = QSysInfo::machineHostName();
        for (const AuditCheckpoint &cp : cps.value()) {
            if (cp.number > m_checkpointsSent && cp.sequence <= m_sent) {
                out += octetCountedFrame(checkpointSyslogMessage(cp, device, pid));
                m_checkpointsSent = cp.number;
            }
        }
    }
    m_socket->write(out);
    if (events->size() == kBatch) {
        QTimer::singleShot(0, this, &SyslogForwarder::sendPending);
    }
}

void SyslogForwarder::onBytesWritten()
{
    if (!m_socket) {
        return;
    }
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
    const qint64 pending = m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    if (pending == 0) {
        m_flushed = m_sent;
        if (!m_settle.isActive()) {
            m_settle.start(m_settleMs);
        }
    }
}

void SyslogForwarder::settle()
{
    // Everything flushed before the timer started survived settleMs on a live connection.
    if (!m_ready || m_flushed <= m_acked) {
        return;
    }
    m_acked = m_flushed;
    saveAcked();
    Q_EMIT acknowledged(m_acked);
    if (m_sent > m_flushed) {
        m_settle.start(m_settleMs);
    }
}

void SyslogForwarder::saveAcked()
{
    if (Result<void> saved = m_log->setForwardedUpTo(m_collector.id(), m_acked); !saved) {
        qCWarning(lcAudit) << "cannot record the forwarding position:" << saved.error().message;
    }
}

} // namespace promptdesk

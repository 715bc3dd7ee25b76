// Forwards audit events to a real rsyslogd started by the test on loopback: TLS (gtls, with a
// CA and server certificate generated here by openssl) and plain TCP, and a collector restart
// with nothing lost. Skips with the reason when rsyslogd, its GnuTLS driver or openssl is
// missing.
#include "audit/audit_chain.h"
#include "audit/sqlite_audit_log.h"
#include "audit/syslog_forwarder.h"
#include "audit/syslog_message.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;

namespace {

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                           QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

AuditEvent sampleEvent(int i)
{
    AuditEvent e;
    e.action = i % 2 ? QStringLiteral("response") : QStringLiteral("request");
    e.jobId = QStringLiteral("job-%1").arg(i / 2);
    e.user = QStringLiteral("tester");
    e.device = QStringLiteral("host-1");
    e.appVersion = QStringLiteral("0.1.0");
    e.providerId = QStringLiteral("offline");
    e.modelRequested = QStringLiteral("offline-basic");
    e.policyRule = QStringLiteral("rule \"quoted\" ] \\ end"); // needs SD escaping
    e.redactionCounts = {{QStringLiteral("EMAIL"), 2}, {QStringLiteral("PHONE"), 1}};
    e.tokensIn = 100 + i;
    e.status = QStringLiteral("ok");
    return e;
}

} // namespace

class TestSyslogForwarding final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tlsForwardingDeliversRfc5424WithStructuredData();
    void tcpForwardingDeliversEveryEvent();
    void collectorRestartLosesNothing();
    void untrustedCertificateIsRefused();

private:
    bool startCollector(bool tls, quint16 port);
    bool stopCollector(); // true when no collector runs any more
    QSet<qint64> forwardedSequences() const;

    QTemporaryDir m_dir;
    QString m_rsyslogd;
    QString m_skip;
    QString m_tlsSkip;
    std::unique_ptr<QProcess> m_collector;
    QString m_rawFile;
    QString m_parsedFile;
    int m_runs = 0;
};

void TestSyslogForwarding::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rsyslogd = findTool(QStringLiteral("rsyslogd"));
    if (m_rsyslogd.isEmpty()) {
        m_skip = QStringLiteral("rsyslogd is not installed (Debian package rsyslog)");
        return;
    }
    const QString openssl = findTool(QStringLiteral("openssl"));
    const bool gtls =
        (QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so")) ||
         QFile::exists(QStringLiteral("/usr/lib/aarch64-linux-gnu/rsyslog/lmnsd_gtls.so")) ||
         QFile::exists(QStringLiteral("/usr/lib/rsyslog/lmnsd_gtls.so")));
    if (openssl.isEmpty()) {
        m_tlsSkip = QStringLiteral("openssl is not installed, so no test certificate can be made");
        return;
    }
    if (!gtls) {
        m_tlsSkip =
            QStringLiteral("rsyslog's GnuTLS driver is missing (Debian package rsyslog-gnutls)");
        return;
    }
    // A throw-away CA and a server certificate for 127.0.0.1 / localhost.
    const QString dir = m_dir.path();
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Promptdesk Test CA")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
        // A second CA nobody trusts, for the refusal test.
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
         QStringLiteral("other.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Other CA")},
    };
    for (const QStringList &args : steps) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(openssl, args);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
}

void TestSyslogForwarding::cleanup()
{
    QVERIFY(stopCollector());
}

bool TestSyslogForwarding::startCollector(bool tls, quint16 port)
{
    const QString dir = m_dir.path();
    const QString work = dir + QStringLiteral("/work-%1").arg(++m_runs);
    QDir().mkpath(work);
    m_rawFile = dir + QStringLiteral("/raw.log");
    m_parsedFile = dir + QStringLiteral("/parsed.log");
    QString conf = QStringLiteral("global(workDirectory=\"%1\"").arg(work);
    if (tls) {
        conf += QStringLiteral(" DefaultNetstreamDriverCAFile=\"%1/ca.pem\" "
                               "DefaultNetstreamDriverCertFile=\"%1/server.pem\" "
                               "DefaultNetstreamDriverKeyFile=\"%1/server.key\"")
                    .arg(dir);
    }
    conf += QStringLiteral(")\n");
    conf += tls ? QStringLiteral(
                      "module(load=\"imtcp\" StreamDriver.Name=\"gtls\" StreamDriver.Mode=\"1\" "
                      "StreamDriver.AuthMode=\"anon\")\n")
                : QStringLiteral("module(load=\"imtcp\")\n");
    conf += QStringLiteral("input(type=\"imtcp\" port=\"%1\" address=\"127.0.0.1\")\n").arg(port);
    // raw: the message as received (what the compliance viewer opens); parsed: what rsyslog
    // understood of it, which proves it read RFC 5424 with structured data.
    conf += QStringLiteral(
        "template(name=\"raw\" type=\"string\" string=\"%rawmsg%\\n\")\n"
        "template(name=\"parsed\" type=\"string\" "
        "string=\"v=%protocol-version% app=%app-name% msgid=%msgid% sd=%structured-data%\\n\")\n");
    conf += QStringLiteral("action(type=\"omfile\" file=\"%1\" template=\"raw\")\n").arg(m_rawFile);
    conf += QStringLiteral("action(type=\"omfile\" file=\"%1\" template=\"parsed\")\n")
                .arg(m_parsedFile);
    const QString confPath = work + QStringLiteral("/rsyslog.conf");
    QFile f(confPath);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write(conf.toUtf8());
    f.close();

    m_collector = std::make_unique<QProcess>();
    m_collector->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_collector->start(m_rsyslogd, {QStringLiteral("-n"), QStringLiteral("-f"), confPath,
                                    QStringLiteral("-i"), work + QStringLiteral("/rsyslogd.pid")});
    if (!m_collector->waitForStarted(5000)) {
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        if (m_collector->state() != QProcess::Running) {
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

bool TestSyslogForwarding::stopCollector()
{
    if (m_collector) {
        m_collector->terminate();
        if (!m_collector->waitForFinished(10000)) {
            m_collector->kill();
            m_collector->waitForFinished(2000);
        }
        m_collector.reset();
    }
    return true;
}

QSet<qint64> TestSyslogForwarding::forwardedSequences() const
{
    QFile raw(m_rawFile);
    if (!raw.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSet<qint64> seqs;
    for (const StoredAuditEvent &e : parseForwardedAuditLines(raw.readAll()).events) {
        seqs.insert(e.sequence);
    }
    return seqs;
}

void TestSyslogForwarding::tlsForwardingDeliversRfc5424WithStructuredData()
{
    if (!m_skip.isEmpty()) {
        QSKIP(qPrintable(m_skip));
    }
    if (!m_tlsSkip.isEmpty()) {
        QSKIP(qPrintable(m_tlsSkip));
    }
    const quint16 port = freePort();
    QVERIFY(startCollector(true, port));
    auto log = SqliteAuditLog::open(m_dir.filePath(QStringLiteral("tls.sqlite")),
                                    AuditKeys::generate(), SqliteAuditLogOptions{3});
    QVERIFY(log.ok());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(log.value()->append(sampleEvent(i)).ok());
    }
    SyslogCollector collector =
        SyslogCollector::fromUrl(QStringLiteral("tls://127.0.0.1:%1").arg(port));
    collector.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    SyslogForwarder forwarder(log.value().get(), collector);
    forwarder.setSettleMs(200);
    forwarder.setPollInterval(100);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.acknowledgedSequence(), 5, 15000);
    QVERIFY(forwarder.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(forwardedSequences().size(), 5, 10000);

    QFile parsed(m_parsedFile);
    QVERIFY(parsed.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = parsed.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 5);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.startsWith("v=1 app=promptdesk msgid="), line.constData());
        QVERIFY2(line.contains("sd=[promptdesk@32473 "), line.constData());
    }
    QVERIFY(lines.first().contains("msgid=request"));
    QVERIFY(lines.first().contains("action=\"request\""));

    // The collector's file is itself verifiable: chain and the signed checkpoint at #3.
    QFile raw(m_rawFile);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray rawBytes = raw.readAll();
    QVERIFY(rawBytes.startsWith("<110>1 "));
    const ForwardedAuditRecords records = parseForwardedAuditLines(rawBytes);
    QCOMPARE(records.events.size(), 5);
    QCOMPARE(records.events.at(0).event.policyRule, sampleEvent(0).policyRule);
    QCOMPARE(records.events.at(0).event.redactionCounts, sampleEvent(0).redactionCounts);
    QCOMPARE(records.events.at(2).event.tokensIn, 102);
    QCOMPARE(records.checkpoints.size(), 1);
    AuditChainVerifier verifier({}, {log.value()->publicKey()}, records.checkpoints);
    for (const StoredAuditEvent &e : records.events) {
        verifier.add(e);
    }
    const AuditVerification report = verifier.finish();
    QCOMPARE(report.summary,
             QStringLiteral("5/5 events valid, chain intact, last checkpoint #1 verified "
                            "(MACs not checked: no keychain)"));
}

void TestSyslogForwarding::tcpForwardingDeliversEveryEvent()
{
    if (!m_skip.isEmpty()) {
        QSKIP(qPrintable(m_skip));
    }
    const quint16 port = freePort();
    QVERIFY(startCollector(false, port));
    auto log = SqliteAuditLog::open(m_dir.filePath(QStringLiteral("tcp.sqlite")));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(log.value()->append(sampleEvent(i)).ok());
    }
    SyslogForwarder forwarder(
        log.value().get(),
        SyslogCollector::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port)));
    forwarder.setSettleMs(200);
    forwarder.setPollInterval(100);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.acknowledgedSequence(), 50, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(forwardedSequences().size(), 50, 10000);
    // The position survives a restart of the app: nothing is sent twice needlessly.
    QCOMPARE(log.value()
                 ->forwardedUpTo(
                     SyslogCollector::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port)).id())
                 .value(),
             50);
}

void TestSyslogForwarding::collectorRestartLosesNothing()
{
    if (!m_skip.isEmpty()) {
        QSKIP(qPrintable(m_skip));
    }
    const bool tls = m_tlsSkip.isEmpty();
    const quint16 port = freePort();
    QVERIFY(startCollector(tls, port));
    auto log = SqliteAuditLog::open(m_dir.filePath(QStringLiteral("restart.sqlite")));
    SyslogCollector collector = SyslogCollector::fromUrl(
        (tls ? QStringLiteral("tls://127.0.0.1:%1") : QStringLiteral("tcp://127.0.0.1:%1"))
            .arg(port));
    collector.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    SyslogForwarder forwarder(log.value().get(), collector);
    forwarder.setSettleMs(200);
    forwarder.setPollInterval(100);
    forwarder.setRetryMs(100, 500);
    forwarder.start();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(log.value()->append(sampleEvent(i)).ok());
    }
    forwarder.poke();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.acknowledgedSequence(), 3, 15000);

    QVERIFY(stopCollector());
    QTRY_VERIFY_WITH_TIMEOUT(!forwarder.isConnected(), 10000);
    for (int i = 3; i < 10; ++i) {
        QVERIFY(log.value()->append(sampleEvent(i)).ok());
        forwarder.poke();
        QTest::qWait(50);
    }
    QVERIFY(forwarder.acknowledgedSequence() < 10);

    QVERIFY(startCollector(tls, port));
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.acknowledgedSequence(), 10, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(forwardedSequences().size(), 10, 10000);
    QSet<qint64> expected;
    for (qint64 s = 1; s <= 10; ++s) {
        expected.insert(s);
    }
    QCOMPARE(forwardedSequences(), expected);
}

void TestSyslogForwarding::untrustedCertificateIsRefused()
{
    if (!m_skip.isEmpty()) {
        QSKIP(qPrintable(m_skip));
    }
    if (!m_tlsSkip.isEmpty()) {
        QSKIP(qPrintable(m_tlsSkip));
    }
    const quint16 port = freePort();
    QVERIFY(startCollector(true, port));
    auto log = SqliteAuditLog::open(m_dir.filePath(QStringLiteral("untrusted.sqlite")));
    QVERIFY(log.value()->append(sampleEvent(0)).ok());
    SyslogCollector collector =
        SyslogCollector::fromUrl(QStringLiteral("tls://127.0.0.1:%1").arg(port));
    collector.caFile = m_dir.filePath(QStringLiteral("other.pem"));
    SyslogForwarder forwarder(log.value().get(), collector);
    forwarder.setRetryMs(5000, 5000);
    forwarder.start();
    QTRY_VERIFY_WITH_TIMEOUT(!forwarder.lastError().isEmpty(), 10000);
    QVERIFY(!forwarder.isConnected());
    QCOMPARE(forwarder.acknowledgedSequence(), 0);
}

QTEST_GUILESS_MAIN(TestSyslogForwarding)
#include "test_syslog_forwarding.moc"

#pragma once

#include "emulator_scenario.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace promptdesk::emulator {

// What the emulator saw, for tests (never the body text).
struct RequestRecord {
    QString protocol; // "bedrock", "anthropic", "openai", "azure-openai", "sso"
    QString path;
    bool authOk = false;
    bool streamed = false;
    QString fault;
    QString model;
    QByteArray proxyVia; // the Via header a proxy added, if any
};

// promptdesk-emulator's engine: a loopback HTTP(S) server that speaks Bedrock Converse /
// ConverseStream (AWS event-stream frames with real CRCs, SigV4 or bearer checked), Anthropic
// Messages SSE and OpenAI / Azure OpenAI chat-completions SSE, answers failures in each
// provider's own error format, and injects the faults of its scenario. Deterministic.
class EmulatorServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit EmulatorServer(Scenario scenario = {}, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Listens on 127.0.0.1 only; returns the port (0 on failure).
    quint16 listenLoopback(quint16 port = 0);
    void setScenario(const Scenario &scenario);
    QList<RequestRecord> records() const { return m_records; }
    int modelRequests() const { return int(m_records.size()); }
    // One line per model request on stderr ("request anthropic auth=ok fault=none"), for tests
    // that run the emulator as a separate process. Metadata only.
    void setLogRequests(bool on) { m_logRequests = on; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Step nextStep();
    bool checkSigV4(const QHttpServerRequest &request, QString *why) const;

    Scenario m_scenario;
    qsizetype m_nextStep = 0;
    int m_requestCounter = 0;
    QList<RequestRecord> m_records;
    bool m_logRequests = false;

    void record(const RequestRecord &r);
};

} // namespace promptdesk::emulator

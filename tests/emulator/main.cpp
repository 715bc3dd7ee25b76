// promptdesk-emulator: a loopback server speaking Bedrock, Anthropic and OpenAI-compatible
// wire protocols, for tests and for trying Promptdesk without a real provider.
//   promptdesk-emulator [--port N] [--scenario FILE] [--tls-cert PEM --tls-key PEM]
// Prints "listening on http(s)://127.0.0.1:PORT" on stdout once ready.
#include "emulator_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

using namespace promptdesk::emulator;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promptdesk-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback emulator of LLM provider protocols"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (0: any free port)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("Serve HTTPS with this PEM certificate."),
                                  QStringLiteral("PEM"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 QStringLiteral("Private key (PEM) for --tls-cert."),
                                 QStringLiteral("PEM"));
    parser.addOptions({port, scenario, cert, key});
    parser.process(app);

    Scenario s;
    if (parser.isSet(scenario)) {
        QFile file(parser.value(scenario));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "promptdesk-emulator: cannot read the scenario file\n");
            return 2;
        }
        QString error;
        s = Scenario::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "promptdesk-emulator: %s\n", qPrintable(error));
            return 2;
        }
    }
    EmulatorServer server(s);
    server.setLogRequests(true);
    bool tls = false;
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "promptdesk-emulator: cannot read the TLS certificate or key\n");
            return 2;
        }
        server.sslSetup(QSslCertificate(certFile.readAll(), QSsl::Pem),
                        QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        tls = true;
    }
    const quint16 bound = server.listenLoopback(static_cast<quint16>(parser.value(port).toUInt()));
    if (bound == 0) {
        std::fprintf(stderr, "promptdesk-emulator: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("listening on %s://127.0.0.1:%u\n", tls ? "https" : "http", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}

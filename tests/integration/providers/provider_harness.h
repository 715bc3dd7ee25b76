#pragma once

// Shared by the provider integration tests: an in-process emulator on loopback, entries that
// point at it, and a helper that runs one request to the end.
#include "emulator_server.h"
#include "providers/remote/remote_provider.h"
#include "secrets/memory_secret_store.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace promptdesk::testing {

struct RunResult {
    QString text;
    QStringList notices;
    ProviderResponse response;
    bool finished = false;
    qint64 elapsedMs = 0;
};

inline ProviderRequest sampleRequest()
{
    ProviderRequest request;
    request.system = QStringLiteral("You are a summariser.");
    request.messages = {ChatMessage{
        QStringLiteral("user"),
        QStringLiteral("Summarise: the meeting moved to Tuesday. [EMAIL_1] will send notes.")}};
    request.params.maxTokens = 256;
    return request;
}

inline ProviderEntry emulatorEntry(WireProtocol protocol, quint16 port)
{
    ProviderEntry e;
    e.protocol = protocol;
    e.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    e.credentials = CredentialSource::Keychain;
    switch (protocol) {
    case WireProtocol::Bedrock:
        e.id = QStringLiteral("emu-bedrock");
        e.displayName = QStringLiteral("Bedrock (emulator)");
        e.region = QStringLiteral("eu-central-1");
        e.defaultModel = QStringLiteral("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
        break;
    case WireProtocol::Anthropic:
        e.id = QStringLiteral("emu-anthropic");
        e.displayName = QStringLiteral("Anthropic (emulator)");
        e.defaultModel = QStringLiteral("claude-haiku-4-5-20251001");
        break;
    case WireProtocol::OpenAi:
        e.id = QStringLiteral("emu-openai");
        e.displayName = QStringLiteral("Local server (emulator)");
        e.baseUrl += QStringLiteral("/v1");
        e.defaultModel = QStringLiteral("llama-3.1-8b-instruct");
        break;
    case WireProtocol::AzureOpenAi:
        e.id = QStringLiteral("emu-azure");
        e.displayName = QStringLiteral("Azure OpenAI (emulator)");
        e.azureApiVersion = QStringLiteral("2024-10-21");
        e.defaultModel = QStringLiteral("gpt-4o-mini-deployment");
        break;
    }
    e.models = {ModelInfo{e.defaultModel, {}, 0, -1, -1}};
    // Fast tests: short waits, quick retries.
    e.timeouts.connectMs = 3000;
    e.timeouts.firstTokenMs = 3000;
    e.timeouts.idleMs = 3000;
    e.timeouts.totalMs = 20000;
    e.retries.maxAttempts = 3;
    e.retries.baseDelayMs = 50;
    e.retries.maxDelayMs = 2000;
    return e;
}

inline void storeEmulatorKeys(MemorySecretStore &secrets, const ProviderEntry &entry,
                              const emulator::Scenario &scenario = {})
{
    if (entry.protocol == WireProtocol::Bedrock) {
        QVERIFY(
            secrets.write(entry.secretKey(QStringLiteral("access-key-id")), scenario.awsAccessKeyId)
                .ok());
        QVERIFY(secrets
                    .write(entry.secretKey(QStringLiteral("secret-access-key")),
                           scenario.awsSecretAccessKey)
                    .ok());
        QVERIFY(
            secrets.write(entry.secretKey(QStringLiteral("api-key")), scenario.bedrockApiKey).ok());
    } else {
        QVERIFY(secrets.write(entry.secretKey(QStringLiteral("api-key")), scenario.apiKey).ok());
    }
}

// Runs one request; cancelAfterChars >= 0 cancels once that much text has arrived.
inline RunResult runOnce(Provider &provider, const ProviderRequest &request, int timeoutMs = 15000,
                         int cancelAfterChars = -1)
{
    RunResult result;
    QObject owner;
    QElapsedTimer clock;
    clock.start();
    ProviderStream *stream = provider.start(request, &owner);
    QObject::connect(stream, &ProviderStream::textDelta, &owner, [&](const QString &text) {
        result.text += text;
        if (cancelAfterChars >= 0 && result.text.size() >= cancelAfterChars) {
            stream->cancel();
        }
    });
    QObject::connect(stream, &ProviderStream::notice, &owner,
                     [&](const QString &message) { result.notices.append(message); });
    QObject::connect(stream, &ProviderStream::finished, &owner,
                     [&](const ProviderResponse &response) {
                         result.response = response;
                         result.finished = true;
                     });
    (void)QTest::qWaitFor([&result] { return result.finished; }, timeoutMs);
    result.elapsedMs = clock.elapsed();
    return result;
}

// One request of sampleRequest() to `entry` with the emulator's keys (of `scenario`) stored.
inline RunResult runWithEmulatorKeys(const ProviderEntry &entry,
                                     const emulator::Scenario &scenario = {})
{
    MemorySecretStore secrets;
    storeEmulatorKeys(secrets, entry, scenario);
    RemoteProvider provider(entry, &secrets);
    return runOnce(provider, sampleRequest());
}

} // namespace promptdesk::testing

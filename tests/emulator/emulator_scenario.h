#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace promptdesk::emulator {

// What the emulator does with one model request.
enum class Fault {
    None,           // a normal streamed (or non-streamed) answer
    RateLimit,      // 429 in the protocol's format, with Retry-After (not for Bedrock)
    ServerError,    // 500
    Overloaded,     // Anthropic 529 overloaded_error, Bedrock 503, OpenAI 503
    AuthError,      // 401/403 as the provider says it
    SlowFirstToken, // waits delayMs before the first text
    Stall,          // sends afterChunks chunks, then nothing, connection left open
    Disconnect,     // sends afterChunks chunks, then drops the connection mid-body
    MalformedJson,  // a stream event whose JSON is broken, after afterChunks chunks
    TruncatedFrame, // half an event (frame / SSE event), then a clean end of body
    BadCrc,         // Bedrock: a frame with a wrong message CRC
    StreamError,    // a modelled error inside the 200 stream (overloaded / throttling)
    HtmlPage,       // a proxy's HTML error page (502, text/html)
    Huge,           // an endless stream of text (for the response-size cap)
};

Fault faultFromName(const QString &name, bool *ok = nullptr);
QString faultName(Fault fault);

struct Step {
    Fault fault = Fault::None;
    int retryAfterSeconds = 1;
    int delayMs = 0;     // SlowFirstToken / Stall duration cap
    int afterChunks = 2; // Stall / Disconnect / MalformedJson
    QString text;        // this request's answer instead of the scenario's text (scripted mode)
};

// A scenario file (JSON):
// {"text": "...", "chunkDelayMs": 0, "apiKey": "...", "awsAccessKeyId": "...",
//  "awsSecretAccessKey": "...", "bedrockApiKey": "...",
//  "steps": [{"fault": "rate-limit", "retryAfter": 1}, {"fault": "none"},
//            {"text": "this request's own answer"}]}
// Steps are used one per model request, in order; after the last one every request gets a
// normal answer. The output is deterministic so tests can assert on it.
struct Scenario {
    QString text = QStringLiteral(
        "The emulator read your text. It answers in short chunks so that streaming can be "
        "seen, and it always says the same thing.");
    int chunkDelayMs = 0;
    QByteArray apiKey = "sk-emulator-example-key";
    QByteArray awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    QByteArray awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    QByteArray bedrockApiKey = "bedrock-api-key-example";
    QList<Step> steps;

    static Scenario fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace promptdesk::emulator

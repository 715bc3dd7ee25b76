// Throughput of the provider wire formats on one core: AWS event-stream decoding and SSE parsing
// in MB/s (raw framing, and through the Bedrock/Anthropic codecs with their JSON), and SigV4
// signatures per second. Each figure is printed next to a reference pass over the same bytes in
// the same process (QByteArray::count of a byte: a memory-bound scan), so noisy shared machines
// still give a meaningful ratio. Prints figures; exits 1 only if a parse fails.
#include "providers/remote/anthropic_codec.h"
#include "providers/remote/bedrock_codec.h"
#include "providers/wire/event_stream.h"
#include "providers/wire/sigv4_signer.h"
#include "providers/wire/sse_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace promptdesk;

namespace {

constexpr int kRuns = 5;
constexpr qsizetype kSlice = 16 * 1024; // network-sized slices

template<typename F> double medianMs(F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double mbPerSecond(qsizetype bytes, double ms)
{
    return ms <= 0 ? 0 : double(bytes) / (1024.0 * 1024.0) / (ms / 1000.0);
}

QByteArray deltaJson(int i)
{
    return R"({"contentBlockIndex":0,"delta":{"text":"word)" + QByteArray::number(i) +
           R"( and some more text in this chunk "},"p":"abcdefghijklmnopqrstuvwxyz"})";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;

    // ~32 MB of Bedrock frames.
    QByteArray frames;
    int count = 0;
    while (frames.size() < 32 * 1024 * 1024) {
        EventStreamMessage m;
        m.headers = {EventStreamHeader::string(":event-type", "contentBlockDelta"),
                     EventStreamHeader::string(":content-type", "application/json"),
                     EventStreamHeader::string(":message-type", "event")};
        m.payload = deltaJson(count++);
        frames += EventStreamDecoder::encode(m);
    }
    // ~32 MB of Anthropic SSE.
    QByteArray sse;
    int events = 0;
    while (sse.size() < 32 * 1024 * 1024) {
        sse += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
               "\"delta\":{\"type\":\"text_delta\",\"text\":\"word" +
               QByteArray::number(events++) + " and some more text in this chunk \"}}\n\n";
    }

    qsizetype sink = 0;
    const double refFrames = medianMs([&] { sink += frames.count('\n'); });
    const double refSse = medianMs([&] { sink += sse.count('\n'); });

    int decoded = 0;
    const double esMs = medianMs([&] {
        EventStreamDecoder decoder;
        EventStreamMessage m;
        decoded = 0;
        for (qsizetype i = 0; i < frames.size(); i += kSlice) {
            decoder.feed(QByteArrayView(frames).sliced(i, qMin(kSlice, frames.size() - i)));
            while (decoder.next(m) == EventStreamDecoder::Status::Message) {
                ++decoded;
            }
        }
    });
    if (decoded != count) {
        std::fprintf(stderr, "event-stream: decoded %d of %d frames\n", decoded, count);
        ++failures;
    }
    int parsed = 0;
    const double sseMs = medianMs([&] {
        SseParser parser;
        SseEvent e;
        parsed = 0;
        for (qsizetype i = 0; i < sse.size(); i += kSlice) {
            parser.feed(QByteArrayView(sse).sliced(i, qMin(kSlice, sse.size() - i)));
            while (parser.next(e)) {
                ++parsed;
            }
        }
    });
    if (parsed != events) {
        std::fprintf(stderr, "sse: parsed %d of %d events\n", parsed, events);
        ++failures;
    }
    // Through the codecs (framing + JSON + text extraction), as the app uses them.
    ProviderEntry bedrockEntry;
    bedrockEntry.protocol = WireProtocol::Bedrock;
    const double bedrockCodecMs = medianMs([&] {
        BedrockCodec codec(bedrockEntry);
        StreamProgress p;
        codec.readHeaders({{"content-type", "application/vnd.amazon.eventstream"}}, p);
        for (qsizetype i = 0; i < frames.size(); i += kSlice) {
            codec.feed(QByteArrayView(frames).sliced(i, qMin(kSlice, frames.size() - i)), p);
            sink += p.text.size();
            p.text.clear();
        }
    });
    ProviderEntry anthropicEntry;
    anthropicEntry.protocol = WireProtocol::Anthropic;
    const double anthropicCodecMs = medianMs([&] {
        AnthropicCodec codec(anthropicEntry);
        StreamProgress p;
        codec.readHeaders({{"content-type", "text/event-stream"}}, p);
        for (qsizetype i = 0; i < sse.size(); i += kSlice) {
            codec.feed(QByteArrayView(sse).sliced(i, qMin(kSlice, sse.size() - i)), p);
            sink += p.text.size();
            p.text.clear();
        }
    });

    // SigV4: a Bedrock ConverseStream request with a 4 KB body.
    SigV4Request request;
    request.method = "POST";
    request.path = "/model/eu.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse-stream";
    request.headers = {{"host", "bedrock-runtime.eu-central-1.amazonaws.com"},
                       {"content-type", "application/json"}};
    request.body = QByteArray(4096, 'a');
    SigV4Options options;
    options.region = QStringLiteral("eu-central-1");
    options.service = QStringLiteral("bedrock");
    options.timestamp = QDateTime::currentDateTimeUtc();
    options.signBody = true;
    const AwsCredentials creds{
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {}};
    constexpr int kSigns = 20000;
    const double signMs = medianMs([&] {
        for (int i = 0; i < kSigns; ++i) {
            sink += SigV4Signer::signHeaders(request, creds, options).signature.size();
        }
    });

    std::printf("provider parsing (median of %d runs, %lld KiB slices; shared machine, figures are "
                "noisy)\n",
                kRuns, static_cast<long long>(kSlice / 1024));
    std::printf("  reference scan (count '\\n'):   %8.0f MB/s\n",
                mbPerSecond(frames.size(), refFrames));
    std::printf(
        "  event-stream decode:            %8.0f MB/s  (%.2fx the reference scan, %d frames)\n",
        mbPerSecond(frames.size(), esMs), refFrames / esMs, count);
    std::printf(
        "  SSE parse:                      %8.0f MB/s  (%.2fx the reference scan, %d events)\n",
        mbPerSecond(sse.size(), sseMs), refSse / sseMs, events);
    std::printf("  Bedrock codec (frames + JSON):  %8.0f MB/s\n",
                mbPerSecond(frames.size(), bedrockCodecMs));
    std::printf("  Anthropic codec (SSE + JSON):   %8.0f MB/s\n",
                mbPerSecond(sse.size(), anthropicCodecMs));
    std::printf("  SigV4 signatures (4 KB body):   %8.0f signs/s\n", kSigns / (signMs / 1000.0));
    std::printf("  target: >= 200 MB/s for event-stream and SSE parsing on one core: %s\n",
                mbPerSecond(frames.size(), esMs) >= 200 && mbPerSecond(sse.size(), sseMs) >= 200
                    ? "met"
                    : "NOT met");
    return failures == 0 && sink > 0 ? 0 : 1;
}

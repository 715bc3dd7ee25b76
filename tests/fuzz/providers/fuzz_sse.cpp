// Fuzzes the SSE parser and the Anthropic and OpenAI codecs: whole vs. byte-split feeding must
// give the same events; hostile input must end in events or a clean error.
#include "providers/remote/anthropic_codec.h"
#include "providers/remote/openai_codec.h"
#include "providers/wire/sse_parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<QByteArray> parse(QByteArrayView bytes, qsizetype step)
{
    promptdesk::SseParser parser(64 * 1024);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        parser.feed(bytes.sliced(i, qMin(step, bytes.size() - i)));
        promptdesk::SseEvent e;
        while (parser.next(e)) {
            out.append(e.event + '\0' + e.data);
        }
    }
    if (parser.failed()) {
        out.append(QByteArrayLiteral("<failed>"));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype step = size == 0 ? 1 : 1 + static_cast<qsizetype>(data[0] % 7);
    const QList<QByteArray> whole = parse(bytes, qMax<qsizetype>(1, bytes.size()));
    const QList<QByteArray> sliced = parse(bytes, step);
    // A failure may be detected at a different point, but the events before it agree.
    if (!whole.contains(QByteArrayLiteral("<failed>")) && whole != sliced) {
        std::abort();
    }
    for (WireProtocol protocol : {WireProtocol::Anthropic, WireProtocol::OpenAi}) {
        ProviderEntry entry;
        entry.protocol = protocol;
        std::unique_ptr<ProtocolCodec> codec = ProtocolCodec::create(entry);
        StreamProgress progress;
        codec->readHeaders({{"content-type", "text/event-stream"}}, progress);
        codec->feed(bytes, progress);
        codec->finish(progress);
    }
    return 0;
}

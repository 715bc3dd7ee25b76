// Fuzzes the incremental AWS event-stream decoder and the Bedrock codec on top of it: the input
// is fed in two slices (split at a position taken from the first byte) and must decode to the
// same messages as when fed whole; nothing may crash, hang or grow without bound.
#include "providers/remote/bedrock_codec.h"
#include "providers/wire/event_stream.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<QByteArray> decodeAll(QByteArrayView bytes, qsizetype split, QString *error)
{
    using namespace promptdesk;
    EventStreamDecoder decoder(1024 * 1024);
    QList<QByteArray> payloads;
    auto drain = [&] {
        EventStreamMessage m;
        EventStreamDecoder::Status s;
        while ((s = decoder.next(m)) == EventStreamDecoder::Status::Message) {
            payloads.append(m.payload);
            // Re-encoding a decoded message gives a frame that decodes to the same payload.
            EventStreamMessage again;
            QString e;
            if (EventStreamDecoder::decodeOne(EventStreamDecoder::encode(m), again, &e) !=
                    EventStreamDecoder::Status::Message ||
                again.payload != m.payload) {
                std::abort();
            }
        }
    };
    decoder.feed(bytes.first(split));
    drain();
    decoder.feed(bytes.sliced(split));
    drain();
    *error = decoder.error();
    return payloads;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = size == 0 ? 0 : static_cast<qsizetype>(data[0]) % (bytes.size() + 1);
    QString errorWhole;
    QString errorSplit;
    const QList<QByteArray> whole = decodeAll(bytes, bytes.size(), &errorWhole);
    const QList<QByteArray> sliced = decodeAll(bytes, split, &errorSplit);
    if (whole != sliced || errorWhole != errorSplit) {
        std::abort();
    }
    // The Bedrock codec on the same bytes: may fail, must not crash.
    ProviderEntry entry;
    entry.protocol = WireProtocol::Bedrock;
    entry.region = QStringLiteral("us-east-1");
    BedrockCodec codec(entry);
    StreamProgress progress;
    codec.readHeaders({{"content-type", "application/vnd.amazon.eventstream"}}, progress);
    codec.feed(bytes, progress);
    codec.finish(progress);
    return 0;
}

// Fuzzes what happens to the bytes of a dropped file: sniffing, then decoding when the sniffer
// calls it text. Checks the invariants callers rely on, not just "no crash".
#include "documents/format_sniffer.h"
#include "documents/text_decoder.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const SniffResult sniffed = FormatSniffer::sniff(bytes, QStringLiteral("fuzz.txt"));
    if (sniffed.name.isEmpty()) {
        std::abort();
    }
    const DecodedText decoded = TextDecoder::decode(bytes);
    // Line ends are always normalised, and an encoding is always named.
    if (decoded.text.contains(QLatin1Char('\r')) || decoded.encoding.isEmpty()) {
        std::abort();
    }
    // Normalising twice changes nothing.
    if (TextDecoder::normaliseLineEnds(decoded.text) != decoded.text) {
        std::abort();
    }
    return 0;
}

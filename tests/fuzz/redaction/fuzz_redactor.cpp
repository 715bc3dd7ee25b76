// Fuzzes redaction and restoration together: for any text, spans must be sorted, in range and
// disjoint, and streaming the redacted text back through the restorer in uneven chunks must
// give the same output as restoring it in one piece.
#include "redaction/pattern_redactor.h"
#include "redaction/streaming_restorer.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QString restoreInChunks(const promptdesk::PlaceholderVault &vault, const QString &text,
                        qsizetype step)
{
    promptdesk::StreamingRestorer restorer(vault);
    QString out;
    for (qsizetype i = 0; i < text.size(); i += step) {
        out += restorer.feed(QStringView(text).mid(i, step));
    }
    return out + restorer.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    static const auto redactor = PatternRedactor::withDefaultDetectors();
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RedactedText redacted = redactor->redact(text);
    qsizetype previousEnd = 0;
    for (const PiiSpan &span : redacted.spans) {
        if (span.start < previousEnd || span.end <= span.start || span.end > text.size()) {
            std::abort();
        }
        previousEnd = span.end;
    }
    const QString whole = restoreInChunks(redacted.vault, redacted.text, redacted.text.size() + 1);
    for (const qsizetype step : {1, 2, 7}) {
        if (restoreInChunks(redacted.vault, redacted.text, step) != whole) {
            std::abort();
        }
    }
    // The fuzzer's own text may contain "[EMAIL_1]"-like strings, or bare ones ("PHONE_1", which
    // the restorer also fills in because models drop the brackets), so restoring is not always
    // the identity; without brackets or underscores in the input it must be.
    if (!text.contains(QLatin1Char('[')) && !text.contains(QLatin1Char('_')) && whole != text &&
        redacted.vault.size() == redacted.spans.size()) {
        std::abort();
    }
    return 0;
}

// PDF glue: Qt PDF load, page count and limits, per-page text cleanup, no-text decisions.
#include "fuzz_document_check.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzing::readAndCheck(fuzzing::bytesOf(data, size), QStringLiteral("input.pdf"));
    return 0;
}

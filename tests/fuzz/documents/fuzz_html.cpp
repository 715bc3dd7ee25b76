// HTML glue: libxml2 parse and the walk that drops scripts and keeps structure.
#include "fuzz_document_check.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzing::readAndCheck(fuzzing::bytesOf(data, size), QStringLiteral("input.html"));
    return 0;
}

// RTF reader (hand-written): groups, control words, code pages, Unicode escapes.
#include "fuzz_document_check.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzing::readAndCheck(fuzzing::bytesOf(data, size), QStringLiteral("input.rtf"));
    return 0;
}

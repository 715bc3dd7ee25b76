// E-mail glue: GMime parse, MIME walk, charset conversion, attachments read recursively.
#include "fuzz_document_check.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzing::readAndCheck(fuzzing::bytesOf(data, size), QStringLiteral("input.eml"));
    return 0;
}

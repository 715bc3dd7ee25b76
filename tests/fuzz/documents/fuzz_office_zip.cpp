// ZIP container glue for DOCX, XLSX, ODT and ODS: entry listing, size and ratio limits,
// inflating with checks, and package detection. The first byte picks the file name, since the
// name decides how a plain ZIP is described.
#include "fuzz_document_check.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"input.docx", "input.xlsx", "input.odt", "input.ods"};
    const QString name = QString::fromLatin1(names[size > 0 ? data[0] % 4 : 0]);
    fuzzing::readAndCheck(fuzzing::bytesOf(data, size), name);
    return 0;
}

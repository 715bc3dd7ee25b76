#pragma once
// Shared by the document fuzz targets: read the input the way a dropped file is read, with
// tight limits, and check what callers rely on besides "no crash".
#include "documents/local_document_reader.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

namespace fuzzing {

inline void readAndCheck(const QByteArray &bytes, const QString &name)
{
    using namespace promptdesk;
    DocumentLimits limits;
    // Well under libFuzzer's -timeout (10 s in scripts/fuzz.sh): a slow document must be
    // stopped by the reader's own limit, with its `too-large` error, before the fuzzer calls
    // it a hang. At 10 s both fired together and CI reported a PDF that the limit had in
    // fact stopped (a fresh-machine run: "timeout after 11 seconds").
    limits.maxSecondsPerDocument = 3;
    limits.maxPages = 50;
    limits.maxUncompressedBytes = 16 * 1024 * 1024;
    const Result<Document> result =
        LocalDocumentReader(limits).readData(bytes, name, ReadOptions{});
    if (!result) {
        // Every failure is a typed error with a message a person can read.
        if (result.error().message.isEmpty() || result.error().kind == ErrorKind::Internal) {
            std::abort();
        }
        return;
    }
    // Success means text, on pages numbered 1, 2, 3, ...
    if (result->pages.isEmpty() || result->text().trimmed().isEmpty()) {
        std::abort();
    }
    for (qsizetype i = 0; i < result->pages.size(); ++i) {
        if (result->pages[i].number != i + 1) {
            std::abort();
        }
    }
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace fuzzing

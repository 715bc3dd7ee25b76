#pragma once

#include "core/result.h"
#include "providers/offline/sentence_splitter.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace promptdesk {

enum class SummaryLength { Short, Medium, Long };

// "short" | "medium" | "long" (the summarise template's `length` option); anything else is
// Medium.
SummaryLength summaryLengthFromString(const QString &value);

struct SummaryOptions {
    SummaryLength length = SummaryLength::Medium;
    const std::atomic_bool *cancel = nullptr;  // checked periodically; may be null
    std::function<void(int percent)> progress; // called on the summarising thread; may be empty
};

struct Summary {
    QString text;                  // the chosen sentences, verbatim, in document order
    QList<SentenceSpan> sentences; // where they come from in the input
    qsizetype inputSentences = 0;
};

// An extractive summary: ranks the sentences of a text TextRank-style over TF-IDF vectors and
// returns the best ones in their original order, copied verbatim (placeholders included).
// Fails with ErrorKind::Cancelled when the cancel flag is raised and with NoText when the text
// has no sentence. Thread-safe: holds no state.
class ExtractiveSummariser final {
public:
    Result<Summary> summarise(const QString &text, const SummaryOptions &options = {}) const;

    // How many sentences a summary of `length` takes from a text of `sentenceCount` sentences.
    static int targetSentences(SummaryLength length, qsizetype sentenceCount);
};

} // namespace promptdesk

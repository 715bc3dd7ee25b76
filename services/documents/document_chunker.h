#pragma once

#include "documents/document.h"

namespace promptdesk {

// A piece of a long document that fits a model's token budget, with where it came from.
struct DocumentChunk {
    QString text;
    int firstPage = 1;
    int lastPage = 1;
    QString reference; // "page 3", "pages 3–4", "Sheet: Budget", "Footnotes"
    int estimatedTokens = 0;
};

// Splits a Document for map-reduce summaries: chunks break on paragraph boundaries (blank
// lines) and pages, pack as many whole paragraphs as the budget allows, never mix labelled
// sections (a sheet, the footnotes) with other text, and cut a single paragraph that is larger
// than the budget at line, then sentence, then word boundaries.
class DocumentChunker final {
public:
    // A conservative estimate without a model tokenizer: ~4 characters per token for
    // alphabetic scripts, one token per CJK character.
    static int estimateTokens(QStringView text);

    static QList<DocumentChunk> split(const Document &document, int tokenBudget);
};

} // namespace promptdesk

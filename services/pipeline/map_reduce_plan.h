#pragma once

#include "documents/document.h"
#include "providers/provider.h"

#include <QList>
#include <QString>

namespace promptdesk {

// One piece of a long document for a map step, page by page, so the prompt can mark where
// each page starts and extractive answers can be traced back to their page.
struct MapChunk {
    QList<DocumentPage> pages; // the slices of pages in this chunk, in order
    int firstPage = 1;
    int lastPage = 1;
    qint64 estimatedTokens = 0;

    QString plainText() const;           // pages joined by blank lines
    QString textWithPageMarkers() const; // each page preceded by "[p. N]" on its own line
};

// The documents area's token estimate (DocumentChunker::estimateTokens).
qint64 estimateTokens(const QString &text);

// Splits pages into chunks of at most about `maxChunkTokens` with DocumentChunker (paragraph
// and page boundaries, oversized paragraphs cut at lines, sentences, words), keeping track of
// which page each piece came from.
QList<MapChunk> chunkPages(const QList<DocumentPage> &pages, qint64 maxChunkTokens);

struct MapReduceSettings {
    int concurrency = 4;        // map steps in flight at once
    qint64 chunkTokens = 0;     // 0: from the model's context (half of it), else this budget
    qint64 thresholdTokens = 0; // 0: chunk when the input exceeds 60% of the context
};

// Cost of `usage` at the model's list price; negative when unknown.
double costOf(const TokenUsage &usage, const ModelInfo &model);
ModelInfo modelInfo(const ProviderDescriptor &provider, const QString &modelId);

} // namespace promptdesk

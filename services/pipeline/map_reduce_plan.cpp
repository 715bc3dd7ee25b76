#include "pipeline/map_reduce_plan.h"

#include "documents/document_chunker.h"

#include <QRegularExpression>

namespace promptdesk {

QString MapChunk::plainText() const
{
    QStringList parts;
    for (const DocumentPage &page : pages) {
        parts.append(page.text.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString MapChunk::textWithPageMarkers() const
{
    QStringList parts;
    for (const DocumentPage &page : pages) {
        parts.append(QStringLiteral("[p. %1]\n").arg(page.number) + page.text.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

qint64 estimateTokens(const QString &text)
{
    return DocumentChunker::estimateTokens(text);
}

namespace {

// Each page gets a paragraph of its own holding this private-use marker before its text: the
// chunker keeps paragraphs whole, so the marker shows where every page starts in a chunk.
const QChar kMarker(0xE000);

QString markerFor(int page)
{
    return kMarker + QString::number(page) + kMarker;
}

} // namespace

QList<MapChunk> chunkPages(const QList<DocumentPage> &pages, qint64 maxChunkTokens)
{
    Document marked;
    for (const DocumentPage &page : pages) {
        if (page.text.trimmed().isEmpty()) {
            continue;
        }
        DocumentPage copy = page;
        copy.text =
            markerFor(page.number) + QStringLiteral("\n\n") + QString(page.text).remove(kMarker);
        marked.pages.append(copy);
    }
    static const QRegularExpression markerPattern(QString(kMarker) + QStringLiteral("(\\d+)") +
                                                  QString(kMarker));
    QList<MapChunk> chunks;
    const int budget =
        static_cast<int>(qBound(qint64(16), qint64(maxChunkTokens), qint64(1) << 30));
    for (const DocumentChunk &chunk : DocumentChunker::split(marked, budget)) {
        MapChunk out;
        int page = chunk.firstPage;
        qsizetype position = 0;
        auto addSlice = [&](int number, const QString &text) {
            if (text.trimmed().isEmpty()) {
                return;
            }
            const auto source =
                std::find_if(pages.cbegin(), pages.cend(),
                             [&](const DocumentPage &p) { return p.number == number; });
            DocumentPage slice;
            slice.number = number;
            slice.label = source != pages.cend() ? source->label : QString();
            slice.text = text.trimmed();
            out.pages.append(slice);
        };
        for (auto it = markerPattern.globalMatch(chunk.text); it.hasNext();) {
            const auto match = it.next();
            addSlice(page, chunk.text.mid(position, match.capturedStart(0) - position));
            page = match.captured(1).toInt();
            position = match.capturedEnd(0);
        }
        addSlice(page, chunk.text.mid(position));
        if (out.pages.isEmpty()) {
            continue; // only a marker
        }
        out.firstPage = out.pages.constFirst().number;
        out.lastPage = out.pages.constLast().number;
        out.estimatedTokens = estimateTokens(out.plainText());
        chunks.append(out);
    }
    return chunks;
}

double costOf(const TokenUsage &usage, const ModelInfo &model)
{
    if (model.inputPricePerMTok < 0 || model.outputPricePerMTok < 0) {
        return -1;
    }
    return (static_cast<double>(usage.inputTokens) * model.inputPricePerMTok +
            static_cast<double>(usage.outputTokens) * model.outputPricePerMTok) /
           1e6;
}

ModelInfo modelInfo(const ProviderDescriptor &provider, const QString &modelId)
{
    for (const ModelInfo &m : provider.models) {
        if (m.id == modelId) {
            return m;
        }
    }
    ModelInfo unknown;
    unknown.id = modelId;
    return unknown;
}

} // namespace promptdesk

#include "documents/document_chunker.h"

#include <QRegularExpression>

namespace promptdesk {

namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

// Splits `text` into pieces of at most `budget` tokens, preferring the coarsest separator.
QStringList cut(const QString &text, int budget)
{
    if (DocumentChunker::estimateTokens(text) <= budget) {
        return {text};
    }
    static const QList<QRegularExpression> separators{
        QRegularExpression(QStringLiteral("\n")),
        QRegularExpression(QStringLiteral("(?<=[.!?\u3002\uFF01\uFF1F])\\s+")),
        QRegularExpression(QStringLiteral("\\s+")),
    };
    for (const QRegularExpression &separator : separators) {
        const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
        if (parts.size() < 2) {
            continue;
        }
        QStringList out;
        QString current;
        const QString joiner =
            separator.pattern() == u"\n" ? QStringLiteral("\n") : QStringLiteral(" ");
        for (const QString &part : parts) {
            const QString candidate = current.isEmpty() ? part : current + joiner + part;
            if (DocumentChunker::estimateTokens(candidate) <= budget) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                out.append(current);
            }
            if (DocumentChunker::estimateTokens(part) > budget) {
                out.append(cut(part, budget));
                current.clear();
            } else {
                current = part;
            }
        }
        if (!current.isEmpty()) {
            out.append(current);
        }
        return out;
    }
    // One unbroken run (no spaces): cut by characters.
    QStringList out;
    const qsizetype step = qMax<qsizetype>(1, qsizetype(budget));
    for (qsizetype i = 0; i < text.size();) {
        qsizetype n = qMin(step, text.size() - i);
        while (n > 1 && DocumentChunker::estimateTokens(QStringView(text).sliced(i, n)) > budget) {
            n = n * 3 / 4;
        }
        if (n < text.size() - i && text.at(i + n).isLowSurrogate()) {
            ++n; // never split a surrogate pair
        }
        out.append(text.mid(i, n));
        i += n;
    }
    return out;
}

QString referenceFor(int first, int last, const QString &label)
{
    if (!label.isEmpty()) {
        return label;
    }
    if (first == last) {
        return QStringLiteral("page %1").arg(first);
    }
    return QStringLiteral("pages %1\u2013%2").arg(first).arg(last);
}

} // namespace

int DocumentChunker::estimateTokens(QStringView text)
{
    qsizetype narrow = 0;
    qsizetype wide = 0;
    for (const QChar c : text) {
        if (isWide(c)) {
            ++wide;
        } else {
            ++narrow;
        }
    }
    return int(qMin<qsizetype>(std::numeric_limits<int>::max(), wide + (narrow + 3) / 4));
}

QList<DocumentChunk> DocumentChunker::split(const Document &document, int tokenBudget)
{
    const int budget = qMax(16, tokenBudget);
    QList<DocumentChunk> chunks;
    DocumentChunk current;
    QString currentLabel;
    bool open = false;
    int currentTokens = 0;
    const auto close = [&] {
        if (open && !current.text.trimmed().isEmpty()) {
            current.reference = referenceFor(current.firstPage, current.lastPage, currentLabel);
            current.estimatedTokens = estimateTokens(current.text);
            chunks.append(current);
        }
        current = DocumentChunk{};
        open = false;
    };
    static const QRegularExpression paragraphBreak(QStringLiteral("\n\\s*\n"));
    for (const DocumentPage &page : document.pages) {
        if (open && (page.label != currentLabel || !page.label.isEmpty())) {
            close(); // a labelled section stands alone
        }
        const QStringList paragraphs = page.text.split(paragraphBreak, Qt::SkipEmptyParts);
        for (const QString &paragraph : paragraphs) {
            for (const QString &piece : cut(paragraph.trimmed(), budget)) {
                if (piece.isEmpty()) {
                    continue;
                }
                // Estimates add up (within rounding), so the running total avoids re-counting
                // the growing chunk for every paragraph.
                const int pieceTokens = estimateTokens(piece);
                if (open && currentTokens + 1 + pieceTokens > budget) {
                    close();
                }
                if (!open) {
                    current.text = piece;
                    current.firstPage = page.number;
                    current.lastPage = page.number;
                    currentLabel = page.label;
                    currentTokens = pieceTokens;
                    open = true;
                } else {
                    current.text += QStringLiteral("\n\n") + piece;
                    current.lastPage = page.number;
                    currentTokens += 1 + pieceTokens;
                }
            }
        }
    }
    close();
    return chunks;
}

} // namespace promptdesk

#include "documents/pdf_overprint.h"

#include <QList>

#include <cmath>

namespace promptdesk {

namespace {

constexpr qsizetype kMaxRunWords = 64;

struct Word {
    qsizetype start;
    qsizetype end; // one past the last character
};

QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && !text[i].isSpace();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

bool sameWord(const QString &text, const Word &a, const Word &b)
{
    return QStringView(text).sliced(a.start, a.end - a.start) ==
           QStringView(text).sliced(b.start, b.end - b.start);
}

// Drawn at one spot: every edge within a fifth of the line height.
bool samePlace(const QRectF &a, const QRectF &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    const double tolerance = 0.2 * std::max(a.height(), b.height());
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance &&
           std::abs(a.right() - b.right()) <= tolerance &&
           std::abs(a.bottom() - b.bottom()) <= tolerance;
}

} // namespace

QString withoutOverprintedCopies(const QString &text, const TextBoxOf &boxOf, int maxBoxChecks)
{
    const QList<Word> words = wordsOf(text);
    const qsizetype n = words.size();
    const auto runsEqual = [&](qsizetype a, qsizetype b, qsizetype k) {
        for (qsizetype j = 0; j < k; ++j) {
            if (!sameWord(text, words[a + j], words[b + j])) {
                return false;
            }
        }
        return true;
    };
    const auto boxOfRun = [&](qsizetype first, qsizetype k) {
        --maxBoxChecks;
        return boxOf(words[first].start, words[first + k - 1].end - words[first].start);
    };

    QList<std::pair<qsizetype, qsizetype>> dropped; // character ranges
    qsizetype i = 0;
    while (i < n && maxBoxChecks > 0) {
        qsizetype next = i + 1;
        for (qsizetype k = 1; k <= kMaxRunWords && i + 2 * k <= n && maxBoxChecks > 1; ++k) {
            if (!sameWord(text, words[i], words[i + k]) || !runsEqual(i, i + k, k)) {
                continue;
            }
            const QRectF first = boxOfRun(i, k);
            qsizetype copy = i + k;
            while (copy + k <= n && maxBoxChecks > 0 && runsEqual(i, copy, k) &&
                   samePlace(first, boxOfRun(copy, k))) {
                // From the end of the word before the copy: its leading space goes too.
                dropped.append({words[copy - 1].end, words[copy + k - 1].end});
                copy += k;
            }
            if (copy > i + k) {
                next = copy;
                break;
            }
        }
        i = next;
    }
    if (dropped.isEmpty()) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (const auto &[start, end] : std::as_const(dropped)) {
        out += QStringView(text).sliced(from, start - from);
        from = end;
    }
    out += QStringView(text).sliced(from);
    return out;
}

} // namespace promptdesk

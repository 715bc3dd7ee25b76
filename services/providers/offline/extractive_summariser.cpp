#include "providers/offline/extractive_summariser.h"

#include "providers/offline/stop_words.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace promptdesk {

// Why the graph is not complete: TextRank compares every sentence with every other one. A
// 250,000-word document has ~12,500 sentences, i.e. ~78 million sparse dot products, several
// seconds on one core, and the similarity matrix alone would not fit in memory comfortably.
// Instead:
// - up to kFullGraphLimit sentences (~80k pairs, a few ms) the graph is complete, as in the
//   original algorithm;
// - beyond that each sentence is linked only to its kWindow neighbours on either side
//   (documents are locally coherent, so most strong edges are near), which makes the graph
//   O(N * kWindow), and the global view the window loses comes back through the random-jump
//   vector: instead of jumping uniformly, PageRank jumps to a sentence in proportion to its
//   cosine similarity with the document centroid (the "biased LexRank" idea). A sentence thus
//   scores high when it is central to the whole document and supported by its neighbourhood.
// - sentence vectors are sparse (sorted term ids with sublinear tf * idf weights, stop words
//   dropped), so one similarity is a merge of two short lists;
// - power iteration stops at kTolerance or after kMaxIterations, each pass O(edges).
// Everything is linear in the length of the text: ~100-200 ms for 250,000 words.
namespace {

constexpr qsizetype kFullGraphLimit = 400;
constexpr qsizetype kWindow = 8;
constexpr double kDamping = 0.85;
constexpr int kMaxIterations = 50;
constexpr double kTolerance = 1e-7;
constexpr float kMinSimilarity = 0.01F;
constexpr float kDuplicateSimilarity = 0.8F;
constexpr int kMinContentTerms = 3;
constexpr int kMaxWords = 120;
constexpr qsizetype kCancelCheckInterval = 256;

// TF-IDF sentence vectors in compressed-row form.
struct SentenceVectors {
    std::vector<qsizetype> rowStart; // size N + 1
    std::vector<int> term;
    std::vector<float> weight;
    std::vector<int> words;        // all words of the sentence, stop words included
    std::vector<int> contentTerms; // distinct non-stop terms
    int vocabularySize = 0;

    qsizetype rows() const { return qsizetype(rowStart.size()) - 1; }
};

float dot(const SentenceVectors &v, qsizetype a, qsizetype b)
{
    qsizetype i = v.rowStart[a];
    const qsizetype iEnd = v.rowStart[a + 1];
    qsizetype j = v.rowStart[b];
    const qsizetype jEnd = v.rowStart[b + 1];
    float sum = 0;
    while (i < iEnd && j < jEnd) {
        const int ti = v.term[i];
        const int tj = v.term[j];
        if (ti == tj) {
            sum += v.weight[i] * v.weight[j];
            ++i;
            ++j;
        } else if (ti < tj) {
            ++i;
        } else {
            ++j;
        }
    }
    return sum;
}

class Run {
public:
    Run(const QString &text, const SummaryOptions &options)
        : m_text(text)
        , m_options(options)
    {
    }

    bool cancelled() const
    {
        return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
    }

    void report(int percent) const
    {
        if (m_options.progress) {
            m_options.progress(percent);
        }
    }

    // Builds the vectors; false if cancelled.
    bool vectorise(const QList<SentenceSpan> &spans, SentenceVectors &out) const
    {
        QHash<QString, int> vocabulary;
        vocabulary.reserve(4096);
        std::vector<int> documentFrequency;
        std::vector<int> ids;
        QString token;
        token.reserve(64);
        const qsizetype n = spans.size();
        out.rowStart.assign(1, 0);
        out.rowStart.reserve(size_t(n) + 1);
        out.words.reserve(static_cast<size_t>(n));
        out.contentTerms.reserve(static_cast<size_t>(n));

        auto addToken = [&](const QString &t, int &words) {
            ++words;
            if (t.size() < 2 || isStopWord(t)) {
                return;
            }
            if (std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); })) {
                return;
            }
            auto it = vocabulary.constFind(t);
            int id = 0;
            if (it == vocabulary.constEnd()) {
                id = int(vocabulary.size());
                vocabulary.insert(t, id);
                documentFrequency.push_back(0);
            } else {
                id = it.value();
            }
            ids.push_back(id);
        };

        for (qsizetype s = 0; s < n; ++s) {
            if (s % kCancelCheckInterval == 0 && cancelled()) {
                return false;
            }
            ids.clear();
            int words = 0;
            const SentenceSpan &span = spans[s];
            const QChar *data = m_text.constData();
            qsizetype i = span.start;
            const qsizetype end = span.end();
            token.resize(0);
            while (i < end) {
                qsizetype placeholderLength = 0;
                if (data[i] == QLatin1Char('[') &&
                    SentenceSplitter::placeholderAt(QStringView(m_text).left(end), i,
                                                    &placeholderLength)) {
                    if (!token.isEmpty()) {
                        addToken(token, words);
                        token.resize(0);
                    }
                    // A placeholder is one term: [PERSON_1] is a specific person.
                    addToken(m_text.mid(i, placeholderLength).toLower(), words);
                    i += placeholderLength;
                    continue;
                }
                const QChar c = data[i];
                if (c.isLetterOrNumber()) {
                    token.append(c.toLower());
                } else if (!token.isEmpty()) {
                    addToken(token, words);
                    token.resize(0);
                }
                ++i;
            }
            if (!token.isEmpty()) {
                addToken(token, words);
                token.resize(0);
            }
            std::sort(ids.begin(), ids.end());
            int distinct = 0;
            for (size_t k = 0; k < ids.size();) {
                size_t run = k;
                while (run < ids.size() && ids[run] == ids[k]) {
                    ++run;
                }
                out.term.push_back(ids[k]);
                out.weight.push_back(float(run - k)); // raw tf for now
                ++documentFrequency[size_t(ids[k])];
                ++distinct;
                k = run;
            }
            out.rowStart.push_back(qsizetype(out.term.size()));
            out.words.push_back(words);
            out.contentTerms.push_back(distinct);
        }
        out.vocabularySize = int(vocabulary.size());

        // Sublinear tf times smoothed idf, then unit length so a dot product is a cosine.
        std::vector<float> idf(documentFrequency.size());
        for (size_t t = 0; t < documentFrequency.size(); ++t) {
            idf[t] = float(std::log(1.0 + double(n) / double(documentFrequency[t])));
        }
        for (qsizetype s = 0; s < n; ++s) {
            double norm = 0;
            for (qsizetype k = out.rowStart[s]; k < out.rowStart[s + 1]; ++k) {
                const float w = (1.0F + std::log(out.weight[k])) * idf[size_t(out.term[k])];
                out.weight[k] = w;
                norm += double(w) * double(w);
            }
            if (norm > 0) {
                const float inv = float(1.0 / std::sqrt(norm));
                for (qsizetype k = out.rowStart[s]; k < out.rowStart[s + 1]; ++k) {
                    out.weight[k] *= inv;
                }
            }
        }
        return true;
    }

    // Cosine of each sentence with the normalised document centroid.
    static std::vector<double> centroidSimilarity(const SentenceVectors &v)
    {
        std::vector<double> centroid(static_cast<size_t>(v.vocabularySize), 0.0);
        for (size_t k = 0; k < v.term.size(); ++k) {
            centroid[size_t(v.term[k])] += v.weight[k];
        }
        double norm = 0;
        for (const double c : centroid) {
            norm += c * c;
        }
        norm = norm > 0 ? std::sqrt(norm) : 1.0;
        std::vector<double> result(static_cast<size_t>(v.rows()), 0.0);
        for (qsizetype s = 0; s < v.rows(); ++s) {
            double sum = 0;
            for (qsizetype k = v.rowStart[s]; k < v.rowStart[s + 1]; ++k) {
                sum += double(v.weight[k]) * centroid[size_t(v.term[k])];
            }
            result[size_t(s)] = sum / norm;
        }
        return result;
    }

    struct Edge {
        int a;
        int b;
        float weight;
    };

    // Similarity edges (see the comment at the top); false if cancelled.
    bool buildGraph(const SentenceVectors &v, std::vector<Edge> &edges) const
    {
        const qsizetype n = v.rows();
        const qsizetype window = n <= kFullGraphLimit ? n : kWindow;
        edges.reserve(size_t(n * std::min<qsizetype>(window, 64)));
        for (qsizetype a = 0; a < n; ++a) {
            if (a % kCancelCheckInterval == 0 && cancelled()) {
                return false;
            }
            const qsizetype last = std::min(n - 1, a + window);
            for (qsizetype b = a + 1; b <= last; ++b) {
                const float sim = dot(v, a, b);
                if (sim > kMinSimilarity) {
                    edges.push_back(Edge{int(a), int(b), sim});
                }
            }
        }
        return true;
    }

    // Personalised PageRank over the undirected weighted graph; empty if cancelled.
    std::vector<double> rank(qsizetype n, const std::vector<Edge> &edges,
                             const std::vector<double> &jump) const
    {
        std::vector<double> outWeight(static_cast<size_t>(n), 0.0);
        for (const Edge &e : edges) {
            outWeight[size_t(e.a)] += e.weight;
            outWeight[size_t(e.b)] += e.weight;
        }
        std::vector<double> score = jump;
        std::vector<double> next(static_cast<size_t>(n));
        for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
            if (cancelled()) {
                return {};
            }
            double dangling = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (outWeight[size_t(i)] <= 0) {
                    dangling += score[size_t(i)];
                }
            }
            for (qsizetype i = 0; i < n; ++i) {
                next[size_t(i)] = (1.0 - kDamping + kDamping * dangling) * jump[size_t(i)];
            }
            for (const Edge &e : edges) {
                const auto a = size_t(e.a);
                const auto b = size_t(e.b);
                next[b] += kDamping * e.weight / outWeight[a] * score[a];
                next[a] += kDamping * e.weight / outWeight[b] * score[b];
            }
            double delta = 0;
            for (qsizetype i = 0; i < n; ++i) {
                delta += std::abs(next[size_t(i)] - score[size_t(i)]);
            }
            score.swap(next);
            if (delta < kTolerance) {
                break;
            }
        }
        return score;
    }

private:
    const QString &m_text;
    const SummaryOptions &m_options;
};

} // namespace

SummaryLength summaryLengthFromString(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("short")) {
        return SummaryLength::Short;
    }
    if (v == QLatin1String("long")) {
        return SummaryLength::Long;
    }
    return SummaryLength::Medium;
}

int ExtractiveSummariser::targetSentences(SummaryLength length, qsizetype sentenceCount)
{
    // A share of the document, at least two sentences, capped so a long document still gets
    // a summary one can read in a minute: short ~3, medium ~7, long ~15 sentences.
    double share = 0.3;
    qsizetype cap = 7;
    switch (length) {
    case SummaryLength::Short:
        share = 0.2;
        cap = 3;
        break;
    case SummaryLength::Medium:
        break;
    case SummaryLength::Long:
        share = 0.5;
        cap = 15;
        break;
    }
    qsizetype target = qsizetype(std::ceil(double(sentenceCount) * share));
    target = std::clamp<qsizetype>(target, 2, cap);
    return int(std::min(target, sentenceCount));
}

Result<Summary> ExtractiveSummariser::summarise(const QString &text,
                                                const SummaryOptions &options) const
{
    Run run(text, options);
    const Error cancelledError =
        Error::make(ErrorKind::Cancelled, QStringLiteral("The summary was cancelled."));
    if (run.cancelled()) {
        return cancelledError;
    }
    run.report(0);
    const QList<SentenceSpan> spans = SentenceSplitter().split(text);
    if (spans.isEmpty()) {
        return Error::make(ErrorKind::NoText,
                           QStringLiteral("The document has no text to work on."));
    }
    run.report(15);

    SentenceVectors vectors;
    if (!run.vectorise(spans, vectors)) {
        return cancelledError;
    }
    run.report(45);

    const qsizetype n = spans.size();
    std::vector<Run::Edge> edges;
    if (!run.buildGraph(vectors, edges)) {
        return cancelledError;
    }
    run.report(70);

    // Which sentences may stand in a summary: real sentences, not headings, fragments or
    // run-on tables. The others stay in the graph but jump there only rarely.
    std::vector<bool> eligible(static_cast<size_t>(n));
    for (qsizetype s = 0; s < n; ++s) {
        eligible[size_t(s)] = !spans[s].heading && !spans[s].preformatted &&
                              vectors.contentTerms[size_t(s)] >= kMinContentTerms &&
                              vectors.words[size_t(s)] <= kMaxWords;
    }
    std::vector<double> jump = Run::centroidSimilarity(vectors);
    double jumpSum = 0;
    for (qsizetype s = 0; s < n; ++s) {
        double &j = jump[size_t(s)];
        j = std::max(j, 1e-4) * (eligible[size_t(s)] ? 1.0 : 0.1);
        jumpSum += j;
    }
    for (double &j : jump) {
        j /= jumpSum;
    }
    const std::vector<double> score = run.rank(n, edges, jump);
    if (score.empty()) {
        return cancelledError;
    }
    run.report(90);

    // Candidates: eligible sentences by score, then fragments (a one-line note still gets a
    // "summary"), then headings, code and tables, used only when there is nothing else; ties
    // go to the earlier sentence.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    auto tier = [&](int s) {
        if (eligible[size_t(s)]) {
            return 0;
        }
        return spans[s].heading || spans[s].preformatted ? 2 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ta = tier(a);
        const int tb = tier(b);
        if (ta != tb) {
            return ta < tb;
        }
        return score[size_t(a)] > score[size_t(b)];
    });
    const int target = targetSentences(options.length, n);
    std::vector<int> chosen;
    for (const int s : order) {
        if (int(chosen.size()) >= target || (tier(s) == 2 && !chosen.empty())) {
            break; // headings, code and tables only stand in for a summary of nothing else
        }
        const bool duplicate = std::any_of(chosen.cbegin(), chosen.cend(), [&](int c) {
            return dot(vectors, s, c) > kDuplicateSimilarity ||
                   QStringView(text).mid(spans[s].start, spans[s].length) ==
                       QStringView(text).mid(spans[c].start, spans[c].length);
        });
        if (!duplicate) {
            chosen.push_back(s);
        }
    }
    std::sort(chosen.begin(), chosen.end());

    // Paragraph of each sentence, for the long summary's layout.
    std::vector<int> paragraph(static_cast<size_t>(n));
    int currentParagraph = 0;
    for (qsizetype s = 0; s < n; ++s) {
        if (s > 0 && spans[s].paragraphStart) {
            ++currentParagraph;
        }
        paragraph[size_t(s)] = currentParagraph;
    }

    Summary summary;
    summary.inputSentences = n;
    int previousParagraph = -1;
    for (const int s : chosen) {
        const SentenceSpan &span = spans[s];
        if (!summary.text.isEmpty()) {
            const bool newParagraph =
                options.length == SummaryLength::Long && paragraph[size_t(s)] != previousParagraph;
            summary.text += newParagraph ? QStringLiteral("\n\n") : QStringLiteral(" ");
        }
        summary.text += QStringView(text).mid(span.start, span.length);
        summary.sentences.append(span);
        previousParagraph = paragraph[size_t(s)];
    }
    run.report(100);
    return summary;
}

} // namespace promptdesk

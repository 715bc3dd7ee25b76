// Times the offline engine's extractive summary of a 250,000-word document.
//
// The text is generated deterministically (fixed seed), so runs compare. The summary is timed
// three times and the median reported, next to a reference pass over the same text in the
// same process (QString::split into words), which calibrates for the machine: the ratio says
// how many plain tokenise passes one summary costs. Exit code 1 only if the summary fails.

#include "providers/offline/extractive_summariser.h"
#include "providers/offline/sentence_splitter.h"
#include "synthetic_text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace promptdesk;

namespace {

constexpr int kWords = 250000;
constexpr int kRuns = 3;
constexpr qint64 kTargetMs = 1000;

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString text = testing::syntheticText(kWords);
    const qsizetype sentences = SentenceSplitter().split(text).size();

    std::vector<double> summaryMs;
    std::vector<double> referenceMs;
    qsizetype words = 0;
    qsizetype summaryChars = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        SummaryOptions options;
        options.length = SummaryLength::Medium;
        const Result<Summary> summary = ExtractiveSummariser().summarise(text, options);
        summaryMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!summary.ok()) {
            std::fprintf(stderr, "error: summary failed: %s\n",
                         qPrintable(summary.error().message));
            return 1;
        }
        summaryChars = summary->text.size();

        timer.restart();
        const QStringList tokens =
            text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        referenceMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        words = tokens.size();
    }

    const double summary = medianOf(summaryMs);
    const double reference = medianOf(referenceMs);
    std::printf("text: %lld words, %lld sentences, %lld characters; summary %lld characters\n",
                static_cast<long long>(words), static_cast<long long>(sentences),
                static_cast<long long>(text.size()), static_cast<long long>(summaryChars));
    std::printf("offline summary of %lld words: %.0f ms (median of %d, target < %lld ms); "
                "reference tokenise pass %.0f ms; ratio %.1fx\n",
                static_cast<long long>(words), summary, kRuns, static_cast<long long>(kTargetMs),
                reference, reference > 0 ? summary / reference : 0.0);
    if (summary >= double(kTargetMs)) {
        std::printf("note: above the target on this machine (a figure, not a failure)\n");
    }
    return 0;
}

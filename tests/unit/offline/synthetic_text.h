#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

namespace promptdesk::testing {

// Deterministic English-like text for tests and the benchmark: sentences of 6-30 words drawn
// from a skewed (Zipf-like) word list, paragraphs of 3-8 sentences, with the odd abbreviation,
// decimal number and redaction placeholder so the splitter has real work. Same seed, same text,
// on every platform (a plain 64-bit LCG; no std:: distributions, whose output varies).
inline QString syntheticText(int words, std::uint64_t seed = 42)
{
    static const QStringList vocabulary =
        QStringLiteral(
            "the of and to in a is that for it as was with be by on not he this are or his from at "
            "which but have an they you were her she there been one all we their has would when "
            "project budget team customer report meeting review contract invoice payment quarter "
            "revenue growth risk plan schedule delivery supplier order service support ticket "
            "issue "
            "release product feature design test quality security policy data privacy audit "
            "compliance training hiring office travel expense approval manager director board "
            "strategy market sales forecast target cost margin price discount renewal account "
            "partner vendor agreement deadline milestone update status summary decision action "
            "owner follow proposal estimate analysis result performance incident outage recovery "
            "backup network server database migration upgrade license tool process workflow "
            "request change improvement feedback survey score launch campaign region country "
            "legal finance operations engineering marketing human resources warehouse shipment "
            "stock inventory claim refund complaint escalation priority week month year morning "
            "afternoon agreed confirmed requested approved delayed completed reviewed discussed "
            "planned increased reduced signed sent received shared prepared scheduled needs "
            "should will must can may important urgent new current next previous final clear "
            "significant additional overall annual monthly weekly internal external main key")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList extras = {
        QStringLiteral("e.g."),       QStringLiteral("Dr."),       QStringLiteral("3.5"),
        QStringLiteral("[PERSON_1]"), QStringLiteral("[EMAIL_2]"), QStringLiteral("approx."),
        QStringLiteral("12.75"),      QStringLiteral("No. 7"),     QStringLiteral("i.e.")};

    std::uint64_t state = seed;
    auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    auto word = [&]() -> QString {
        if (next(40) == 0) {
            return extras[qsizetype(next(std::uint64_t(extras.size())))];
        }
        // u^2 skews towards the front of the list, like real word frequencies.
        const double u = double(next(1000000)) / 1000000.0;
        return vocabulary[qsizetype(u * u * double(vocabulary.size()))];
    };

    QString text;
    text.reserve(qsizetype(words) * 7);
    int written = 0;
    int sentencesInParagraph = 0;
    int paragraphLength = 3 + int(next(6));
    while (written < words) {
        const int length = std::min(words - written, 6 + int(next(25)));
        for (int i = 0; i < length; ++i) {
            QString w = word();
            if (i == 0 && w.front().isLower()) {
                w[0] = w[0].toUpper();
            }
            if (i > 0) {
                text += QLatin1Char(' ');
            }
            text += w;
        }
        written += length;
        text += next(12) == 0 ? QStringLiteral("?") : QStringLiteral(".");
        if (++sentencesInParagraph >= paragraphLength) {
            text += QStringLiteral("\n\n");
            sentencesInParagraph = 0;
            paragraphLength = 3 + int(next(6));
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text;
}

} // namespace promptdesk::testing

#include "redaction/pattern_redactor.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace promptdesk;

namespace {

struct TypeScore {
    int gold = 0;
    int goldFound = 0;
    int predicted = 0;
    int predictedRight = 0;

    double recall() const { return gold == 0 ? 1.0 : double(goldFound) / gold; }
    double precision() const { return predicted == 0 ? 1.0 : double(predictedRight) / predicted; }
};

struct GoldSpan {
    qsizetype start;
    qsizetype end;
    QString type;
};

bool overlaps(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

class TestPiiEval final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void meetsIssueFiguresOnSharedDevSet();
};

// Scores every detector on shared/eval/pii-dev.jsonl with score_pii.py's overlap rule (a
// predicted span of the same type that overlaps a gold span) and checks issue 5's figures:
// recall >= 0.97 on every structured type, >= 0.90 on PERSON and ADDRESS, overall precision
// >= 0.85 and leak_char (gold characters no prediction covers) <= 0.02.
void TestPiiEval::meetsIssueFiguresOnSharedDevSet()
{
    PROMPTDESK_REQUIRE_SHARED("eval/pii-dev.jsonl");
    QFile file(promptdesk::testing::sharedDir() + QStringLiteral("/eval/pii-dev.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto redactor = PatternRedactor::withDefaultDetectors();
    QMap<QString, TypeScore> scores;
    TypeScore overall;
    qint64 goldChars = 0;
    qint64 leakedChars = 0;
    int documents = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject doc = QJsonDocument::fromJson(line).object();
        const QString text = doc.value(QStringLiteral("text")).toString();
        QList<GoldSpan> gold;
        for (const QJsonValue &v : doc.value(QStringLiteral("spans")).toArray()) {
            const QJsonObject s = v.toObject();
            gold.append(GoldSpan{s.value(QStringLiteral("start")).toInteger(),
                                 s.value(QStringLiteral("end")).toInteger(),
                                 s.value(QStringLiteral("type")).toString()});
        }
        const QList<PiiSpan> predicted = redactor->detect(text);
        for (const GoldSpan &g : gold) {
            TypeScore &score = scores[g.type];
            ++score.gold;
            ++overall.gold;
            for (const PiiSpan &p : predicted) {
                if (p.type == g.type && overlaps(p.start, p.end, g.start, g.end)) {
                    ++score.goldFound;
                    ++overall.goldFound;
                    break;
                }
            }
            for (qsizetype c = g.start; c < g.end; ++c) {
                ++goldChars;
                bool covered = false;
                for (const PiiSpan &p : predicted) {
                    covered = covered || (p.start <= c && c < p.end);
                }
                leakedChars += covered ? 0 : 1;
            }
        }
        for (const PiiSpan &p : predicted) {
            TypeScore &score = scores[p.type];
            ++score.predicted;
            ++overall.predicted;
            for (const GoldSpan &g : gold) {
                if (p.type == g.type && overlaps(p.start, p.end, g.start, g.end)) {
                    ++score.predictedRight;
                    ++overall.predictedRight;
                    break;
                }
            }
        }
        ++documents;
    }
    QVERIFY(documents > 0);
    const double leak = goldChars == 0 ? 0.0 : double(leakedChars) / double(goldChars);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        qInfo("%-18s gold=%5d recall=%.3f precision=%.3f (overlap)", qPrintable(it.key()), it->gold,
              it->recall(), it->precision());
    }
    qInfo("overall precision=%.3f recall=%.3f leak_char=%.4f on %d documents", overall.precision(),
          overall.recall(), leak, documents);
    const QStringList looseTypes = {QStringLiteral("PERSON"), QStringLiteral("ADDRESS"),
                                    QStringLiteral("LOCATION")};
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it->gold == 0) {
            continue;
        }
        const double needed = looseTypes.contains(it.key()) ? 0.90 : 0.97;
        if (it.key() == QStringLiteral("LOCATION")) {
            continue; // the issue sets no recall figure for LOCATION
        }
        QVERIFY2(it->recall() >= needed, qPrintable(QStringLiteral("%1 recall %2 is below %3")
                                                        .arg(it.key())
                                                        .arg(it->recall(), 0, 'f', 3)
                                                        .arg(needed)));
    }
    QVERIFY2(overall.precision() >= 0.85, "overall precision below 0.85");
    QVERIFY2(leak <= 0.02, "leak_char above 0.02");
}

QTEST_GUILESS_MAIN(TestPiiEval)
#include "test_pii_eval.moc"

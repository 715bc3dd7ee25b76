#include "pattern_redactor.h"
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
    void recallOnSharedDevSet();
};

// Scores the pattern detectors on shared/eval/pii-dev.jsonl with the eval's overlap rule
// (a predicted span of the same type that overlaps a gold span).
void TestPiiEval::recallOnSharedDevSet()
{
    PROMPTDESK_REQUIRE_SHARED("eval/pii-dev.jsonl");
    QFile file(promptdesk::testing::sharedDir() + QStringLiteral("/eval/pii-dev.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QStringList types = {QStringLiteral("EMAIL"), QStringLiteral("PHONE"),
                               QStringLiteral("CREDIT_CARD")};
    QMap<QString, TypeScore> scores;
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
            if (!types.contains(g.type)) {
                continue;
            }
            TypeScore &score = scores[g.type];
            ++score.gold;
            for (const PiiSpan &p : predicted) {
                if (p.type == g.type && overlaps(p.start, p.end, g.start, g.end)) {
                    ++score.goldFound;
                    break;
                }
            }
        }
        for (const PiiSpan &p : predicted) {
            TypeScore &score = scores[p.type];
            ++score.predicted;
            for (const GoldSpan &g : gold) {
                if (p.type == g.type && overlaps(p.start, p.end, g.start, g.end)) {
                    ++score.predictedRight;
                    break;
                }
            }
        }
        ++documents;
    }
    QVERIFY(documents > 0);
    for (const QString &type : types) {
        const TypeScore &s = scores[type];
        qInfo("%s: gold=%d recall=%.3f precision=%.3f (overlap)", qPrintable(type), s.gold,
              s.recall(), s.precision());
    }
    QVERIFY2(scores[QStringLiteral("EMAIL")].recall() >= 0.95, "EMAIL recall below 0.95");
    QVERIFY2(scores[QStringLiteral("CREDIT_CARD")].recall() >= 0.95,
             "CREDIT_CARD recall below 0.95");
}

QTEST_GUILESS_MAIN(TestPiiEval)
#include "test_pii_eval.moc"

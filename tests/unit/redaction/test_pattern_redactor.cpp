#include "redaction/pattern_redactor.h"
#include "redaction/streaming_restorer.h"

#include <QTest>

using namespace promptdesk;

namespace {

// A detector that reports fixed spans, to test overlap resolution in isolation.
class FixedDetector final : public Detector {
public:
    FixedDetector(QString name, QList<PiiSpan> spans)
        : m_name(std::move(name))
        , m_spans(std::move(spans))
    {
    }
    QString name() const override { return m_name; }
    int version() const override { return 3; }
    QList<PiiSpan> detect(QStringView) const override { return m_spans; }

private:
    QString m_name;
    QList<PiiSpan> m_spans;
};

PiiSpan span(qsizetype start, qsizetype end, const QString &type)
{
    return PiiSpan{start, end, type, QStringLiteral("fixed")};
}

} // namespace

class TestPatternRedactor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redactsAndCounts();
    void resolvesOverlaps();
    void reportsDetectorVersions();
    void roundTripsThroughRestorer();
};

void TestPatternRedactor::redactsAndCounts()
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QString text = QStringLiteral("Mail jane@example.com or JANE@example.com, call +44 20 "
                                        "7946 0958; card 4111 1111 1111 1111.");
    const RedactedText redacted = redactor->redact(text);
    QCOMPARE(redacted.text, QStringLiteral("Mail [EMAIL_1] or [EMAIL_1], call [PHONE_1]; card "
                                           "[CREDIT_CARD_1]."));
    QCOMPARE(redacted.spans.size(), 4);
    const QMap<QString, int> counts = redacted.countsByType();
    QCOMPARE(counts.value(QStringLiteral("EMAIL")), 2); // occurrences, not distinct values
    QCOMPARE(counts.value(QStringLiteral("PHONE")), 1);
    QCOMPARE(counts.value(QStringLiteral("CREDIT_CARD")), 1);
    QCOMPARE(redacted.vault.countsByType().value(QStringLiteral("EMAIL")), 1);
    for (qsizetype i = 1; i < redacted.spans.size(); ++i) {
        QVERIFY(redacted.spans[i - 1].end <= redacted.spans[i].start);
    }
}

void TestPatternRedactor::resolvesOverlaps()
{
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QList<PiiSpan> resolved = PatternRedactor::resolveOverlaps({
        span(0, 5, a),                    // loses to the longer 2..10
        span(2, 10, b),                   // longest
        span(10, 14, a),                  // touches, does not overlap: kept
        span(20, 24, a),                  // tie with 22..26: the earlier wins
        span(22, 26, b), span(30, 30, a), // empty: dropped
    });
    QCOMPARE(resolved.size(), 3);
    QCOMPARE(resolved[0].start, 2);
    QCOMPARE(resolved[1].start, 10);
    QCOMPARE(resolved[2].start, 20);
    QCOMPARE(resolved[2].type, a);
}

void TestPatternRedactor::reportsDetectorVersions()
{
    QCOMPARE(
        PatternRedactor::withDefaultDetectors()->detectorVersion(),
        QStringLiteral("address/1,card/1,customer-id/1,date-of-birth/1,email/1,employee-id/1,"
                       "iban/1,ip/1,location/1,national-id/1,passport/1,person/1,phone/1,"
                       "table-columns/1,uk-nino/1,us-driver-license/1,us-ssn/1,vehicle-plate/1"));
    std::vector<std::unique_ptr<Detector>> detectors;
    detectors.push_back(std::make_unique<FixedDetector>(QStringLiteral("zeta"), QList<PiiSpan>{}));
    detectors.push_back(std::make_unique<FixedDetector>(QStringLiteral("alpha"), QList<PiiSpan>{}));
    const PatternRedactor redactor(std::move(detectors));
    QCOMPARE(redactor.detectorVersion(), QStringLiteral("alpha/3,zeta/3"));
    QCOMPARE(redactor.redact(QStringLiteral("x")).detectorVersion, redactor.detectorVersion());
}

void TestPatternRedactor::roundTripsThroughRestorer()
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    const QString text =
        QStringLiteral("Hi, I'm reachable at (415) 390-0954 or jane.doe+x@mail.example.co.uk.\n"
                       "Pay with 5271-8930-0486-3535. Again: JANE.DOE+x@mail.example.co.uk [note]");
    const RedactedText redacted = redactor->redact(text);
    QVERIFY(!redacted.text.contains(QStringLiteral("390-0954")));
    // The model echoes the redacted text; restoring gives the originals back (the repeated,
    // differently-cased e-mail comes back as first seen).
    StreamingRestorer restorer(redacted.vault);
    QString shown;
    for (qsizetype i = 0; i < redacted.text.size(); i += 3) {
        shown += restorer.feed(QStringView(redacted.text).mid(i, 3));
    }
    shown += restorer.finish();
    QString expected = text;
    expected.replace(QStringLiteral("JANE.DOE+x@"), QStringLiteral("jane.doe+x@"));
    QCOMPARE(shown, expected);
    QVERIFY(restorer.unknownPlaceholders().isEmpty());
}

QTEST_GUILESS_MAIN(TestPatternRedactor)
#include "test_pattern_redactor.moc"

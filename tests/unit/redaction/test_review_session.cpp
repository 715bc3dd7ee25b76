#include "redaction/review_session.h"

#include <QTest>

using namespace promptdesk;

namespace {

const QString kText = QStringLiteral("Call Daniel Williams on +1 212-555-0147 in Leeds.");

ReviewSession session(const QStringList &mandatory = {})
{
    const QList<PiiSpan> spans = {{5, 20, QStringLiteral("PERSON"), QStringLiteral("person")},
                                  {24, 39, QStringLiteral("PHONE"), QStringLiteral("phone")},
                                  {43, 48, QStringLiteral("LOCATION"), QStringLiteral("location")}};
    return ReviewSession(kText, spans, mandatory, QStringLiteral("person/1,phone/1"));
}

} // namespace

class TestReviewSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void providerTextHasPlaceholders();
    void rejectAndAcceptSpansAndTypes();
    void mandatoryTypesStayHidden();
    void addedSpansReplaceOverlaps();
};

void TestReviewSession::providerTextHasPlaceholders()
{
    const RedactedText sent = session().providerText();
    QCOMPARE(sent.text, QStringLiteral("Call [PERSON_1] on [PHONE_1] in [LOCATION_1]."));
    QCOMPARE(sent.vault.originalFor(QStringLiteral("[PHONE_1]")),
             QStringLiteral("+1 212-555-0147"));
    QCOMPARE(sent.detectorVersion, QStringLiteral("person/1,phone/1"));
    QCOMPARE(sent.countsByType().value(QStringLiteral("PERSON")), 1);
}

void TestReviewSession::rejectAndAcceptSpansAndTypes()
{
    ReviewSession s = session();
    QVERIFY(s.setAccepted(2, false));
    QCOMPARE(s.providerText().text, QStringLiteral("Call [PERSON_1] on [PHONE_1] in Leeds."));
    QCOMPARE(s.countsByType().value(QStringLiteral("LOCATION")), qMakePair(0, 1));
    QVERIFY(s.setTypeAccepted(QStringLiteral("PHONE"), false));
    QCOMPARE(s.providerText().text, QStringLiteral("Call [PERSON_1] on +1 212-555-0147 in Leeds."));
    QVERIFY(s.setTypeAccepted(QStringLiteral("PHONE"), true));
    QVERIFY(s.setAccepted(2, true));
    QCOMPARE(s.providerText().text, session().providerText().text);
    QVERIFY(!s.setAccepted(7, false));
}

void TestReviewSession::mandatoryTypesStayHidden()
{
    ReviewSession s = session({QStringLiteral("PERSON")});
    QVERIFY(!s.setAccepted(0, false));
    QVERIFY(!s.setTypeAccepted(QStringLiteral("PERSON"), false));
    QVERIFY(!s.addSpan(10, 25, QStringLiteral("CUSTOM"))); // would cut the name
    QVERIFY(s.providerText().text.startsWith(QStringLiteral("Call [PERSON_1]")));
    QVERIFY(s.addSpan(0, 20, QStringLiteral("PERSON"))); // widening is fine
    QVERIFY(s.providerText().text.startsWith(QStringLiteral("[PERSON_1] on")));
}

void TestReviewSession::addedSpansReplaceOverlaps()
{
    ReviewSession s = session();
    QVERIFY(s.addSpan(39, 48, QStringLiteral("ADDRESS"))); // " in Leeds", trimmed
    QCOMPARE(s.items().size(), 3);
    QVERIFY(s.items().last().addedByUser);
    QCOMPARE(s.providerText().text, QStringLiteral("Call [PERSON_1] on [PHONE_1] [ADDRESS_1]."));
    QVERIFY(!s.addSpan(5, 5, QStringLiteral("CUSTOM")));
    QVERIFY(!s.addSpan(-1, 3, QStringLiteral("CUSTOM")));
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "test_review_session.moc"

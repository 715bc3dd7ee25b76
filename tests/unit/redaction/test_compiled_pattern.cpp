// CompiledPattern finds what QRegularExpression::globalMatch finds (the detectors moved from
// one to the other and must report the same spans), and fails the same way on bad text.
#include "redaction/char_range_scan.h"
#include "redaction/compiled_pattern.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace promptdesk;

namespace {

QList<CompiledPattern::Range> findAll(const CompiledPattern &pattern, QStringView text,
                                      int group = 0)
{
    CompiledPattern::Scratch scratch(pattern);
    QList<CompiledPattern::Range> found;
    pattern.findAll(text, group, scratch, found);
    return found;
}

QList<CompiledPattern::Range> qtFindAll(const QRegularExpression &re, QStringView text,
                                        int group = 0)
{
    QList<CompiledPattern::Range> found;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(group) >= 0 && m.capturedEnd(group) > m.capturedStart(group)) {
            found.append({m.capturedStart(group), m.capturedEnd(group)});
        }
    }
    return found;
}

QString spans(const QList<CompiledPattern::Range> &ranges)
{
    QStringList out;
    for (const CompiledPattern::Range &r : ranges) {
        out.append(QStringLiteral("%1-%2").arg(r.start).arg(r.end));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestCompiledPattern final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsEveryMatchLeftToRight();
    void reportsTheRequestedGroup();
    void caseInsensitiveAndUnicodeClasses();
    void agreesWithQRegularExpressionOnRandomText();
    void invalidPatternAndInvalidTextFindNothing();
    void textIsCheckedOnceForUtf16();
    void charRangeScanFindsTheFirstAtAnyOffset();
};

void TestCompiledPattern::findsEveryMatchLeftToRight()
{
    const CompiledPattern ssn(QStringLiteral(R"((?<![\w-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![\w-]))"));
    QVERIFY(ssn.isValid());
    const QString text = QStringLiteral("a 123-45-6789, b 987-65-4321; x123-45-6789 no");
    QCOMPARE(spans(findAll(ssn, text)), QStringLiteral("2-13 17-28"));
    QCOMPARE(findAll(ssn, QString()).size(), 0);
    // Look-behind sees only the subject given (the detectors pass a window of the text).
    QCOMPARE(spans(findAll(ssn, QStringView(text).sliced(31))), QStringLiteral("0-11"));
}

void TestCompiledPattern::reportsTheRequestedGroup()
{
    const CompiledPattern pattern(QStringLiteral(R"(id:(\d+)|name:(\w+))"));
    const QString text = QStringLiteral("id:42 name:Ann id:7");
    QCOMPARE(spans(findAll(pattern, text, 1)), QStringLiteral("3-5 18-19"));
    QCOMPARE(spans(findAll(pattern, text, 2)), QStringLiteral("11-14"));
    QCOMPARE(findAll(pattern, text, 9).size(), 0); // no such group
}

void TestCompiledPattern::caseInsensitiveAndUnicodeClasses()
{
    const CompiledPattern month(QStringLiteral("m[äa]rz|décembre"),
                                QRegularExpression::CaseInsensitiveOption);
    QCOMPARE(spans(findAll(month, QStringLiteral("MÄRZ, Décembre, DÉCEMBRE"))),
             QStringLiteral("0-4 6-14 16-24"));
    const CompiledPattern word(QStringLiteral(R"(\p{Lu}\p{L}+)"));
    QCOMPARE(spans(findAll(word, QStringLiteral("über Ørsted 😀 Łódź"))),
             QStringLiteral("5-11 15-19"));
}

void TestCompiledPattern::agreesWithQRegularExpressionOnRandomText()
{
    const QStringList patterns = {
        QStringLiteral(R"((?<![\w-])[0-9]{3}([- ])[0-9]{2}\1[0-9]{4}(?![\w-]|[.,][0-9]))"),
        QStringLiteral(R"((?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?![\w:]))"),
        QStringLiteral(R"([\p{Lu}][\p{L}]{0,30}(?:straße|weg|Straße)[ ][0-9]{1,4})"),
        QStringLiteral(R"(\b\w{2,5}\b)")};
    const QString alphabet = QStringLiteral("0123456789 -:.,abcdefABCDEFäÄßStraßeweg\n");
    QRandomGenerator random(7);
    for (const QString &source : patterns) {
        const CompiledPattern ours(source);
        const QRegularExpression qt(source);
        for (int round = 0; round < 200; ++round) {
            QString text;
            for (int i = random.bounded(200); i > 0; --i) {
                text += alphabet[random.bounded(alphabet.size())];
            }
            QCOMPARE(spans(findAll(ours, text)), spans(qtFindAll(qt, text)));
        }
    }
}

void TestCompiledPattern::invalidPatternAndInvalidTextFindNothing()
{
    const CompiledPattern broken(QStringLiteral("(unclosed"));
    QVERIFY(!broken.isValid());
    QVERIFY(broken.errorString().contains(QStringLiteral("offset")));
    QCOMPARE(findAll(broken, QStringLiteral("unclosed")).size(), 0);

    // A lone surrogate: QRegularExpression finds nothing in such text, and neither may we.
    const CompiledPattern digits(QStringLiteral("[0-9]+"));
    QString text = QStringLiteral("12 34 ");
    text += QChar(0xD800);
    text += QStringLiteral(" 56");
    QCOMPARE(findAll(digits, text).size(),
             qtFindAll(QRegularExpression(digits.pattern()), text).size());
    QCOMPARE(findAll(digits, text).size(), 0);
}

void TestCompiledPattern::textIsCheckedOnceForUtf16()
{
    using Checked = CompiledPattern::Utf16Checked;
    QCOMPARE(CompiledPattern::checkUtf16(QStringLiteral("plain text, 123")), Checked::Yes);
    QCOMPARE(CompiledPattern::checkUtf16(QStringLiteral("emoji 😀 pairs 😀")), Checked::Yes);
    QString lone = QStringLiteral("abc");
    lone += QChar(0xDC00);
    QCOMPARE(CompiledPattern::checkUtf16(lone), Checked::No);

    const CompiledPattern digits(QStringLiteral("[0-9]+"));
    const QString text = QStringLiteral("a 12 😀 345 b6");
    CompiledPattern::Scratch scratch(digits);
    QList<CompiledPattern::Range> checkedOnce;
    digits.findAll(text, 0, scratch, checkedOnce, Checked::Yes);
    QCOMPARE(spans(checkedOnce), spans(findAll(digits, text)));
}

void TestCompiledPattern::charRangeScanFindsTheFirstAtAnyOffset()
{
    for (qsizetype length = 0; length < 40; ++length) {
        for (qsizetype at = 0; at <= length; ++at) {
            QString text(length, QLatin1Char('x'));
            if (at < length) {
                text[at] = QLatin1Char('7');
            }
            for (qsizetype from = 0; from <= length; ++from) {
                const qsizetype expected = at < length && at >= from ? at : length;
                QCOMPARE(findCharInRange(QStringView(text).utf16(), from, length, u'0', u'9'),
                         expected);
            }
        }
    }
    // Range ends are inside; neighbours are not.
    const QString edges = QStringLiteral("/:09");
    QCOMPARE(findCharInRange(QStringView(edges).utf16(), 0, edges.size(), u'0', u'9'), 2);
}

QTEST_GUILESS_MAIN(TestCompiledPattern)
#include "test_compiled_pattern.moc"

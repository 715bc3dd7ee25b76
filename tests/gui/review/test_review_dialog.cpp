// The review dialog driven with the keyboard only: reject and accept spans and a whole type,
// try to release a mandatory type, mark more text, and check what would be sent.
#include "redaction/pattern_redactor.h"
#include "review_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace promptdesk;

namespace {

const QString kText = QStringLiteral(
    "Name: Daniel Williams\nEmail: daniel.williams@example.com\nPhone: +1 212-555-0147\n"
    "Project Bluebird starts in Leeds.");

ReviewSession makeSession(const QStringList &mandatory)
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    return ReviewSession(kText, redactor->detect(kText), mandatory, redactor->detectorVersion());
}

int rowOf(QTreeWidget *tree, const QString &column1Text, int column = 1)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == column1Text) {
            return i;
        }
    }
    return -1;
}

// Moves the list's keyboard focus to `row` with Home and Down.
void goToRow(QTreeWidget *tree, int row)
{
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home);
    for (int i = 0; i < row; ++i) {
        QTest::keyClick(tree, Qt::Key_Down);
    }
    QCOMPARE(tree->indexOfTopLevelItem(tree->currentItem()), row);
}

} // namespace

class TestReviewDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsSpansWithLabelsAndLegend();
    void keyboardRejectsAndAcceptsSpans();
    void mandatoryTypeCannotBeReleased();
    void typeWideRejectFromLegend();
    void selectionCanBeRedacted();
    void escapeCancels();
};

void TestReviewDialog::showsSpansWithLabelsAndLegend()
{
    ReviewDialog dialog(makeSession({}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *text = dialog.findChild<QTextEdit *>(QStringLiteral("reviewText"));
    auto *legend = dialog.findChild<QTreeWidget *>(QStringLiteral("reviewLegend"));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reviewPreview"));
    QVERIFY(text && legend && preview);
    // Every highlight also carries a text label.
    const QString shown = text->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Daniel Williams [Name]")));
    QVERIFY(shown.contains(QStringLiteral("daniel.williams@example.com [E-mail]")));
    QVERIFY(shown.contains(QStringLiteral("Leeds [City]")));
    // Legend: one row per kind with counts.
    const int names = rowOf(legend, QStringLiteral("1 of 1"), 1);
    QVERIFY(names >= 0);
    QCOMPARE(legend->topLevelItemCount(), 4); // name, e-mail, phone, city
    // The provider sees placeholders only.
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Williams")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("[PERSON_1]")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("[EMAIL_1]")));
}

void TestReviewDialog::keyboardRejectsAndAcceptsSpans()
{
    ReviewDialog dialog(makeSession({}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *spans = dialog.findChild<QTreeWidget *>(QStringLiteral("reviewSpans"));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reviewPreview"));
    const int leeds = rowOf(spans, QStringLiteral("Leeds"));
    QVERIFY(leeds >= 0);
    goToRow(spans, leeds);
    QTest::keyClick(spans, Qt::Key_Space); // reject: send "Leeds" as written
    QVERIFY(preview->toPlainText().contains(QStringLiteral("starts in Leeds.")));
    QCOMPARE(dialog.providerText().countsByType().value(QStringLiteral("LOCATION")), 0);
    QCOMPARE(spans->topLevelItem(leeds)->text(2), QStringLiteral("Sent as written"));
    QVERIFY(spans->hasFocus());
    QTest::keyClick(spans, Qt::Key_Space); // accept again
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Leeds")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("[LOCATION_1]")));

    // Enter sends: the dialog is accepted with the reviewed text.
    QTest::keyClick(spans, Qt::Key_Space);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const RedactedText sent = dialog.providerText();
    QVERIFY(sent.text.contains(QStringLiteral("Leeds")));
    QVERIFY(!sent.text.contains(QStringLiteral("daniel.williams@example.com")));
    QVERIFY(!sent.detectorVersion.isEmpty());
}

void TestReviewDialog::mandatoryTypeCannotBeReleased()
{
    ReviewDialog dialog(makeSession({QStringLiteral("PERSON")}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *spans = dialog.findChild<QTreeWidget *>(QStringLiteral("reviewSpans"));
    auto *legend = dialog.findChild<QTreeWidget *>(QStringLiteral("reviewLegend"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("reviewMandatoryNote"));
    const int person = rowOf(spans, QStringLiteral("Daniel Williams"));
    QVERIFY(person >= 0);
    QVERIFY(!(spans->topLevelItem(person)->flags() & Qt::ItemIsUserCheckable));
    goToRow(spans, person);
    QTest::keyClick(spans, Qt::Key_Space);
    QVERIFY(!dialog.providerText().text.contains(QStringLiteral("Williams")));
    QVERIFY(note->isVisibleTo(&dialog));
    QVERIFY(note->text().contains(QStringLiteral("Name")));
    // The legend row for names is locked too.
    const int nameRow = rowOf(legend, QStringLiteral("Name"), 0);
    QVERIFY(nameRow >= 0);
    QVERIFY(!(legend->topLevelItem(nameRow)->flags() & Qt::ItemIsUserCheckable));
}

void TestReviewDialog::typeWideRejectFromLegend()
{
    ReviewDialog dialog(makeSession({}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *legend = dialog.findChild<QTreeWidget *>(QStringLiteral("reviewLegend"));
    const int phoneRow = rowOf(legend, QStringLiteral("Phone"), 0);
    QVERIFY(phoneRow >= 0);
    goToRow(legend, phoneRow);
    QTest::keyClick(legend, Qt::Key_Space);
    QVERIFY(dialog.providerText().text.contains(QStringLiteral("+1 212-555-0147")));
    QTest::keyClick(legend, Qt::Key_Space);
    QVERIFY(!dialog.providerText().text.contains(QStringLiteral("+1 212-555-0147")));
}

void TestReviewDialog::selectionCanBeRedacted()
{
    ReviewDialog dialog(makeSession({}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *text = dialog.findChild<QTextEdit *>(QStringLiteral("reviewText"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("reviewAddType"));
    // Keyboard only: go to "Project Bluebird" (start of the last line), select it, Ctrl+R.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Home);
    for (int i = 0; i < 16; ++i) {
        QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    }
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("Project Bluebird"));
    type->setCurrentIndex(type->findData(QStringLiteral("CUSTOM")));
    QTest::keyClick(text, Qt::Key_R, Qt::ControlModifier);
    const RedactedText sent = dialog.providerText();
    QVERIFY(!sent.text.contains(QStringLiteral("Bluebird")));
    QVERIFY(sent.text.contains(QStringLiteral("[CUSTOM_1] starts in")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Project Bluebird [Custom term]")));
}

void TestReviewDialog::escapeCancels()
{
    ReviewDialog dialog(makeSession({}));
    dialog.show();
    dialog.activateWindow(); // keyboard focus and shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestReviewDialog)
#include "test_review_dialog.moc"

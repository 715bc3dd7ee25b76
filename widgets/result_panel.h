#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace promptdesk {

class ExtractionTableView;
class OutputView;
class PageSourceDialog;
struct JobOutcome;

// The right side of the main window: the result as formatted text, below it the extraction
// table when the task extracts data (editable, with its exports), and the row with the window's
// Copy / Save buttons. Page citations in a long-document result open the cited page's text.
class ResultPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)
public:
    // `actionButtons` go in the row under the result (the window owns their actions).
    ResultPanel(const QList<QWidget *> &actionButtons, QWidget *parent = nullptr);

    OutputView *output() const { return m_output; }
    ExtractionTableView *table() const { return m_table; }
    // The result's controls that take Tab focus, in reading order (buttons excluded).
    QList<QWidget *> focusChain() const;

    // Before a run: no table, no Continue.
    void hideExtras();
    // A template run's result: the table for extractions, links for page citations.
    void showOutcome(const JobOutcome &outcome);
    // "Continue" under an answer that stopped at the length limit.
    void offerContinue(bool offered);
    QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void continueRequested();

private:
    void showCitedPage(int page);

    OutputView *m_output = nullptr;
    ExtractionTableView *m_table = nullptr;
    PageSourceDialog *m_pageDialog = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace promptdesk

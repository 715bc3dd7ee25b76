#pragma once

#include "pipeline/job.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace promptdesk {

// Two or three answers side by side: per model its name, the output as it arrives, and its
// figures (tokens, cost, time to first token, tokens per second), with a button to mark the
// better answer. Renders state only: the owner runs the comparison and records votes.
class CompareView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)
public:
    explicit CompareView(QWidget *parent = nullptr);

    // Starts a new comparison with one column per model name.
    void setModels(const QStringList &displayNames);
    void appendOutput(int index, const QString &text);
    void setOutcome(int index, const JobOutcome &outcome);
    void markWinner(int index);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    QString outputText(int index) const;
    QString figuresText(int index) const;
    int winner() const { return m_winner; }

    // "1,234 in · 456 out tokens · $0.0123 · first token 0.8 s · 42 tokens/s"
    static QString figuresFor(const JobOutcome &outcome);
    // "$0.0123"; amounts too small for four decimals read "< $0.0001" rather than "$0.0000".
    static QString costText(double usd);

Q_SIGNALS:
    void betterAnswerChosen(int index);

private:
    struct Column {
        QLabel *title = nullptr;
        QPlainTextEdit *output = nullptr;
        QLabel *figures = nullptr;
        QPushButton *vote = nullptr;
        QLabel *badge = nullptr;
        bool finished = false;
    };
    void updateVoteButtons();

    QList<Column> m_columns;
    QWidget *m_row = nullptr;
    int m_winner = -1;
};

} // namespace promptdesk

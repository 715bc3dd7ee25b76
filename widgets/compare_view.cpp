#include "compare_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_row = new QWidget(this);
    new QHBoxLayout(m_row);
    layout->addWidget(m_row, 1);
}

void CompareView::setModels(const QStringList &displayNames)
{
    for (const Column &c : std::as_const(m_columns)) {
        delete c.title->parentWidget();
    }
    m_columns.clear();
    m_winner = -1;
    for (int i = 0; i < displayNames.size(); ++i) {
        auto *panel = new QWidget(m_row);
        auto *v = new QVBoxLayout(panel);
        Column c;
        c.title = new QLabel(displayNames.at(i), panel);
        c.title->setObjectName(QStringLiteral("compareTitle_%1").arg(i));
        c.title->setTextFormat(Qt::PlainText);
        QFont bold = c.title->font();
        bold.setBold(true);
        c.title->setFont(bold);
        c.output = new QPlainTextEdit(panel);
        c.output->setObjectName(QStringLiteral("compareOutput_%1").arg(i));
        c.output->setReadOnly(true);
        c.output->setAccessibleName(tr("Answer from %1").arg(displayNames.at(i)));
        c.figures = new QLabel(tr("Waiting for the answer…"), panel);
        c.figures->setObjectName(QStringLiteral("compareFigures_%1").arg(i));
        c.figures->setTextFormat(Qt::PlainText);
        c.figures->setWordWrap(true);
        c.figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
        c.badge = new QLabel(panel);
        c.badge->setObjectName(QStringLiteral("compareBadge_%1").arg(i));
        c.vote = new QPushButton(tr("This answer is better"), panel);
        c.vote->setObjectName(QStringLiteral("compareVote_%1").arg(i));
        c.vote->setAccessibleName(tr("Mark the answer from %1 as better").arg(displayNames.at(i)));
        c.vote->setEnabled(false);
        connect(c.vote, &QPushButton::clicked, this, [this, i] {
            markWinner(i);
            Q_EMIT betterAnswerChosen(i);
        });
        v->addWidget(c.title);
        v->addWidget(c.output, 1);
        v->addWidget(c.figures);
        v->addWidget(c.badge);
        v->addWidget(c.vote);
        m_row->layout()->addWidget(panel);
        m_columns.append(c);
    }
}

void CompareView::appendOutput(int index, const QString &text)
{
    if (index < 0 || index >= m_columns.size()) {
        return;
    }
    QPlainTextEdit *output = m_columns.at(index).output;
    output->moveCursor(QTextCursor::End);
    output->insertPlainText(text);
}

QString CompareView::costText(double usd)
{
    if (usd > 0 && usd < 0.00005) {
        return QStringLiteral("< $0.0001");
    }
    return QStringLiteral("$") + QString::number(usd, 'f', 4);
}

QString CompareView::figuresFor(const JobOutcome &outcome)
{
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%1 in · %2 out tokens")
                     .arg(locale.toString(outcome.usage.inputTokens),
                          locale.toString(outcome.usage.outputTokens)));
    parts.append(outcome.costUsd >= 0 ? costText(outcome.costUsd) : tr("cost unknown"));
    parts.append(
        outcome.firstTokenMs >= 0
            ? tr("first token %1 s").arg(locale.toString(outcome.firstTokenMs / 1000.0, 'f', 1))
            : tr("no first token"));
    parts.append(tr("%1 tokens/s").arg(locale.toString(outcome.tokensPerSecond, 'f', 0)));
    return parts.join(QStringLiteral(" · "));
}

void CompareView::setOutcome(int index, const JobOutcome &outcome)
{
    if (index < 0 || index >= m_columns.size()) {
        return;
    }
    Column &c = m_columns[index];
    c.finished = true;
    if (c.output->toPlainText().isEmpty() && !outcome.output.isEmpty()) {
        c.output->setPlainText(outcome.output);
    }
    QString figures = figuresFor(outcome);
    if (outcome.error) {
        figures = outcome.error->message + QStringLiteral("\n") + figures;
    }
    c.figures->setText(figures);
    updateVoteButtons();
}

void CompareView::markWinner(int index)
{
    if (index < 0 || index >= m_columns.size()) {
        return;
    }
    m_winner = index;
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i].badge->setText(i == index ? tr("\u2605 Better answer") : QString());
    }
    updateVoteButtons();
}

void CompareView::updateVoteButtons()
{
    const bool allDone = std::all_of(m_columns.cbegin(), m_columns.cend(),
                                     [](const Column &c) { return c.finished; });
    for (Column &c : m_columns) {
        c.vote->setEnabled(allDone && m_winner < 0);
    }
}

QString CompareView::outputText(int index) const
{
    return index >= 0 && index < m_columns.size() ? m_columns.at(index).output->toPlainText()
                                                  : QString();
}

QString CompareView::figuresText(int index) const
{
    return index >= 0 && index < m_columns.size() ? m_columns.at(index).figures->text() : QString();
}

} // namespace promptdesk

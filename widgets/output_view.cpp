#include "output_view.h"

#include "pipeline/job_outcome.h"
#include "templates/citations.h"
#include "theme.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace promptdesk {

namespace {

// Re-rendering Markdown costs time proportional to its length, so long results are
// re-rendered less often: 50 ms for ordinary output, up to half a second for huge output.
int renderIntervalFor(qsizetype length)
{
    return static_cast<int>(std::clamp<qsizetype>(50 + length / 2000, 50, 500));
}

} // namespace

OutputView::OutputView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outputView"));

    m_basicNote = new QLabel(
        tr("Made by the built-in basic engine (no AI): sentences are picked from your text."),
        this);
    m_basicNote->setObjectName(QStringLiteral("basicEngineNote"));
    m_basicNote->setWordWrap(true);
    m_basicNote->setTextFormat(Qt::PlainText);
    m_basicNote->setForegroundRole(QPalette::PlaceholderText);
    m_basicNote->setAccessibleName(m_basicNote->text());
    m_basicNote->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outputMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("outputBrowser"));
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false); // results are shown, never followed
    m_browser->setPlaceholderText(tr("The result will appear here."));
    m_browser->setAccessibleName(tr("Result"));
    m_browser->setAccessibleDescription(tr("The result of the task, as formatted text."));
    m_browser->setTabChangesFocus(true);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Only our own citation links do anything; links in a model's answer are never opened.
        bool ok = false;
        const int page = url.path().toInt(&ok);
        if (url.scheme() == QStringLiteral("page") && ok && sourcePage(page)) {
            Q_EMIT citationActivated(page);
        }
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_rendering) {
            m_followTail = value >= m_browser->verticalScrollBar()->maximum();
        }
    });

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    connect(m_renderTimer, &QTimer::timeout, this, &OutputView::render);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_basicNote);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);
}

void OutputView::beginJob(bool basicEngine)
{
    m_renderTimer->stop();
    m_markdown.clear();
    m_prefix.clear();
    m_sourcePages.clear();
    m_followTail = true;
    m_basicNote->setVisible(basicEngine);
    setMessage({}, false);
    render();
}

void OutputView::continueJob()
{
    m_renderTimer->stop();
    m_prefix = m_markdown;
    m_followTail = true;
    setMessage({}, false);
    render();
}

void OutputView::appendDelta(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    m_markdown += text;
    if (!m_renderTimer->isActive()) {
        m_renderTimer->start(renderIntervalFor(m_markdown.size()));
    }
}

void OutputView::finishJob(const JobOutcome &outcome)
{
    m_renderTimer->stop();
    if (!outcome.output.isEmpty() || outcome.succeeded()) {
        m_markdown = m_prefix + outcome.output; // the job's final text is authoritative
    }
    render();
    if (outcome.error) {
        if (outcome.error->kind == ErrorKind::Cancelled) {
            setMessage(m_markdown.isEmpty() ? tr("(stopped — nothing was produced)")
                                            : tr("(stopped — partial result)"),
                       false);
        } else {
            QString text = outcome.error->message;
            if (!m_markdown.isEmpty()) {
                text += QLatin1Char(' ') + tr("(partial result below)");
            }
            setMessage(text, true);
        }
    } else if (!outcome.warnings.isEmpty()) {
        setMessage(outcome.warnings.join(QLatin1Char('\n')), false);
    } else if (outcome.incomplete) {
        setMessage(tr("The result was cut short: it reached the length limit."), false);
    }
    Q_EMIT outputChanged();
}

void OutputView::showProblem(const QString &message)
{
    setMessage(message, true);
}

void OutputView::clear()
{
    m_renderTimer->stop();
    m_markdown.clear();
    m_prefix.clear();
    m_sourcePages.clear();
    m_basicNote->hide();
    setMessage({}, false);
    render();
}

QString OutputView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool OutputView::isBasicNoteVisible() const
{
    return m_basicNote->isVisibleTo(this);
}

void OutputView::setSourcePages(const QList<DocumentPage> &pages)
{
    m_sourcePages = pages;
    render();
}

const DocumentPage *OutputView::sourcePage(int number) const
{
    for (const DocumentPage &page : m_sourcePages) {
        if (page.number == number) {
            return &page;
        }
    }
    return nullptr;
}

void OutputView::render()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int previous = bar->value();
    m_rendering = true;
    m_browser->setMarkdown(
        m_sourcePages.isEmpty() ? m_markdown : linkCitations(m_markdown, QStringLiteral("page")));
    bar->setValue(m_followTail ? bar->maximum() : previous);
    m_rendering = false;
    Q_EMIT outputChanged();
}

void OutputView::setMessage(const QString &text, bool isProblem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isProblem
                                 ? problemTextStyle(this) + QStringLiteral("font-weight: bold;")
                                 : QStringLiteral("font-style: italic;"));
    m_message->setAccessibleName(isProblem ? tr("Problem") : tr("Note"));
    m_message->setAccessibleDescription(text);
}

} // namespace promptdesk

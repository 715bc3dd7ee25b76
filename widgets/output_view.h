#pragma once

#include "documents/document.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;

namespace promptdesk {

struct JobOutcome;

// The result of a job, rendered as Markdown while it streams in. Deltas are buffered and
// re-rendered on a short coalescing timer, so a long result never freezes the window.
class OutputView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputView)
public:
    explicit OutputView(QWidget *parent = nullptr);

    // Starts a new result; `basicEngine` shows the note that no AI was involved.
    void beginJob(bool basicEngine);
    // Starts a continuation of the result shown ("Continue" after the length limit): the new
    // output is appended to it.
    void continueJob();
    void appendDelta(const QString &text);
    // Shows the final result, or the error / stop note; keeps partial output.
    void finishJob(const JobOutcome &outcome);
    // A problem found before any job started (e.g. a file that cannot be read).
    void showProblem(const QString &message);
    void clear();

    QString markdown() const { return m_markdown; }
    bool hasOutput() const { return !m_markdown.isEmpty(); }
    QString messageText() const;
    bool isBasicNoteVisible() const;
    QTextBrowser *browser() const { return m_browser; }

    // The source pages of a long-document result: page citations ("[p. 12]") then render as
    // links that emit citationActivated. Empty: citations stay plain text.
    void setSourcePages(const QList<DocumentPage> &pages);
    const DocumentPage *sourcePage(int number) const;

Q_SIGNALS:
    void outputChanged(); // the Markdown text changed (for enabling Copy / Save)
    void citationActivated(int page);

private:
    void render();
    void setMessage(const QString &text, bool isProblem);

    QString m_markdown;
    QString m_prefix; // a continued result's earlier part
    QList<DocumentPage> m_sourcePages;
    bool m_followTail = true;
    bool m_rendering = false;
    QLabel *m_basicNote = nullptr;
    QLabel *m_message = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_renderTimer = nullptr;
};

} // namespace promptdesk

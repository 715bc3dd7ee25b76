#pragma once

#include "review_session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace promptdesk {

struct JobRequest;
struct PipelineServices;

// The review step before sending: the text with each detected span highlighted in its
// type's colour AND labelled with the type's name (never colour alone), a legend with counts
// per type, a list to accept or reject each span, type-wide accept/reject in the legend,
// "Redact selection" to add a span, and a live "what the provider will see" view.
// Mandatory types (policy) cannot be released. Everything works from the keyboard:
// Tab between the parts, arrows and Space in the lists, Shift+arrows to select text, Ctrl+R
// to redact the selection, Enter to send, Esc to cancel. All logic lives in ReviewSession.
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)
public:
    explicit ReviewDialog(ReviewSession session, QWidget *parent = nullptr);

    const ReviewSession &session() const { return m_session; }
    // What will be sent if the user presses Send.
    RedactedText providerText() const { return m_session.providerText(); }

    // The GUI's review step before a job: reads and redacts the request's input, shows the
    // dialog (modal) and, when the user presses Send, stores the approved text in
    // request.reviewed. Returns false when the user cancelled. Nothing to review (redaction
    // off, unreadable input: the job reports that) returns true and leaves the request as is.
    static bool reviewBeforeSending(QWidget *parent, const PipelineServices &services,
                                    JobRequest &request);

    // Readable name of a type ("E-mail address"), and its highlight colour.
    static QString typeLabel(const QString &type);
    static QColor typeColor(const QString &type);

private:
    void rebuild();
    void rebuildText();
    void rebuildSpanList();
    void rebuildLegend();
    void onSpanItemChanged(QTreeWidgetItem *item, int column);
    void onLegendItemChanged(QTreeWidgetItem *item, int column);
    void redactSelection();

    ReviewSession m_session;
    QList<qsizetype> m_docToOriginal; // document position -> original offset, -1 for labels
    QTextEdit *m_text = nullptr;
    QTreeWidget *m_spans = nullptr;
    QTreeWidget *m_legend = nullptr;
    QComboBox *m_addType = nullptr;
    QPushButton *m_addButton = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_mandatoryNote = nullptr;
    QLabel *m_status = nullptr;
    bool m_updating = false;
};

} // namespace promptdesk

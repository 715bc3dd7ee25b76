#pragma once

#include "redaction/review_session.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace promptdesk {

class Pipeline;
struct PreparedInput;

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

    // The GUI's review step before a job, over the input Pipeline::prepare() read and
    // redacted (never read again here): shows the dialog (modal) and returns the text the user
    // approved when they press Send, or nothing when they cancelled.
    static std::optional<RedactedText> review(QWidget *parent, const Pipeline &pipeline,
                                              const PreparedInput &prepared);

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

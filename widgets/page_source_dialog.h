#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace promptdesk {

struct DocumentPage;

// The text of one source page, opened from a page citation ("[p. 12]") in a result, so the
// reader can check what the summary rests on. Read-only; the window is reused for the next page.
class PageSourceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSourceDialog)
public:
    explicit PageSourceDialog(QWidget *parent = nullptr);

    void showPage(const DocumentPage &page);
    QString pageText() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace promptdesk

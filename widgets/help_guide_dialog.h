#pragma once

#include <QDialog>

class QTabWidget;

namespace promptdesk {

class TemplateLibrary;

// Help > Task guide: one page per kind of task (Summarise, Rewrite, Extract) saying what it
// is for, how to get good results, and which templates of that kind are available.
class HelpGuideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpGuideDialog)
public:
    explicit HelpGuideDialog(const TemplateLibrary &templates, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }

private:
    QTabWidget *m_pages = nullptr;
};

} // namespace promptdesk

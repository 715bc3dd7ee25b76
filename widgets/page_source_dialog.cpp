#include "page_source_dialog.h"

#include "documents/document.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

PageSourceDialog::PageSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pageSourceDialog"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("pageSourceText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

void PageSourceDialog::showPage(const DocumentPage &page)
{
    const QString title = page.label.isEmpty()
                              ? tr("Page %1").arg(page.number)
                              : tr("Page %1 (%2)").arg(page.number).arg(page.label);
    setWindowTitle(tr("Source: %1").arg(title));
    m_text->setAccessibleName(tr("Text of %1").arg(title));
    m_text->setPlainText(page.text);
    show();
    raise();
    activateWindow();
}

QString PageSourceDialog::pageText() const
{
    return m_text->toPlainText();
}

} // namespace promptdesk

#include "help_guide_dialog.h"

#include "templates/template_library.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

struct CategoryGuide {
    TemplateCategory category;
    QString title;
    QString purpose;
    QStringList tips;
};

QList<CategoryGuide> guides()
{
    return {
        {TemplateCategory::Summarise,
         HelpGuideDialog::tr("Summarise"),
         HelpGuideDialog::tr("Turns a long document, e-mail thread or report into a short "
                             "summary with the key points first. Use it to decide quickly "
                             "what a document is about or to brief a colleague."),
         {HelpGuideDialog::tr("Choose the length: short for a few sentences, long for a page."),
          HelpGuideDialog::tr("Long documents are summarised part by part; page numbers in "
                              "the result show where a point comes from."),
          HelpGuideDialog::tr("Check names and numbers against the document before you pass "
                              "the summary on.")}},
        {TemplateCategory::Rewrite,
         HelpGuideDialog::tr("Rewrite"),
         HelpGuideDialog::tr("Tidies rough notes into clean text: a formal message, a bullet "
                             "list or plain prose. The meaning stays; the wording changes."),
         {HelpGuideDialog::tr("Paste your notes with Ctrl+Shift+V, or type them into the "
                              "notes box."),
          HelpGuideDialog::tr("Pick the style in the options below the task."),
          HelpGuideDialog::tr("Read the result before you send it: you stay responsible for "
                              "what it says.")}},
        {TemplateCategory::Extract,
         HelpGuideDialog::tr("Extract"),
         HelpGuideDialog::tr("Pulls facts out of a document into a table: dates, amounts, "
                             "contacts and labelled fields, such as the details of an invoice "
                             "or a form."),
         {HelpGuideDialog::tr("Choose which fields you want; a custom list of column names "
                              "works too."),
          HelpGuideDialog::tr("Personal details in the table are put back on this computer "
                              "only; the service saw placeholders."),
          HelpGuideDialog::tr("Copy the table, or save the result as a file.")}},
    };
}

QString pageHtml(const CategoryGuide &guide, const QList<Template> &templates)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><h3>%3</h3><ul>")
                       .arg(guide.title.toHtmlEscaped(), guide.purpose.toHtmlEscaped(),
                            HelpGuideDialog::tr("Tips").toHtmlEscaped());
    for (const QString &tip : guide.tips) {
        html += QStringLiteral("<li>%1</li>").arg(tip.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><h3>%1</h3>")
                .arg(HelpGuideDialog::tr("Templates of this kind").toHtmlEscaped());
    if (templates.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(HelpGuideDialog::tr("None is available at the moment.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<ul>");
    for (const Template &tmpl : templates) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(tmpl.name.toHtmlEscaped(), tmpl.description.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace

HelpGuideDialog::HelpGuideDialog(const TemplateLibrary &templates, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpGuideDialog"));
    setWindowTitle(tr("Task guide"));

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("helpGuidePages"));
    m_pages->setAccessibleName(tr("Kinds of task"));
    for (const CategoryGuide &guide : guides()) {
        auto *page = new QTextBrowser(m_pages);
        page->setObjectName(QStringLiteral("guide_") + templateCategoryName(guide.category));
        page->setAccessibleName(tr("Guide: %1").arg(guide.title));
        page->setOpenLinks(false);
        page->setHtml(pageHtml(guide, templates.inCategory(guide.category)));
        m_pages->addTab(page, guide.title);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace promptdesk

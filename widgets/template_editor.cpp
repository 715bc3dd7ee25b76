#include "template_editor.h"

#include "templates/prompt_builder.h"
#include "templates/template_json.h"
#include "templates/user_template_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace promptdesk {

TemplateEditor::TemplateEditor(const Template &tmpl, QStringList takenIds, QWidget *parent)
    : QDialog(parent)
    , m_base(tmpl)
    , m_takenIds(std::move(takenIds))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Template"));
    resize(900, 640);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("editorId"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("editorName"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("editorDescription"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("editorCategory"));
    m_category->addItem(tr("Summarise"), QStringLiteral("summarise"));
    m_category->addItem(tr("Rewrite"), QStringLiteral("rewrite"));
    m_category->addItem(tr("Extract"), QStringLiteral("extract"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("editorFormat"));
    m_format->addItem(tr("Text (Markdown)"), QStringLiteral("markdown"));
    m_format->addItem(tr("Table (JSON schema)"), QStringLiteral("json"));
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setRange(1, 200000);
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(QStringLiteral("editorSystem"));
    m_user = new QPlainTextEdit(this);
    m_user->setObjectName(QStringLiteral("editorUser"));
    m_variables = new QPlainTextEdit(this);
    m_variables->setObjectName(QStringLiteral("editorVariables"));
    m_schema = new QPlainTextEdit(this);
    m_schema->setObjectName(QStringLiteral("editorSchema"));
    m_sample =
        new QPlainTextEdit(tr("Paste a short sample text here to preview the prompt."), this);
    m_sample->setObjectName(QStringLiteral("editorSample"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("editorPreview"));
    m_preview->setReadOnly(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorProblems"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&Task:"), m_category);
    form->addRow(tr("&Output:"), m_format);
    form->addRow(tr("&Longest answer (tokens):"), m_maxTokens);
    form->addRow(tr("&Instructions:"), m_system);
    form->addRow(tr("&Prompt ({{document}} marks the text):"), m_user);
    form->addRow(tr("&Variables (JSON):"), m_variables);
    form->addRow(tr("Table &schema (JSON):"), m_schema);
    auto *left = new QWidget(this);
    left->setLayout(form);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *sampleLabel = new QLabel(tr("Sa&mple text:"), right);
    sampleLabel->setBuddy(m_sample);
    auto *previewLabel = new QLabel(tr("P&review of what is sent:"), right);
    previewLabel->setBuddy(m_preview);
    rightLayout->addWidget(sampleLabel);
    rightLayout->addWidget(m_sample);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);
    // Screen readers speak these names; Tab moves on from the multi-line fields.
    m_sample->setAccessibleName(tr("Sample text"));
    m_preview->setAccessibleName(tr("Preview of what is sent"));
    m_status->setAccessibleName(tr("Problems"));
    for (QPlainTextEdit *edit : {m_system, m_user, m_variables, m_schema, m_sample, m_preview}) {
        edit->setTabChangesFocus(true);
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_duplicate = m_buttons->addButton(tr("&Duplicate"), QDialogButtonBox::ActionRole);
    m_duplicate->setObjectName(QStringLiteral("editorDuplicate"));
    m_export = m_buttons->addButton(tr("Share (e&xport)…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("editorExport"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        refresh();
        if (m_problems.isEmpty() && !m_readOnly) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplateEditor::duplicate);
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(editedTemplate()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_id, m_name, m_description}) {
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditor::refresh);
    }
    for (QPlainTextEdit *edit : {m_system, m_user, m_variables, m_schema, m_sample}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &TemplateEditor::refresh);
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, &TemplateEditor::refresh);
    connect(m_format, &QComboBox::currentIndexChanged, this, &TemplateEditor::refresh);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &TemplateEditor::refresh);

    load(tmpl);
    setReadOnly(!tmpl.editable());
}

void TemplateEditor::load(const Template &tmpl)
{
    m_base = tmpl;
    m_id->setText(tmpl.id);
    m_name->setText(tmpl.name);
    m_description->setText(tmpl.description);
    m_category->setCurrentIndex(m_category->findData(templateCategoryName(tmpl.category)));
    m_format->setCurrentIndex(tmpl.outputFormat == OutputFormat::Json ? 1 : 0);
    m_maxTokens->setValue(tmpl.maxOutputTokens);
    m_system->setPlainText(tmpl.systemPrompt);
    m_user->setPlainText(tmpl.userPrompt);
    const QJsonObject json = templateToJson(tmpl);
    m_variables->setPlainText(
        QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("options")).toArray()).toJson()));
    m_schema->setPlainText(tmpl.outputSchema.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(tmpl.outputSchema).toJson()));
    refresh();
}

void TemplateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_id, m_name, m_description}) {
        edit->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *edit : {m_system, m_user, m_variables, m_schema}) {
        edit->setReadOnly(readOnly);
    }
    m_category->setEnabled(!readOnly);
    m_format->setEnabled(!readOnly);
    m_maxTokens->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
    setWindowTitle(readOnly
                       ? (m_base.locked ? tr("Template (locked by your organisation)")
                                        : tr("Template (built in — duplicate it to make changes)"))
                       : tr("Your template"));
    refresh();
}

Template TemplateEditor::editedTemplate() const
{
    QJsonObject json = templateToJson(m_base);
    json.insert(QStringLiteral("id"), m_id->text().trimmed());
    // Edited text replaces the text in the user's language; other translations are kept.
    auto replaceTranslation = [&](const QString &key, const QString &text) {
        QJsonValue value = json.value(key);
        if (value.isObject()) {
            QJsonObject translations = value.toObject();
            const QString language =
                QLocale::languageToCode(QLocale().language(), QLocale::ISO639Part1);
            translations.insert(translations.contains(language) ? language : QStringLiteral("en"),
                                text);
            json.insert(key, translations);
        } else {
            json.insert(key, text);
        }
    };
    replaceTranslation(QStringLiteral("name"), m_name->text());
    replaceTranslation(QStringLiteral("description"), m_description->text());
    json.insert(QStringLiteral("category"), m_category->currentData().toString());
    json.insert(QStringLiteral("system"), m_system->toPlainText());
    json.insert(QStringLiteral("user"), m_user->toPlainText());
    json.insert(QStringLiteral("options"),
                QJsonDocument::fromJson(m_variables->toPlainText().toUtf8()).array());
    QJsonObject output{{QStringLiteral("format"), m_format->currentData().toString()}};
    if (m_format->currentData().toString() == QStringLiteral("json")) {
        output.insert(QStringLiteral("schema"),
                      QJsonDocument::fromJson(m_schema->toPlainText().toUtf8()).object());
    }
    json.insert(QStringLiteral("output"), output);
    QJsonObject params = json.value(QStringLiteral("params")).toObject();
    params.insert(QStringLiteral("maxOutputTokens"), m_maxTokens->value());
    json.insert(QStringLiteral("params"), params);
    TemplateJsonContext context;
    context.origin = m_base.origin;
    Result<Template> parsed = templateFromJson(json, context);
    Template t = parsed ? parsed.value() : m_base;
    t.origin = m_base.origin;
    t.locked = m_base.locked;
    if (!parsed) {
        t.id = m_id->text().trimmed();
        t.userPrompt = m_user->toPlainText();
    }
    return t;
}

QString TemplateEditor::previewText() const
{
    return m_preview->toPlainText();
}

void TemplateEditor::refresh()
{
    const Template t = editedTemplate();
    m_problems = validateTemplate(t);
    QJsonParseError error;
    QJsonDocument::fromJson(m_variables->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError &&
        !m_variables->toPlainText().trimmed().isEmpty()) {
        m_problems.prepend(tr("The variables are not valid JSON: %1.").arg(error.errorString()));
    }
    if (!m_readOnly && m_takenIds.contains(t.id) && t.id != m_base.id) {
        m_problems.prepend(tr("The id \"%1\" is already used by another template.").arg(t.id));
    }
    const ProviderRequest request = buildProviderRequest(t, {}, m_sample->toPlainText(), QString());
    m_preview->setPlainText(tr("Instructions:") + QLatin1Char('\n') + request.system +
                            QStringLiteral("\n\n") + tr("Prompt:") + QLatin1Char('\n') +
                            request.messages.constFirst().content);
    m_status->setText(m_problems.isEmpty()
                          ? tr("The template is valid.")
                          : tr("To fix: %1").arg(m_problems.join(QStringLiteral(" "))));
    m_schema->setEnabled(m_format->currentData().toString() == QStringLiteral("json"));
}

void TemplateEditor::duplicate()
{
    Template copy = UserTemplateStore::duplicate(editedTemplate(), m_takenIds);
    load(copy);
    setReadOnly(false);
}

} // namespace promptdesk

#pragma once

#include "templates/template.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace promptdesk {

// Creates and edits the user's own templates: name, description, task, prompts with
// {{variables}}, the variables themselves and, for extraction, the JSON schema (both as JSON
// text), with a live preview of the prompt over a sample text and the validation problems.
// Built-in and company templates open read-only; "Duplicate" makes an editable copy. Saving
// and sharing are the owner's (it receives the template through accepted()/shareRequested()).
class TemplateEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)
public:
    // `takenIds`: ids in use, so a duplicate gets a free one.
    TemplateEditor(const Template &tmpl, QStringList takenIds, QWidget *parent = nullptr);

    // The template as edited (valid or not).
    Template editedTemplate() const;
    QStringList problems() const { return m_problems; }
    bool isReadOnly() const { return m_readOnly; }
    QString previewText() const;

    void duplicate();

Q_SIGNALS:
    void exportRequested(const promptdesk::Template &tmpl);

private:
    void load(const Template &tmpl);
    void setReadOnly(bool readOnly);
    void refresh();

    Template m_base;
    QStringList m_takenIds;
    bool m_readOnly = false;
    QStringList m_problems;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    QPlainTextEdit *m_variables = nullptr;
    QPlainTextEdit *m_schema = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace promptdesk

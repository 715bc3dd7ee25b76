#pragma once

#include "templates/template.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace promptdesk {

class TemplateLibrary;

// Which template to run and its options: one radio button per task (Summarise, Rewrite,
// Extract), a "Kind" list of the task's templates (the general one first, then e.g. "Brief
// summary", "Meeting notes with action items"), the chosen template's description, and a field
// per template variable: a drop-down list for choices, a text field, or a number box.
class TemplatePicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePicker)
public:
    // `reservedMnemonics`: Alt+letters already used elsewhere in the window.
    explicit TemplatePicker(const TemplateLibrary &library, QSet<QChar> reservedMnemonics = {},
                            QWidget *parent = nullptr);

    QString templateId() const;
    QMap<QString, QString> options() const; // option key -> chosen value

    bool setTemplateId(const QString &id);
    bool setOption(const QString &key, const QString &value);

    QList<QRadioButton *> templateButtons() const { return m_buttons; }
    QList<QComboBox *> optionBoxes() const { return m_boxes; }
    QComboBox *variantBox() const { return m_variants; }
    // Replaces the templates shown (after the user saved or deleted one), keeping the choice.
    void setTemplates(const QList<Template> &templates);

Q_SIGNALS:
    void selectionChanged(const QString &templateId, const QMap<QString, QString> &options);

private:
    void showCategory(int index);
    void showTemplate(const QString &id);
    const Template *current() const;
    void emitSelection();

    QList<Template> m_templates;
    QList<TemplateCategory> m_categories; // one per radio button
    QSet<QChar> m_usedMnemonics;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
    QLabel *m_description = nullptr;
    QFormLayout *m_optionsForm = nullptr;
    QComboBox *m_variants = nullptr;
    QList<QComboBox *> m_boxes;
    QList<QLineEdit *> m_texts;
    QList<QSpinBox *> m_numbers;
    bool m_rebuilding = false;
    QHash<QString, QMap<QString, QString>> m_chosen; // per template, kept across switches
};

} // namespace promptdesk

#include "template_picker.h"

#include "mnemonics.h"
#include "templates/template_library.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

// The template a task's button stands for: the general one (id == category name), else the
// task's first template.
const Template *headOf(const QList<Template> &templates, TemplateCategory category)
{
    const Template *first = nullptr;
    for (const Template &t : templates) {
        if (t.category != category) {
            continue;
        }
        if (t.id == templateCategoryName(category)) {
            return &t;
        }
        if (!first) {
            first = &t;
        }
    }
    return first;
}

} // namespace

TemplatePicker::TemplatePicker(const TemplateLibrary &library, QSet<QChar> reservedMnemonics,
                               QWidget *parent)
    : QWidget(parent)
    , m_templates(library.all())
    , m_usedMnemonics(std::move(reservedMnemonics))
{
    setObjectName(QStringLiteral("templatePicker"));

    auto *box = new QGroupBox(tr("What should Promptdesk do?"), this);
    box->setAccessibleName(tr("Task"));
    auto *buttonRow = new QHBoxLayout;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (TemplateCategory category :
         {TemplateCategory::Summarise, TemplateCategory::Rewrite, TemplateCategory::Extract}) {
        const Template *head = headOf(m_templates, category);
        if (!head) {
            continue;
        }
        auto *button = new QRadioButton(withMnemonic(head->name, m_usedMnemonics), box);
        button->setObjectName(QStringLiteral("template_") + head->id);
        button->setAccessibleName(head->name);
        button->setAccessibleDescription(head->description);
        button->setToolTip(head->description);
        m_group->addButton(button, static_cast<int>(m_categories.size()));
        m_categories.append(category);
        m_buttons.append(button);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch();

    m_variants = new QComboBox(box);
    m_variants->setObjectName(QStringLiteral("templateVariant"));
    m_variants->setAccessibleName(tr("Kind"));
    auto *variantLabel =
        new QLabel(withMnemonic(tr("Kind"), m_usedMnemonics) + QLatin1Char(':'), box);
    variantLabel->setBuddy(m_variants);
    auto *variantRow = new QHBoxLayout;
    variantRow->addWidget(variantLabel);
    variantRow->addWidget(m_variants, 1);

    m_description = new QLabel(box);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_optionsForm = new QFormLayout;
    m_optionsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(buttonRow);
    boxLayout->addLayout(variantRow);
    boxLayout->addWidget(m_description);
    boxLayout->addLayout(m_optionsForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            showCategory(id);
            emitSelection();
        }
    });
    connect(m_variants, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rebuilding) {
            return;
        }
        showTemplate(m_variants->currentData().toString());
        emitSelection();
    });
    if (!m_buttons.isEmpty()) {
        m_buttons.constFirst()->setChecked(true);
    }
}

void TemplatePicker::setTemplates(const QList<Template> &templates)
{
    const QString id = templateId();
    m_templates = templates;
    const int category = m_group->checkedId();
    showCategory(category);
    if (!setTemplateId(id)) {
        emitSelection();
    }
}

const Template *TemplatePicker::current() const
{
    const QString id = m_variants->currentData().toString();
    for (const Template &t : m_templates) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QString TemplatePicker::templateId() const
{
    const Template *t = current();
    return t ? t->id : QString();
}

QMap<QString, QString> TemplatePicker::options() const
{
    QMap<QString, QString> chosen;
    for (const QComboBox *combo : m_boxes) {
        chosen.insert(combo->property("optionKey").toString(), combo->currentData().toString());
    }
    for (const QLineEdit *edit : m_texts) {
        chosen.insert(edit->property("optionKey").toString(), edit->text());
    }
    for (const QSpinBox *spin : m_numbers) {
        chosen.insert(spin->property("optionKey").toString(), QString::number(spin->value()));
    }
    return chosen;
}

bool TemplatePicker::setTemplateId(const QString &id)
{
    for (const Template &t : std::as_const(m_templates)) {
        if (t.id != id) {
            continue;
        }
        const int button = static_cast<int>(m_categories.indexOf(t.category));
        if (button < 0) {
            return false;
        }
        m_buttons.at(button)->setChecked(true); // shows the category (no-op when already shown)
        const int index = m_variants->findData(id);
        if (index < 0) {
            return false;
        }
        m_variants->setCurrentIndex(index);
        return true;
    }
    return false;
}

bool TemplatePicker::setOption(const QString &key, const QString &value)
{
    for (QComboBox *combo : std::as_const(m_boxes)) {
        if (combo->property("optionKey").toString() == key) {
            const int index = combo->findData(value);
            if (index < 0) {
                return false;
            }
            combo->setCurrentIndex(index);
            return true;
        }
    }
    for (QLineEdit *edit : std::as_const(m_texts)) {
        if (edit->property("optionKey").toString() == key) {
            edit->setText(value);
            return true;
        }
    }
    for (QSpinBox *spin : std::as_const(m_numbers)) {
        if (spin->property("optionKey").toString() == key) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < spin->minimum() || n > spin->maximum()) {
                return false;
            }
            spin->setValue(n);
            return true;
        }
    }
    return false;
}

void TemplatePicker::showCategory(int index)
{
    m_rebuilding = true;
    m_variants->clear();
    if (index >= 0 && index < m_categories.size()) {
        const TemplateCategory category = m_categories.at(index);
        const Template *head = headOf(m_templates, category);
        if (head) {
            m_variants->addItem(head->name, head->id);
        }
        for (const Template &t : std::as_const(m_templates)) {
            if (t.category == category && (!head || t.id != head->id)) {
                m_variants->addItem(t.locked ? t.name + QStringLiteral(" \U0001F512") : t.name,
                                    t.id);
            }
        }
    }
    m_variants->setEnabled(m_variants->count() > 1);
    m_rebuilding = false;
    showTemplate(m_variants->currentData().toString());
}

void TemplatePicker::showTemplate(const QString &id)
{
    while (m_optionsForm->rowCount() > 0) {
        m_optionsForm->removeRow(0);
    }
    m_boxes.clear();
    m_texts.clear();
    m_numbers.clear();
    const Template *found = current();
    if (!found || found->id != id) {
        m_description->clear();
        return;
    }
    const Template &t = *found;
    m_description->setText(t.description);
    const QMap<QString, QString> chosen = t.resolveOptions(m_chosen.value(t.id));
    // Option labels get mnemonics of their own; they are rebuilt per template, so letters
    // used by a previous template's options are given back first.
    QSet<QChar> used = m_usedMnemonics;
    QList<QWidget *> fields;
    auto remember = [this, id = t.id] {
        m_chosen.insert(id, options());
        emitSelection();
    };
    for (const TemplateOption &option : t.options) {
        QWidget *field = nullptr;
        switch (option.type) {
        case TemplateOption::Type::Choice: {
            auto *combo = new QComboBox(this);
            for (const TemplateChoice &choice : option.choices) {
                combo->addItem(choice.label, choice.value);
            }
            combo->setCurrentIndex(qMax(0, combo->findData(chosen.value(option.key))));
            connect(combo, &QComboBox::currentIndexChanged, this, remember);
            m_boxes.append(combo);
            field = combo;
            break;
        }
        case TemplateOption::Type::Text: {
            auto *edit = new QLineEdit(chosen.value(option.key), this);
            edit->setMaxLength(500);
            edit->setPlaceholderText(option.defaultValue);
            connect(edit, &QLineEdit::editingFinished, this, remember);
            m_texts.append(edit);
            field = edit;
            break;
        }
        case TemplateOption::Type::Number: {
            auto *spin = new QSpinBox(this);
            spin->setRange(option.minimum, option.maximum);
            spin->setValue(chosen.value(option.key).toInt());
            connect(spin, &QSpinBox::valueChanged, this, remember);
            m_numbers.append(spin);
            field = spin;
            break;
        }
        }
        field->setObjectName(QStringLiteral("option_") + option.key);
        field->setProperty("optionKey", option.key);
        field->setAccessibleName(option.label);
        auto *label = new QLabel(withMnemonic(option.label, used) + QLatin1Char(':'), this);
        label->setBuddy(field);
        m_optionsForm->addRow(label, field);
        fields.append(field);
    }
    // Keep Tab moving from the task buttons to the kind and the options.
    QWidget *previous = m_variants;
    for (QWidget *field : std::as_const(fields)) {
        setTabOrder(previous, field);
        previous = field;
    }
}

void TemplatePicker::emitSelection()
{
    Q_EMIT selectionChanged(templateId(), options());
}

} // namespace promptdesk

#include "template_picker.h"

#include "mnemonics.h"
#include "template_library.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace promptdesk {

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
    for (int i = 0; i < m_templates.size(); ++i) {
        const Template &t = m_templates.at(i);
        auto *button = new QRadioButton(withMnemonic(t.name, m_usedMnemonics), box);
        button->setObjectName(QStringLiteral("template_") + t.id);
        button->setAccessibleName(t.name);
        button->setAccessibleDescription(t.description);
        button->setToolTip(t.description);
        m_group->addButton(button, i);
        m_buttons.append(button);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch();

    m_description = new QLabel(box);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_optionsForm = new QFormLayout;
    m_optionsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(buttonRow);
    boxLayout->addWidget(m_description);
    boxLayout->addLayout(m_optionsForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            showTemplate(id);
            emitSelection();
        }
    });
    if (!m_buttons.isEmpty()) {
        m_buttons.constFirst()->setChecked(true);
    }
}

QString TemplatePicker::templateId() const
{
    const int index = m_group->checkedId();
    return index >= 0 && index < m_templates.size() ? m_templates.at(index).id : QString();
}

QMap<QString, QString> TemplatePicker::options() const
{
    QMap<QString, QString> chosen;
    for (const QComboBox *combo : m_boxes) {
        chosen.insert(combo->property("optionKey").toString(), combo->currentData().toString());
    }
    return chosen;
}

bool TemplatePicker::setTemplateId(const QString &id)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id) {
            m_buttons.at(i)->setChecked(true);
            return true;
        }
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
    return false;
}

void TemplatePicker::showTemplate(int index)
{
    while (m_optionsForm->rowCount() > 0) {
        m_optionsForm->removeRow(0);
    }
    m_boxes.clear();
    if (index < 0 || index >= m_templates.size()) {
        m_description->clear();
        return;
    }
    const Template &t = m_templates.at(index);
    m_description->setText(t.description);
    const QMap<QString, QString> chosen = t.resolveOptions(m_chosen.value(t.id));
    // Option labels get mnemonics of their own; they are rebuilt per template, so letters
    // used by a previous template's options are given back first.
    QSet<QChar> used = m_usedMnemonics;
    for (const TemplateOption &option : t.options) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("option_") + option.key);
        combo->setProperty("optionKey", option.key);
        combo->setAccessibleName(option.label);
        for (const TemplateChoice &choice : option.choices) {
            combo->addItem(choice.label, choice.value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(chosen.value(option.key))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id = t.id] {
            m_chosen.insert(id, options());
            emitSelection();
        });
        auto *label = new QLabel(withMnemonic(option.label, used) + QLatin1Char(':'), this);
        label->setBuddy(combo);
        m_optionsForm->addRow(label, combo);
        m_boxes.append(combo);
    }
    // Keep Tab moving from the task buttons to their options.
    QWidget *previous = m_buttons.isEmpty() ? nullptr : m_buttons.constLast();
    for (QComboBox *combo : std::as_const(m_boxes)) {
        if (previous) {
            setTabOrder(previous, combo);
        }
        previous = combo;
    }
}

void TemplatePicker::emitSelection()
{
    Q_EMIT selectionChanged(templateId(), options());
}

} // namespace promptdesk

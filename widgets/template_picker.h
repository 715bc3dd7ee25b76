#pragma once

#include "template.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QRadioButton;

namespace promptdesk {

class TemplateLibrary;

// Which template to run and its options: one radio button per template (Summarise, Rewrite,
// Extract…), the chosen template's description, and a drop-down list per template option.
class TemplatePicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePicker)
public:
    // `reservedMnemonics`: Alt+letters already used elsewhere in the window.
    explicit TemplatePicker(const TemplateLibrary &library, QSet<QChar> reservedMnemonics = {},
                            QWidget *parent = nullptr);

    QString templateId() const;
    QMap<QString, QString> options() const; // option key -> chosen choice value

    bool setTemplateId(const QString &id);
    bool setOption(const QString &key, const QString &value);

    QList<QRadioButton *> templateButtons() const { return m_buttons; }
    QList<QComboBox *> optionBoxes() const { return m_boxes; }

Q_SIGNALS:
    void selectionChanged(const QString &templateId, const QMap<QString, QString> &options);

private:
    void showTemplate(int index);
    void emitSelection();

    QList<Template> m_templates;
    QSet<QChar> m_usedMnemonics;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
    QLabel *m_description = nullptr;
    QFormLayout *m_optionsForm = nullptr;
    QList<QComboBox *> m_boxes;
    QHash<QString, QMap<QString, QString>> m_chosen; // per template, kept across switches
};

} // namespace promptdesk

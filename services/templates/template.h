#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace promptdesk {

enum class TemplateCategory { Summarise, Rewrite, Extract };

QString templateCategoryName(TemplateCategory category); // "summarise", "rewrite", "extract"

struct TemplateChoice {
    QString value; // stable id, e.g. "short"
    QString label; // shown to the user, translated
};

// One user-selectable option of a template, e.g. the summary length.
struct TemplateOption {
    QString key; // e.g. "length"
    QString label;
    QList<TemplateChoice> choices;
    QString defaultValue;
};

struct Template {
    QString id; // e.g. "summarise"
    int version = 1;
    QString name;
    QString description;
    TemplateCategory category = TemplateCategory::Summarise;
    QList<TemplateOption> options;
    QString systemPrompt;
    QString userPrompt; // with {{document}} and {{option}} variables
    int maxOutputTokens = 1024;

    // Options filled with defaults, then overridden by `chosen` (unknown keys ignored).
    QMap<QString, QString> resolveOptions(const QMap<QString, QString> &chosen) const;
};

} // namespace promptdesk

#pragma once

#include "core/template_category.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace promptdesk {

struct TemplateChoice {
    QString value; // stable id, e.g. "short"
    QString label; // shown to the user, translated
};

// One variable of a template, e.g. the summary length ({{length}}) or the audience
// ({{audience}}). Choice variables take one of `choices`; text and number variables take what
// the user types (numbers within [minimum, maximum]); all fall back to `defaultValue`.
struct TemplateOption {
    enum class Type { Choice, Text, Number };

    QString key; // e.g. "length"
    QString label;
    Type type = Type::Choice;
    QList<TemplateChoice> choices;
    QString defaultValue;
    int minimum = 0;
    int maximum = 1000000;

    // The value to use for `value`: itself when valid, else the default.
    QString normalise(const QString &value) const;
    // Empty when `value` is acceptable; else a sentence saying why not.
    QString problemWith(const QString &value) const;
};

QString templateOptionTypeName(TemplateOption::Type type); // "choice", "text", "number"

enum class OutputFormat { Markdown, Json };

// Which model a template wants. Map steps over long documents always use the workhorse.
enum class ModelTier { Workhorse, Strong };

// Where a template comes from: shipped with the app, deployed by the admin's policy (locked),
// or made by the user.
enum class TemplateOrigin { Builtin, Admin, User };

struct Template {
    QString id; // e.g. "summarise"
    int version = 1;
    QString name;        // in the user's language
    QString description; // in the user's language
    // Every translation of name and description, language code -> text ("en", "de", …);
    // kept so a template can be written back unchanged.
    QMap<QString, QString> names;
    QMap<QString, QString> descriptions;
    TemplateCategory category = TemplateCategory::Summarise;
    QList<TemplateOption> options;
    QString systemPrompt;
    QString userPrompt; // with {{document}} and {{option}} variables
    int maxOutputTokens = 1024;
    double temperature = 0.2;

    OutputFormat outputFormat = OutputFormat::Markdown;
    // For Json output: the JSON Schema the answer must satisfy (see JsonSchemaValidator for
    // the subset understood). "x-columnsFrom": KEY builds the row properties from a text
    // variable holding comma-separated column names (the custom table).
    QJsonObject outputSchema;

    ModelTier modelTier = ModelTier::Workhorse;
    bool chunkable = true; // long inputs may be mapped chunk by chunk, then reduced
    // How the offline engine, which has no language model, approximates the template:
    // its own options ("length", "style", "fields") with values.
    QMap<QString, QString> offlineHints;

    TemplateOrigin origin = TemplateOrigin::Builtin;
    bool locked = false; // admin templates: shown, run, duplicated, never edited

    // Options filled with defaults, then overridden by `chosen` (unknown keys ignored).
    QMap<QString, QString> resolveOptions(const QMap<QString, QString> &chosen) const;
    const TemplateOption *option(const QString &key) const;
    // The schema with the variables applied (custom columns); empty for Markdown output.
    QJsonObject effectiveSchema(const QMap<QString, QString> &resolvedOptions) const;
    bool editable() const { return origin == TemplateOrigin::User && !locked; }
};

} // namespace promptdesk

#include "templates/template_json.h"

#include "templates/json_schema_validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace promptdesk {

namespace {

// Not a QObject: the macro gives this file's messages a context that lupdate and the runtime
// agree on (a free tr() left lupdate guessing one, so the translations never loaded).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TemplateJson)
};

QString languageOf(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

// A string, or an object of translations {"en": …, "de": …}.
QString pickTranslation(const QJsonValue &value, const QLocale &locale,
                        QMap<QString, QString> *all = nullptr)
{
    if (value.isString()) {
        if (all) {
            all->insert(QStringLiteral("en"), value.toString());
        }
        return value.toString();
    }
    const QJsonObject object = value.toObject();
    if (all) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            all->insert(it.key(), it.value().toString());
        }
    }
    const QString language = languageOf(locale);
    if (object.contains(language)) {
        return object.value(language).toString();
    }
    if (object.contains(QStringLiteral("en"))) {
        return object.value(QStringLiteral("en")).toString();
    }
    return object.isEmpty() ? QString() : object.constBegin().value().toString();
}

QJsonValue translationsToJson(const QMap<QString, QString> &all, const QString &fallback)
{
    if (all.isEmpty()) {
        return fallback;
    }
    QJsonObject object;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

Result<TemplateOption> parseOption(const QJsonObject &o, const QString &templateId,
                                   const QLocale &locale)
{
    TemplateOption option;
    option.key = o.value(QStringLiteral("key")).toString();
    option.label = pickTranslation(o.value(QStringLiteral("label")), locale);
    if (option.label.isEmpty()) {
        option.label = option.key;
    }
    option.defaultValue = o.value(QStringLiteral("default")).toVariant().toString();
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("choice"));
    if (type == QStringLiteral("text")) {
        option.type = TemplateOption::Type::Text;
    } else if (type == QStringLiteral("number")) {
        option.type = TemplateOption::Type::Number;
        option.minimum = o.value(QStringLiteral("minimum")).toInt(0);
        option.maximum = o.value(QStringLiteral("maximum")).toInt(1000000);
    } else if (type != QStringLiteral("choice")) {
        return makeError(ErrorKind::Corrupt,
                         Text::tr("Template \"%1\" has an option of unknown type \"%2\".")
                             .arg(templateId, type));
    }
    for (const QJsonValue &choiceValue : o.value(QStringLiteral("choices")).toArray()) {
        const QJsonObject c = choiceValue.toObject();
        option.choices.append({c.value(QStringLiteral("value")).toString(),
                               pickTranslation(c.value(QStringLiteral("label")), locale)});
    }
    if (option.key.isEmpty() ||
        (option.type == TemplateOption::Type::Choice && option.choices.isEmpty())) {
        return makeError(
            ErrorKind::Corrupt,
            Text::tr("Template \"%1\" has an option without key or choices.").arg(templateId));
    }
    return option;
}

QJsonObject optionToJson(const TemplateOption &option)
{
    QJsonObject o{{QStringLiteral("key"), option.key},
                  {QStringLiteral("label"), option.label},
                  {QStringLiteral("type"), templateOptionTypeName(option.type)},
                  {QStringLiteral("default"), option.defaultValue}};
    if (option.type == TemplateOption::Type::Number) {
        o.insert(QStringLiteral("minimum"), option.minimum);
        o.insert(QStringLiteral("maximum"), option.maximum);
    }
    if (!option.choices.isEmpty()) {
        QJsonArray choices;
        for (const TemplateChoice &c : option.choices) {
            choices.append(QJsonObject{{QStringLiteral("value"), c.value},
                                       {QStringLiteral("label"), c.label}});
        }
        o.insert(QStringLiteral("choices"), choices);
    }
    return o;
}

std::optional<TemplateCategory> parseCategory(const QString &name)
{
    for (TemplateCategory c :
         {TemplateCategory::Summarise, TemplateCategory::Rewrite, TemplateCategory::Extract}) {
        if (templateCategoryName(c) == name) {
            return c;
        }
    }
    return std::nullopt;
}

QStringList variablesIn(const QString &prompt)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*([A-Za-z0-9_\\-]+)\\s*\\}\\}"));
    QStringList names;
    for (auto it = variable.globalMatch(prompt); it.hasNext();) {
        names.append(it.next().captured(1));
    }
    return names;
}

} // namespace

Result<Template> templateFromJson(const QJsonObject &object, const TemplateJsonContext &context)
{
    Template t;
    t.origin = context.origin;
    t.locked = context.origin == TemplateOrigin::Admin;
    t.id = object.value(QStringLiteral("id")).toString();
    t.version = object.value(QStringLiteral("version")).toInt(1);
    t.name = pickTranslation(object.value(QStringLiteral("name")), context.locale, &t.names);
    t.description = pickTranslation(object.value(QStringLiteral("description")), context.locale,
                                    &t.descriptions);
    t.systemPrompt = object.value(QStringLiteral("system")).toString();
    t.userPrompt = object.value(QStringLiteral("user")).toString();
    const QJsonObject params = object.value(QStringLiteral("params")).toObject();
    t.maxOutputTokens = params.value(QStringLiteral("maxOutputTokens"))
                            .toInt(object.value(QStringLiteral("maxOutputTokens")).toInt(1024));
    t.temperature = params.value(QStringLiteral("temperature")).toDouble(0.2);
    const auto category = parseCategory(object.value(QStringLiteral("category")).toString());
    if (t.id.isEmpty() || t.name.isEmpty() || !category ||
        !t.userPrompt.contains(QStringLiteral("{{document}}"))) {
        return makeError(ErrorKind::Corrupt,
                         Text::tr("Template \"%1\" is incomplete (needs id, name, category "
                                  "and a user prompt with {{document}}).")
                             .arg(t.id));
    }
    t.category = *category;
    if (t.maxOutputTokens < 1 || t.maxOutputTokens > 200000) {
        return makeError(
            ErrorKind::Corrupt,
            Text::tr("Template \"%1\" asks for an impossible output length.").arg(t.id));
    }
    for (const QJsonValue &optionValue : object.value(QStringLiteral("options")).toArray()) {
        QJsonObject o = optionValue.toObject();
        if (optionValue.isString()) {
            o = context.commonOptions.value(optionValue.toString()).toObject();
            if (o.isEmpty()) {
                return makeError(ErrorKind::Corrupt,
                                 Text::tr("Template \"%1\" uses an unknown shared option \"%2\".")
                                     .arg(t.id, optionValue.toString()));
            }
            o.insert(QStringLiteral("key"),
                     o.value(QStringLiteral("key")).toString(optionValue.toString()));
        } else if (o.contains(QStringLiteral("ref"))) {
            // A shared option with overrides, e.g. {"ref": "length", "default": "short"}.
            QJsonObject base =
                context.commonOptions.value(o.value(QStringLiteral("ref")).toString()).toObject();
            if (base.isEmpty()) {
                return makeError(ErrorKind::Corrupt,
                                 Text::tr("Template \"%1\" uses an unknown shared option \"%2\".")
                                     .arg(t.id, o.value(QStringLiteral("ref")).toString()));
            }
            base.insert(QStringLiteral("key"),
                        base.value(QStringLiteral("key"))
                            .toString(o.value(QStringLiteral("ref")).toString()));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() != QStringLiteral("ref")) {
                    base.insert(it.key(), it.value());
                }
            }
            o = base;
        }
        Result<TemplateOption> option = parseOption(o, t.id, context.locale);
        if (!option) {
            return option.error();
        }
        if (t.option(option->key)) {
            return makeError(ErrorKind::Corrupt,
                             Text::tr("Template \"%1\" declares the option \"%2\" twice.")
                                 .arg(t.id, option->key));
        }
        t.options.append(std::move(option).value());
    }
    const QJsonObject output = object.value(QStringLiteral("output")).toObject();
    const QString format =
        output.value(QStringLiteral("format")).toString(QStringLiteral("markdown"));
    if (format == QStringLiteral("json")) {
        t.outputFormat = OutputFormat::Json;
        t.outputSchema = output.value(QStringLiteral("schema")).toObject();
        if (t.outputSchema.isEmpty()) {
            return makeError(
                ErrorKind::Corrupt,
                Text::tr("Template \"%1\" asks for JSON but gives no schema.").arg(t.id));
        }
    } else if (format != QStringLiteral("markdown")) {
        return makeError(ErrorKind::Corrupt,
                         Text::tr("Template \"%1\" has an unknown output format.").arg(t.id));
    }
    const QJsonObject routing = object.value(QStringLiteral("routing")).toObject();
    t.modelTier = routing.value(QStringLiteral("model")).toString() == QStringLiteral("strong")
                      ? ModelTier::Strong
                      : ModelTier::Workhorse;
    t.chunkable = routing.value(QStringLiteral("chunkable")).toBool(true);
    const QJsonObject offline = object.value(QStringLiteral("offline")).toObject();
    for (auto it = offline.constBegin(); it != offline.constEnd(); ++it) {
        t.offlineHints.insert(it.key(), it.value().toString());
    }
    return t;
}

QJsonObject templateToJson(const Template &t)
{
    QJsonArray options;
    for (const TemplateOption &o : t.options) {
        options.append(optionToJson(o));
    }
    QJsonObject output{{QStringLiteral("format"), t.outputFormat == OutputFormat::Json
                                                      ? QStringLiteral("json")
                                                      : QStringLiteral("markdown")}};
    if (t.outputFormat == OutputFormat::Json) {
        output.insert(QStringLiteral("schema"), t.outputSchema);
    }
    QJsonObject offline;
    for (auto it = t.offlineHints.cbegin(); it != t.offlineHints.cend(); ++it) {
        offline.insert(it.key(), it.value());
    }
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("category"), templateCategoryName(t.category)},
        {QStringLiteral("name"), translationsToJson(t.names, t.name)},
        {QStringLiteral("description"), translationsToJson(t.descriptions, t.description)},
        {QStringLiteral("options"), options},
        {QStringLiteral("system"), t.systemPrompt},
        {QStringLiteral("user"), t.userPrompt},
        {QStringLiteral("output"), output},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("maxOutputTokens"), t.maxOutputTokens},
                     {QStringLiteral("temperature"), t.temperature}}},
        {QStringLiteral("routing"),
         QJsonObject{{QStringLiteral("model"), t.modelTier == ModelTier::Strong
                                                   ? QStringLiteral("strong")
                                                   : QStringLiteral("workhorse")},
                     {QStringLiteral("chunkable"), t.chunkable}}},
        {QStringLiteral("offline"), offline},
    };
}

QStringList validateTemplate(const Template &t)
{
    QStringList problems;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._\\-]{0,63}$"));
    if (!idPattern.match(t.id).hasMatch()) {
        problems.append(
            Text::tr("The id must be 1 to 64 lower-case letters, digits, dots or dashes."));
    }
    if (t.name.trimmed().isEmpty()) {
        problems.append(Text::tr("The template needs a name."));
    }
    if (!t.userPrompt.contains(QStringLiteral("{{document}}"))) {
        problems.append(Text::tr("The prompt must contain {{document}}, where the document goes."));
    }
    QStringList used = variablesIn(t.userPrompt) + variablesIn(t.systemPrompt);
    used.removeDuplicates();
    for (const QString &name : used) {
        if (name != QStringLiteral("document") && !t.option(name)) {
            problems.append(
                Text::tr("The prompt uses {{%1}}, which is not one of the template's variables.")
                    .arg(name));
        }
    }
    if (variablesIn(t.systemPrompt).contains(QStringLiteral("document"))) {
        problems.append(
            Text::tr("The document may only go into the prompt, not the instructions."));
    }
    for (const TemplateOption &o : t.options) {
        if (!o.problemWith(o.defaultValue).isEmpty()) {
            problems.append(
                Text::tr("The default of \"%1\" is not one of its allowed values.").arg(o.key));
        }
    }
    if (t.outputFormat == OutputFormat::Json) {
        const QStringList schemaProblems = JsonSchemaValidator::checkSchema(t.outputSchema);
        problems.append(schemaProblems);
    }
    if (t.maxOutputTokens < 1 || t.maxOutputTokens > 200000) {
        problems.append(Text::tr("The output length must be between 1 and 200000 tokens."));
    }
    return problems;
}

} // namespace promptdesk

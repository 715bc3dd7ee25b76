#include "template_library.h"

#include "logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

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

Result<Template> parseTemplate(const QJsonObject &object)
{
    Template t;
    t.id = object.value(QStringLiteral("id")).toString();
    t.version = object.value(QStringLiteral("version")).toInt(1);
    t.name = object.value(QStringLiteral("name")).toString();
    t.description = object.value(QStringLiteral("description")).toString();
    t.systemPrompt = object.value(QStringLiteral("system")).toString();
    t.userPrompt = object.value(QStringLiteral("user")).toString();
    t.maxOutputTokens = object.value(QStringLiteral("maxOutputTokens")).toInt(1024);
    const auto category = parseCategory(object.value(QStringLiteral("category")).toString());
    if (t.id.isEmpty() || t.name.isEmpty() || !category || !t.userPrompt.contains(QStringLiteral("{{document}}"))) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("Template \"%1\" is incomplete (needs id, name, category "
                                        "and a user prompt with {{document}}).")
                             .arg(t.id));
    }
    t.category = *category;
    for (const QJsonValue &optionValue : object.value(QStringLiteral("options")).toArray()) {
        const QJsonObject o = optionValue.toObject();
        TemplateOption option;
        option.key = o.value(QStringLiteral("key")).toString();
        option.label = o.value(QStringLiteral("label")).toString();
        option.defaultValue = o.value(QStringLiteral("default")).toString();
        for (const QJsonValue &choiceValue : o.value(QStringLiteral("choices")).toArray()) {
            const QJsonObject c = choiceValue.toObject();
            option.choices.append({c.value(QStringLiteral("value")).toString(),
                                   c.value(QStringLiteral("label")).toString()});
        }
        if (option.key.isEmpty() || option.choices.isEmpty()) {
            return makeError(ErrorKind::Corrupt,
                             QStringLiteral("Template \"%1\" has an option without key or choices.")
                                 .arg(t.id));
        }
        t.options.append(option);
    }
    return t;
}

} // namespace

Result<TemplateLibrary> TemplateLibrary::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("The template file is not valid JSON: %1.")
                                                 .arg(parseError.errorString()));
    }
    TemplateLibrary library;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("templates")).toArray()) {
        Result<Template> parsed = parseTemplate(value.toObject());
        if (!parsed) {
            return parsed.error();
        }
        if (library.find(parsed->id)) {
            return makeError(ErrorKind::Corrupt,
                             QStringLiteral("Template \"%1\" is defined twice.").arg(parsed->id));
        }
        library.m_templates.append(std::move(parsed).value());
    }
    if (library.m_templates.isEmpty()) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("The template file lists no templates."));
    }
    return library;
}

Result<TemplateLibrary> TemplateLibrary::loadBuiltins()
{
    QFile file(QStringLiteral(":/templates/builtin.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Internal, QStringLiteral("The built-in templates are missing."));
    }
    return fromJson(file.readAll());
}

const Template *TemplateLibrary::find(const QString &id) const
{
    for (const Template &t : m_templates) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

} // namespace promptdesk

#include "templates/template.h"

#include "core/shown_in_message.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace promptdesk {

namespace {

constexpr int kMaxTextVariableChars = 500;

} // namespace

QString templateOptionTypeName(TemplateOption::Type type)
{
    switch (type) {
    case TemplateOption::Type::Choice:
        return QStringLiteral("choice");
    case TemplateOption::Type::Text:
        return QStringLiteral("text");
    case TemplateOption::Type::Number:
        return QStringLiteral("number");
    }
    return QStringLiteral("choice");
}

QString TemplateOption::problemWith(const QString &value) const
{
    switch (type) {
    case Type::Choice: {
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&](const TemplateChoice &c) { return c.value == value; });
        if (known) {
            return {};
        }
        QStringList values;
        for (const TemplateChoice &c : choices) {
            values.append(c.value);
        }
        return QCoreApplication::translate("Template", "\"%1\" cannot be \"%2\" (choices: %3).")
            .arg(key, shownInMessage(value), values.join(QStringLiteral(", ")));
    }
    case Type::Text:
        if (value.size() > kMaxTextVariableChars) {
            return QCoreApplication::translate("Template", "\"%1\" is longer than %2 characters.")
                .arg(key)
                .arg(kMaxTextVariableChars);
        }
        return {};
    case Type::Number: {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < minimum || n > maximum) {
            return QCoreApplication::translate("Template",
                                               "\"%1\" must be a whole number from %2 to %3.")
                .arg(key)
                .arg(minimum)
                .arg(maximum);
        }
        return {};
    }
    }
    return {};
}

QString TemplateOption::normalise(const QString &value) const
{
    const QString candidate = type == Type::Choice ? value : value.trimmed();
    if (candidate.isEmpty() || !problemWith(candidate).isEmpty()) {
        return defaultValue;
    }
    return candidate;
}

QMap<QString, QString> Template::resolveOptions(const QMap<QString, QString> &chosen) const
{
    QMap<QString, QString> resolved;
    for (const TemplateOption &o : options) {
        resolved.insert(o.key, o.normalise(chosen.value(o.key, o.defaultValue)));
    }
    return resolved;
}

const TemplateOption *Template::option(const QString &key) const
{
    for (const TemplateOption &o : options) {
        if (o.key == key) {
            return &o;
        }
    }
    return nullptr;
}

QJsonObject Template::effectiveSchema(const QMap<QString, QString> &resolvedOptions) const
{
    if (outputFormat != OutputFormat::Json) {
        return {};
    }
    QJsonObject schema = outputSchema;
    const QString columnsFrom = schema.value(QStringLiteral("x-columnsFrom")).toString();
    if (columnsFrom.isEmpty()) {
        return schema;
    }
    schema.remove(QStringLiteral("x-columnsFrom"));
    QJsonObject properties;
    QJsonArray required;
    for (const QString &raw : resolvedOptions.value(columnsFrom).split(QLatin1Char(','))) {
        const QString column = raw.simplified();
        if (column.isEmpty() || properties.contains(column)) {
            continue;
        }
        properties.insert(column, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        required.append(column);
    }
    // The rows live in schema.items (a top-level array) or schema.properties.rows.items.
    auto withColumns = [&](QJsonObject items) {
        items.insert(QStringLiteral("type"), QStringLiteral("object"));
        items.insert(QStringLiteral("properties"), properties);
        items.insert(QStringLiteral("required"), required);
        return items;
    };
    if (schema.value(QStringLiteral("type")).toString() == QStringLiteral("array")) {
        schema.insert(QStringLiteral("items"),
                      withColumns(schema.value(QStringLiteral("items")).toObject()));
    } else {
        QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        QJsonObject rows = props.value(QStringLiteral("rows")).toObject();
        rows.insert(QStringLiteral("items"),
                    withColumns(rows.value(QStringLiteral("items")).toObject()));
        props.insert(QStringLiteral("rows"), rows);
        schema.insert(QStringLiteral("properties"), props);
    }
    return schema;
}

} // namespace promptdesk

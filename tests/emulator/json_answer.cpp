#include "json_answer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace promptdesk::emulator {

namespace {

// The prompt builder's words before the schema (services/templates/prompt_builder.cpp).
const QString kSchemaMarker = QStringLiteral("matches this JSON Schema.");
constexpr int kMaxDepth = 16;

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            collectStrings(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectStrings(it.value(), out);
        }
    }
}

QString typeOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isArray()) { // ["string", "null"]: the first that is not null
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() != QStringLiteral("null")) {
                return t.toString();
            }
        }
        return QStringLiteral("null");
    }
    if (type.isString()) {
        return type.toString();
    }
    return schema.contains(QStringLiteral("properties")) ? QStringLiteral("object")
                                                         : QStringLiteral("string");
}

QString exampleString(const QString &format)
{
    if (format == QStringLiteral("date")) {
        return QStringLiteral("2026-01-15");
    }
    if (format == QStringLiteral("date-time")) {
        return QStringLiteral("2026-01-15T09:30:00Z");
    }
    if (format == QStringLiteral("email")) {
        return QStringLiteral("someone@example.com");
    }
    return QStringLiteral("emulator example");
}

} // namespace

QJsonValue exampleInstance(const QJsonObject &schema, int depth)
{
    if (depth > kMaxDepth) {
        return QJsonValue::Null;
    }
    const QJsonArray choices = schema.value(QStringLiteral("enum")).toArray();
    if (!choices.isEmpty()) {
        return choices.first();
    }
    if (schema.contains(QStringLiteral("const"))) {
        return schema.value(QStringLiteral("const"));
    }
    const QString type = typeOf(schema);
    if (type == QStringLiteral("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            object.insert(it.key(), exampleInstance(it.value().toObject(), depth + 1));
        }
        return object;
    }
    if (type == QStringLiteral("array")) {
        return QJsonArray{
            exampleInstance(schema.value(QStringLiteral("items")).toObject(), depth + 1)};
    }
    if (type == QStringLiteral("integer") || type == QStringLiteral("number")) {
        return schema.value(QStringLiteral("minimum")).toDouble(1);
    }
    if (type == QStringLiteral("boolean")) {
        return false;
    }
    if (type == QStringLiteral("null")) {
        return QJsonValue::Null;
    }
    QString text = exampleString(schema.value(QStringLiteral("format")).toString());
    if (schema.contains(QStringLiteral("maxLength"))) {
        text.truncate(schema.value(QStringLiteral("maxLength")).toInt());
    }
    return text;
}

QString jsonAnswerFor(const QJsonObject &requestBody)
{
    QStringList texts;
    collectStrings(requestBody, texts);
    for (const QString &text : texts) {
        const qsizetype marker = text.indexOf(kSchemaMarker);
        if (marker < 0) {
            continue;
        }
        // The schema is the compact JSON on the line after the instructions.
        const qsizetype start = text.indexOf(QLatin1Char('{'), marker);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), start);
        if (start < 0) {
            continue;
        }
        const QString schemaText = text.mid(start, lineEnd < 0 ? -1 : lineEnd - start);
        const QJsonDocument schema = QJsonDocument::fromJson(schemaText.toUtf8());
        if (!schema.isObject()) {
            continue;
        }
        const QJsonValue instance = exampleInstance(schema.object());
        return QString::fromUtf8(
            instance.isObject()
                ? QJsonDocument(instance.toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(QJsonArray{instance}).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace promptdesk::emulator

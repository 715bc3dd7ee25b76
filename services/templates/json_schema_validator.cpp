#include "templates/json_schema_validator.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace promptdesk {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d && std::isfinite(d) ? QStringLiteral("integer")
                                                      : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &wanted, const QString &actual)
{
    return wanted == actual ||
           (wanted == QStringLiteral("number") && actual == QStringLiteral("integer"));
}

QString article(const QString &type)
{
    return (type == QStringLiteral("array") || type == QStringLiteral("object") ||
            type == QStringLiteral("integer"))
               ? QStringLiteral("an ") + type
               : QStringLiteral("a ") + type;
}

struct Walker {
    int maxErrors;
    QStringList errors;

    bool full() const { return errors.size() >= maxErrors; }
    void add(const QString &path, const QString &message)
    {
        if (!full()) {
            errors.append(path + QStringLiteral(": ") + message);
        }
    }

    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path)
    {
        if (full()) {
            return;
        }
        const QString actual = typeOf(value);
        const QJsonValue typeValue = schema.value(QStringLiteral("type"));
        if (!typeValue.isUndefined()) {
            QStringList wanted;
            if (typeValue.isArray()) {
                for (const QJsonValue &t : typeValue.toArray()) {
                    wanted.append(t.toString());
                }
            } else {
                wanted.append(typeValue.toString());
            }
            const bool ok = std::any_of(wanted.cbegin(), wanted.cend(),
                                        [&](const QString &w) { return typeMatches(w, actual); });
            if (!ok) {
                QStringList names;
                for (const QString &w : wanted) {
                    names.append(article(w));
                }
                add(path, QStringLiteral("expected %1, got %2")
                              .arg(names.join(QStringLiteral(" or ")), article(actual)));
                return;
            }
        }
        if (schema.contains(QStringLiteral("enum"))) {
            const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
            if (!allowed.contains(value)) {
                QStringList names;
                for (const QJsonValue &a : allowed) {
                    names.append(a.isString() ? QLatin1Char('"') + a.toString() + QLatin1Char('"')
                                              : a.toVariant().toString());
                }
                add(path,
                    QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
            }
        }
        if (value.isString()) {
            const qsizetype length = value.toString().size();
            if (schema.contains(QStringLiteral("minLength")) &&
                length < schema.value(QStringLiteral("minLength")).toInt()) {
                add(path, QStringLiteral("is shorter than %1 characters")
                              .arg(schema.value(QStringLiteral("minLength")).toInt()));
            }
            if (schema.contains(QStringLiteral("maxLength")) &&
                length > schema.value(QStringLiteral("maxLength")).toInt()) {
                add(path, QStringLiteral("is longer than %1 characters")
                              .arg(schema.value(QStringLiteral("maxLength")).toInt()));
            }
            if (schema.value(QStringLiteral("format")).toString() == QStringLiteral("date") &&
                !value.toString().isEmpty() &&
                !QDate::fromString(value.toString(), Qt::ISODate).isValid()) {
                add(path, QStringLiteral("must be a date written YYYY-MM-DD"));
            }
        }
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (schema.contains(QStringLiteral("minimum")) &&
                d < schema.value(QStringLiteral("minimum")).toDouble()) {
                add(path, QStringLiteral("is below the minimum %1")
                              .arg(schema.value(QStringLiteral("minimum")).toDouble()));
            }
            if (schema.contains(QStringLiteral("maximum")) &&
                d > schema.value(QStringLiteral("maximum")).toDouble()) {
                add(path, QStringLiteral("is above the maximum %1")
                              .arg(schema.value(QStringLiteral("maximum")).toDouble()));
            }
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(r.toString())) {
                    add(path, QStringLiteral("the property \"%1\" is missing").arg(r.toString()));
                }
            }
            const bool closed = schema.value(QStringLiteral("additionalProperties")).isBool() &&
                                !schema.value(QStringLiteral("additionalProperties")).toBool();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString childPath = path + QLatin1Char('.') + it.key();
                if (properties.contains(it.key())) {
                    check(properties.value(it.key()).toObject(), it.value(), childPath);
                } else if (closed) {
                    add(childPath, QStringLiteral("is not an allowed property"));
                }
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (schema.contains(QStringLiteral("minItems")) &&
                array.size() < schema.value(QStringLiteral("minItems")).toInt()) {
                add(path, QStringLiteral("needs at least %1 items")
                              .arg(schema.value(QStringLiteral("minItems")).toInt()));
            }
            if (schema.contains(QStringLiteral("maxItems")) &&
                array.size() > schema.value(QStringLiteral("maxItems")).toInt()) {
                add(path, QStringLiteral("allows at most %1 items")
                              .arg(schema.value(QStringLiteral("maxItems")).toInt()));
            }
            const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
            if (!items.isEmpty()) {
                for (qsizetype i = 0; i < array.size() && !full(); ++i) {
                    check(items, array.at(i), path + QStringLiteral("[%1]").arg(i));
                }
            }
        }
    }
};

void checkSchemaNode(const QJsonObject &schema, const QString &path, QStringList &problems,
                     int depth)
{
    static const QSet<QString> known{
        QStringLiteral("type"),         QStringLiteral("properties"),
        QStringLiteral("required"),     QStringLiteral("items"),
        QStringLiteral("enum"),         QStringLiteral("minItems"),
        QStringLiteral("maxItems"),     QStringLiteral("minLength"),
        QStringLiteral("maxLength"),    QStringLiteral("minimum"),
        QStringLiteral("maximum"),      QStringLiteral("format"),
        QStringLiteral("title"),        QStringLiteral("description"),
        QStringLiteral("$schema"),      QStringLiteral("additionalProperties"),
        QStringLiteral("x-columnsFrom")};
    static const QSet<QString> types{QStringLiteral("object"),  QStringLiteral("array"),
                                     QStringLiteral("string"),  QStringLiteral("number"),
                                     QStringLiteral("integer"), QStringLiteral("boolean"),
                                     QStringLiteral("null")};
    if (depth > 32) {
        problems.append(path + QStringLiteral(": the schema is nested too deeply"));
        return;
    }
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            problems.append(path +
                            QStringLiteral(": the keyword \"%1\" is not supported").arg(it.key()));
        }
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    const QJsonArray typeList = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &t : typeList) {
        if (!t.isUndefined() && !types.contains(t.toString())) {
            problems.append(path + QStringLiteral(": unknown type \"%1\"").arg(t.toString()));
        }
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        checkSchemaNode(it.value().toObject(), path + QLatin1Char('.') + it.key(), problems,
                        depth + 1);
    }
    if (schema.value(QStringLiteral("items")).isObject()) {
        checkSchemaNode(schema.value(QStringLiteral("items")).toObject(),
                        path + QStringLiteral("[]"), problems, depth + 1);
    }
}

} // namespace

QStringList JsonSchemaValidator::validate(const QJsonValue &value, int maxErrors) const
{
    Walker walker{qMax(1, maxErrors), {}};
    walker.check(m_schema, value, QStringLiteral("$"));
    return walker.errors;
}

QStringList JsonSchemaValidator::checkSchema(const QJsonObject &schema)
{
    QStringList problems;
    if (schema.isEmpty()) {
        problems.append(QStringLiteral("$: the schema is empty"));
        return problems;
    }
    checkSchemaNode(schema, QStringLiteral("$"), problems, 0);
    return problems;
}

} // namespace promptdesk

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace promptdesk {

// Validates model output against the subset of JSON Schema (draft 2020-12 keywords) that our
// extraction templates use: type (one name or a list), properties, required,
// additionalProperties (true/false), items, enum, minItems, maxItems, minLength, maxLength,
// minimum, maximum, and format "date" (YYYY-MM-DD).
//
// Written by hand on purpose: the one Debian-packaged C++ validator (valijson) builds its Qt
// adapter against Qt 5 and pulls in Poco, yaml-cpp and three other JSON libraries, and it
// reports errors by exception. We need a few keywords and errors the model can act on in its
// one retry, each naming the JSON path: "$.rows[2].owner: expected a string, got a number".
class JsonSchemaValidator final {
public:
    explicit JsonSchemaValidator(QJsonObject schema)
        : m_schema(std::move(schema))
    {
    }

    // Empty when `value` satisfies the schema. At most `maxErrors` messages.
    QStringList validate(const QJsonValue &value, int maxErrors = 20) const;

    // Problems with the schema itself (unknown type names, keywords outside the subset that
    // would be silently ignored); empty when it is usable.
    static QStringList checkSchema(const QJsonObject &schema);

private:
    QJsonObject m_schema;
};

} // namespace promptdesk

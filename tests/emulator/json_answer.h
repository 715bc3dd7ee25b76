#pragma once

#include <QJsonObject>
#include <QString>

namespace promptdesk::emulator {

// When a request asks for JSON matching a JSON Schema (the app's extraction templates put the
// schema in the system prompt), a deterministic instance of that schema, compact; else empty.
// Lets every built-in template run against the emulator and end with a table, as it would
// against a real model.
QString jsonAnswerFor(const QJsonObject &requestBody);

// The instance itself: every declared property, one item per array, the first enum value,
// strings shaped by their format. Exposed for tests.
QJsonValue exampleInstance(const QJsonObject &schema, int depth = 0);

} // namespace promptdesk::emulator

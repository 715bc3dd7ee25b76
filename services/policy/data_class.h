#pragma once

#include <QString>
#include <optional>

namespace promptdesk {

// How sensitive a job's input is. Ordered: a higher class may go to fewer providers.
// A job's class is chosen by the user (default from policy) and raised automatically when
// the redaction step found certain personal-data types (policy "dataClasses.raiseWhenFound").
enum class DataClass { Public = 0, Internal = 1, Confidential = 2, Restricted = 3 };

QString dataClassName(DataClass dataClass); // "Public", "Internal", ...
// Case-insensitive; empty optional for an unknown name.
std::optional<DataClass> dataClassFromName(const QString &name);

inline DataClass higherOf(DataClass a, DataClass b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace promptdesk

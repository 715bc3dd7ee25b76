#pragma once

#include "core/result.h"

#include <QString>

namespace promptdesk {

// Writes the result to `path` atomically (a temporary file renamed into place), so a failed
// save never leaves a half-written file. The error message is one a user can act on.
Result<void> saveOutputFile(const QString &path, const QString &text);

} // namespace promptdesk

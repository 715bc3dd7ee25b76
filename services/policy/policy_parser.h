#pragma once

#include "core/result.h"
#include "policy/policy.h"

#include <QByteArray>

namespace promptdesk {

struct ParsedPolicy {
    Policy policy;
    // Unknown fields and other things an admin should fix that do not make the policy unsafe,
    // e.g. `unknown field "providers[0].regoin" (ignored)`.
    QStringList warnings;
};

// A policy file is small; anything larger is refused before parsing.
constexpr qsizetype kMaxPolicyBytes = 1024 * 1024;

// Parses and validates policy.json. Any type error, missing required field, bad value,
// invalid regular expression or certificate is an error (ErrorKind::Corrupt, naming the
// field): a policy that is not exactly understood is never partly applied.
Result<ParsedPolicy> parsePolicy(const QByteArray &json);

} // namespace promptdesk

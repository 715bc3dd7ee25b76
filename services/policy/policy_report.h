#pragma once

#include "policy/policy_loader.h"

namespace promptdesk {

// The effective policy as plain text for people (`promptdesk-cli policy show`, support
// requests): where it came from, why a fallback happened, and every rule in force.
QString describePolicy(const PolicyLoadOutcome &loaded);

// One line for the state of the policy, e.g. "Company policy acme-7 (signed), expires
// 2027-01-31" or "Built-in default (offline engine only): the company policy expired ...".
QString describePolicyStatus(const PolicyStatus &status);

} // namespace promptdesk

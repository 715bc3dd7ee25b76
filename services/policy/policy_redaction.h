#pragma once

#include "policy/policy.h"
#include "redaction/redaction_config.h"

namespace promptdesk {

// The policy's redaction rules as the redaction engine takes them (PatternRedactor::
// withConfig). Id patterns the policy leaves empty keep the engine's defaults; everything
// else comes from the policy.
RedactionConfig redactionConfigFor(const RedactionRules &rules);

} // namespace promptdesk

#include "policy/policy_redaction.h"

namespace promptdesk {

RedactionConfig redactionConfigFor(const RedactionRules &rules)
{
    RedactionConfig config;
    if (!rules.employeeIdPatterns.isEmpty()) {
        config.employeeIdPatterns = rules.employeeIdPatterns;
    }
    if (!rules.customerIdPatterns.isEmpty()) {
        config.customerIdPatterns = rules.customerIdPatterns;
    }
    config.customTerms = rules.customTerms;
    config.allowList = rules.allowList;
    config.mandatoryTypes = rules.mandatoryTypes;
    return config;
}

} // namespace promptdesk

#pragma once

#include "policy/policy.h"
#include "providers/remote/provider_entry.h"

#include <QList>
#include <QString>

namespace promptdesk {

// A per-user providers.json entry that was not used, and why.
struct RefusedProviderEntry {
    ProviderEntry entry;
    QString rule;   // "providers.connection"
    QString reason; // for the log and the audit trail (ids and hosts only)
};

// The provider entries this machine runs with: first those the administrator's policy
// configures (providers[] entries with connection fields, for every user, in policy order),
// then the user's own providers.json entries. A user's entry may add a provider but never
// replace or redirect one the policy configures: such an entry is refused. Policy entries
// that do not parse are reported in `problems` and left out.
struct ProviderSources {
    QList<ProviderEntry> entries;
    QStringList policyConfigured; // ids configured by the policy
    QList<RefusedProviderEntry> refused;
    QStringList problems;
};

ProviderSources resolveProviderSources(const Policy &policy, const QList<ProviderEntry> &user);

} // namespace promptdesk

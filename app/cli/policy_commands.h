#pragma once

#include <QStringList>

namespace promptdesk::cli {

// `promptdesk-cli policy keygen | sign | verify FILE | show`: the administrator's tools for
// the signed machine-wide policy (docs/policy.md).
int policyCommand(const QStringList &args);

} // namespace promptdesk::cli

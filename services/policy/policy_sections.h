#pragma once

// Private to the policy parser's files: the sections of policy_sections.cpp.

#include "policy/policy.h"
#include "policy/policy_json_reader.h"

namespace promptdesk::policyjson {

// The keys a providers[] entry may carry to configure the connection for every user.
QStringList connectionFields();
// Checks the connection fields of the providers[] entry `o` (types, protocol, URL, no secrets)
// and keeps them in `provider.connection` when "protocol" is present.
void parseConnection(Reader &r, const QJsonObject &o, const QString &path,
                     ApprovedProvider &provider);
// "defaults": {"provider": "bedrock-eu", "model": "..."}
void parseDefaults(Reader &r, const QJsonValue &value, Policy &policy);
// "modelRouting": {"workhorse": "...", "strong": "...", "categories": {"extract": "..."},
//                  "templates": {"drivers-licence": "..."}}
void parseModelRouting(Reader &r, const QJsonValue &value, Policy &policy);
// After every section: the defaults name an approved provider and models it lists.
void checkModelRouting(const Policy &policy);

} // namespace promptdesk::policyjson

#pragma once

#include "result.h"
#include "template.h"

namespace promptdesk {

// The templates the user can pick, built-ins first. Built-ins are read from the
// resource ":/templates/builtin.json".
class TemplateLibrary final {
public:
    static Result<TemplateLibrary> loadBuiltins();
    static Result<TemplateLibrary> fromJson(const QByteArray &json);

    QList<Template> all() const { return m_templates; }
    const Template *find(const QString &id) const;

private:
    QList<Template> m_templates;
};

} // namespace promptdesk

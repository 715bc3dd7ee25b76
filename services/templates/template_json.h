#pragma once

#include "core/result.h"
#include "templates/template.h"

#include <QJsonObject>
#include <QLocale>

namespace promptdesk {

// The template file format (resources/templates/builtin.json, user and admin template files):
//
//   {"format": 1,
//    "commonOptions": {"length": {…option…}, …},      optional, referenced by name
//    "templates": [{
//      "id": "summarise-brief", "version": 1, "category": "summarise|rewrite|extract",
//      "name": "Brief" | {"en": "Brief", "de": "Kurz", …}, "description": same,
//      "options": ["length", {"key": "audience", "type": "text", "default": "…",
//                             "label": "…"|{…}}, {"key": "tone", "choices": […]}],
//      "system": "…", "user": "… <<<DOCUMENT\n{{document}}\nDOCUMENT>>>",
//      "output": {"format": "markdown"} | {"format": "json", "schema": {…}},
//      "params": {"maxOutputTokens": 1024, "temperature": 0.2},
//      "routing": {"model": "workhorse|strong", "chunkable": true},
//      "offline": {"length": "short"}}]}
//
// Translated strings pick the locale's language, then English, then any.
struct TemplateJsonContext {
    QLocale locale;
    QJsonObject commonOptions;
    TemplateOrigin origin = TemplateOrigin::Builtin;
};

Result<Template> templateFromJson(const QJsonObject &object, const TemplateJsonContext &context);
// Self-contained (options written out in full), as user templates are stored and shared.
QJsonObject templateToJson(const Template &tmpl);

// Checks a template a user wrote: id, name, prompt with {{document}}, every {{variable}} in
// the prompts declared, option defaults valid, schema present for JSON output. Returns the
// problems as sentences; empty when the template is fine.
QStringList validateTemplate(const Template &tmpl);

} // namespace promptdesk

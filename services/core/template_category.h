#pragma once

#include <QString>

namespace promptdesk {

// What a template does. A core word because the offline engine (providers) reads it from the
// request as well as the templates that set it, and providers may not depend on templates.
enum class TemplateCategory { Summarise, Rewrite, Extract };

QString templateCategoryName(TemplateCategory category); // "summarise", "rewrite", "extract"

} // namespace promptdesk

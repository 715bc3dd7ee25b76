#include "template_category.h"

namespace promptdesk {

QString templateCategoryName(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Summarise:
        return QStringLiteral("summarise");
    case TemplateCategory::Rewrite:
        return QStringLiteral("rewrite");
    case TemplateCategory::Extract:
        return QStringLiteral("extract");
    }
    return QStringLiteral("summarise");
}

} // namespace promptdesk

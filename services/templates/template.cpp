#include "template.h"

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

QMap<QString, QString> Template::resolveOptions(const QMap<QString, QString> &chosen) const
{
    QMap<QString, QString> resolved;
    for (const TemplateOption &option : options) {
        QString value = chosen.value(option.key, option.defaultValue);
        const bool known = std::any_of(option.choices.cbegin(), option.choices.cend(),
                                       [&](const TemplateChoice &c) { return c.value == value; });
        resolved.insert(option.key, known ? value : option.defaultValue);
    }
    return resolved;
}

} // namespace promptdesk

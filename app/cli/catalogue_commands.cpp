#include "app_context.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "policy/policy_gate.h"
#include "templates/template_library.h"

namespace promptdesk::cli {

int templatesCommand(const QStringList &args)
{
    if (!args.isEmpty()) {
        return usageError(QStringLiteral("templates takes no arguments"));
    }
    // The library the app uses: built-ins, the company's templates and the user's own.
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    for (const Template &t : context.value()->pipeline().templates().all()) {
        QString line = t.id + QLatin1Char('\t') + templateCategoryName(t.category) +
                       QLatin1Char('\t') + t.name + QStringLiteral(" — ") + t.description;
        for (const TemplateOption &option : t.options) {
            if (option.type != TemplateOption::Type::Choice) {
                line += QStringLiteral("\n\t--var ") + option.key + QStringLiteral("=<") +
                        templateOptionTypeName(option.type) + QStringLiteral(">");
                if (!option.defaultValue.isEmpty()) {
                    line += QStringLiteral(" (default: ") + option.defaultValue + QLatin1Char(')');
                }
                continue;
            }
            QStringList values;
            for (const TemplateChoice &choice : option.choices) {
                values.append(choice.value == option.defaultValue ? choice.value + QLatin1Char('*')
                                                                  : choice.value);
            }
            line += QStringLiteral("\n\t--var ") + option.key + QStringLiteral("=") +
                    values.join(QLatin1Char('|'));
        }
        writeOut(line + QLatin1Char('\n'));
    }
    return ExitOk;
}

int providersCommand(const QStringList &args)
{
    if (!args.isEmpty()) {
        return usageError(QStringLiteral("providers takes no arguments"));
    }
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    const Pipeline &pipeline = context.value()->pipeline();
    const Catalogue catalogue = pipeline.catalogue();
    QStringList order;
    QMap<QString, QStringList> models;
    for (const CatalogueModel &entry : catalogue.models) {
        if (entry.model.isEmpty()) {
            order.append(entry.providerId);
        } else {
            models[entry.providerId].append(entry.providerDefault ? entry.model + QLatin1Char('*')
                                                                  : entry.model);
        }
    }
    for (const QString &id : std::as_const(order)) {
        const CatalogueModel *entry = catalogue.find(id, QString());
        writeOut(id + QLatin1Char('\t') + entry->providerName + QLatin1Char('\t') +
                 (entry->allowed ? QStringLiteral("approved") : QStringLiteral("not approved")) +
                 QStringLiteral("\tmodels: ") + models.value(id).join(QStringLiteral(", ")) +
                 (id == catalogue.defaultProviderId ? QStringLiteral("\t(default)") : QString()) +
                 QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace promptdesk::cli

#include "app_context.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "policy_gate.h"
#include "provider_registry.h"
#include "template_library.h"

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
        QString line = t.id + QLatin1Char('\t') + templateCategoryName(t.category) + QLatin1Char('\t') +
                       t.name + QStringLiteral(" — ") + t.description;
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
    for (const ProviderDescriptor &d : pipeline.providers().descriptors()) {
        const bool approved = pipeline.policy().evaluate(d, ProviderRequest{}).allowed;
        QStringList models;
        for (const ModelInfo &m : d.models) {
            models.append(m.id == d.defaultModel ? m.id + QLatin1Char('*') : m.id);
        }
        writeOut(d.id + QLatin1Char('\t') + d.displayName + QLatin1Char('\t') +
                 (approved ? QStringLiteral("approved") : QStringLiteral("not approved")) +
                 QStringLiteral("\tmodels: ") + models.join(QStringLiteral(", ")) +
                 (d.id == pipeline.providers().defaultProviderId() ? QStringLiteral("\t(default)") : QString()) +
                 QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace promptdesk::cli

#include "app_context.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "template_commands.h"
#include "templates/template_library.h"

namespace promptdesk::cli {

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addJobOptions(parser);
    parser.addOption({QStringLiteral("data-class"),
                      QStringLiteral("Public, Internal, Confidential or Restricted."),
                      QStringLiteral("CLASS")});
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("run"), args, &message)) {
        return usageError(message);
    }
    if (!parser.isSet(QStringLiteral("template"))) {
        return usageError(QStringLiteral("run needs --template ID"));
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("run needs exactly one FILE (or - for standard input)"));
    }

    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    const Pipeline &pipeline = context.value()->pipeline();
    const Template *tmpl = pipeline.templates().find(parser.value(QStringLiteral("template")));
    if (!tmpl) {
        return usageError(
            QStringLiteral("there is no template \"%1\"; run promptdesk-cli templates")
                .arg(parser.value(QStringLiteral("template"))));
    }
    Result<JobRequest> parsed = jobRequestFromArgs(parser, *tmpl);
    if (!parsed) {
        return fail(parsed.error());
    }
    JobRequest request = parsed.value();
    request.dataClass = parser.value(QStringLiteral("data-class"));

    // One engine: the job chooses its plan (single, schema-checked, map-reduce) itself.
    return runTemplateJob(pipeline, request);
}

} // namespace promptdesk::cli

#include "app_context.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "provider_registry.h"
#include "run_routing.h"
#include "template_commands.h"
#include "template_library.h"

#include <QCoreApplication>
#include <QEventLoop>

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

    // Extraction (schema check with one retry) and long inputs (map-reduce with page
    // citations) run on MapReduceJob, by the same rule as in the window.
    if (runsAsMapReduce(*tmpl, request)) {
        return runTemplateJob(pipeline, request);
    }
    Job *job = pipeline.createJob(request, nullptr);
    std::unique_ptr<Job> owner(job);
    JobOutcome outcome;
    bool printed = false;
    QString lastChunk;
    QObject::connect(job, &Job::outputDelta, job, [&](const QString &text) {
        writeOut(text);
        printed = true;
        lastChunk = text;
    });
    // The CLI's whole life is this one job: the application event loop runs until it ends.
    QObject::connect(job, &Job::finished, job, [&](const JobOutcome &result) {
        outcome = result;
        QCoreApplication::exit(0);
    });
    job->start();
    QCoreApplication::exec();

    if (printed && !lastChunk.endsWith(QLatin1Char('\n'))) {
        writeOut(QStringLiteral("\n"));
    }
    for (const QString &warning : outcome.warnings) {
        writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
    }
    if (outcome.error) {
        if (outcome.incomplete && printed) {
            writeErr(QStringLiteral("warning: the output above is incomplete\n"));
        }
        return fail(*outcome.error);
    }
    return ExitOk;
}

} // namespace promptdesk::cli

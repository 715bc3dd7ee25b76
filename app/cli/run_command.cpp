#include "app_context.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "provider_registry.h"
#include "template_commands.h"
#include "template_library.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace promptdesk::cli {

namespace {

constexpr qint64 kMaxStdinBytes = 64LL * 1024 * 1024;

} // namespace

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("template"), QStringLiteral("Template id (see `templates`)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("provider"), QStringLiteral("Provider id (see `providers`)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model id."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("var"), QStringLiteral("Template option KEY=VALUE."), QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("data-class"), QStringLiteral("Public, Internal, Confidential or Restricted."), QStringLiteral("CLASS")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Input file, or - for stdin."));
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
        return usageError(QStringLiteral("there is no template \"%1\"; run promptdesk-cli templates")
                              .arg(parser.value(QStringLiteral("template"))));
    }
    Result<QMap<QString, QString>> options = parseTemplateVariables(*tmpl, parser.values(QStringLiteral("var")));
    if (!options) {
        return fail(options.error());
    }

    JobRequest request;
    request.templateId = tmpl->id;
    request.options = options.value();
    request.providerId = parser.value(QStringLiteral("provider"));
    request.model = parser.value(QStringLiteral("model"));
    request.dataClass = parser.value(QStringLiteral("data-class"));
    const QString source = parser.positionalArguments().constFirst();
    if (source == QStringLiteral("-")) {
        Result<QByteArray> input = readStandardInput(kMaxStdinBytes);
        if (!input) {
            return fail(input.error());
        }
        request.pastedText = QString::fromUtf8(input.value());
    } else {
        request.filePath = source;
    }

    // Extraction (schema check with one retry) and long inputs (map-reduce with page citations).
    if (runsAsTemplateJob(*tmpl, request)) {
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

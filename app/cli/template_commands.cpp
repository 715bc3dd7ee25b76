#include "template_commands.h"

#include "app_context.h"
#include "cli_args.h"
#include "cli_io.h"
#include "core/app_paths.h"
#include "core/shown_in_message.h"
#include "pipeline/pipeline.h"
#include "templates/template_json.h"
#include "templates/user_template_store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace promptdesk::cli {

namespace {

constexpr qint64 kMaxStdinBytes = 64LL * 1024 * 1024;

Result<void> exportTable(const ExtractionTable &table, const QString &path)
{
    const std::optional<TableFileFormat> format = tableFileFormatFor(path);
    if (!format) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("--out must end in .csv, .xlsx, .json or .md"));
    }
    return table.write(path, *format);
}

} // namespace

Result<QMap<QString, QString>> parseTemplateVariables(const Template &tmpl, const QStringList &vars)
{
    QMap<QString, QString> options;
    for (const QString &var : vars) {
        const qsizetype eq = var.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return makeError(
                ErrorKind::Usage,
                QStringLiteral("--var expects KEY=VALUE, got \"%1\"").arg(shownInMessage(var)));
        }
        const QString key = var.left(eq);
        const QString value = var.mid(eq + 1);
        const TemplateOption *option = tmpl.option(key);
        if (!option) {
            QStringList keys;
            for (const TemplateOption &o : tmpl.options) {
                keys.append(o.key);
            }
            return makeError(
                ErrorKind::Usage,
                QStringLiteral("template \"%1\" has no option \"%2\" (options: %3)")
                    .arg(tmpl.id, shownInMessage(key), keys.join(QStringLiteral(", "))));
        }
        const QString problem = option->problemWith(value);
        if (!problem.isEmpty()) {
            return makeError(ErrorKind::Usage, problem);
        }
        options.insert(key, value);
    }
    return options;
}

int runTemplateJob(const Pipeline &pipeline, const JobRequest &request, const QString &exportPath)
{
    std::unique_ptr<Job> job(pipeline.start(request, nullptr));
    JobOutcome outcome;
    QString lastChunk;
    QObject::connect(job.get(), &Job::outputDelta, job.get(), [&](const QString &text) {
        writeOut(text);
        lastChunk = text;
    });
    QObject::connect(job.get(), &Job::notice, job.get(), [](const QString &text) {
        writeErr(QStringLiteral("note: ") + text + QLatin1Char('\n'));
    });
    QObject::connect(job.get(), &Job::planReady, job.get(), [](const JobPlan &plan) {
        if (!plan.basic && plan.allowed) {
            // Every send shows its estimate first.
            QString line = QStringLiteral("note: sending to %1 \u00B7 %2 as %3 data, about %4 "
                                          "tokens")
                               .arg(plan.providerName, plan.model, plan.dataClass)
                               .arg(plan.estimatedInputTokens);
            if (plan.estimatedCostUsd >= 0) {
                line += QStringLiteral(", estimated cost at most $%1")
                            .arg(plan.estimatedCostUsd, 0, 'f', 4);
            }
            writeErr(line + QLatin1Char('\n'));
        }
        for (const QString &warning : plan.warnings) {
            writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
        }
        if (plan.mapReduce) {
            QString line = QStringLiteral("note: long document: %1 parts").arg(plan.chunkCount);
            if (plan.estimatedCostUsd >= 0) {
                line += QStringLiteral(", estimated cost at most $%1")
                            .arg(plan.estimatedCostUsd, 0, 'f', 4);
            }
            writeErr(line + QLatin1Char('\n'));
        }
    });
    // The CLI's whole life is this one job: the application event loop runs until it ends.
    QObject::connect(job.get(), &Job::finished, job.get(), [&](const JobOutcome &result) {
        outcome = result;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();

    if (!lastChunk.isEmpty() && !lastChunk.endsWith(QLatin1Char('\n'))) {
        writeOut(QStringLiteral("\n"));
    }
    for (const QString &warning : outcome.warnings) {
        if (!outcome.historyError || warning != outcome.historyError->message) {
            writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
        }
    }
    for (const QString &problem : outcome.validationErrors) {
        writeErr(QStringLiteral("warning: ") + problem + QLatin1Char('\n'));
    }
    if (outcome.error) {
        if (outcome.incomplete) {
            writeErr(QStringLiteral("warning: the output above is incomplete\n"));
        }
        return fail(*outcome.error);
    }
    if (outcome.historyError) {
        return fail(*outcome.historyError); // the result was shown but could not be kept
    }
    if (!exportPath.isEmpty()) {
        if (!outcome.extraction) {
            return usageError(QStringLiteral("--out needs an extraction template"));
        }
        if (Result<void> written = exportTable(outcome.table, exportPath); !written) {
            return fail(written.error());
        }
    }
    return ExitOk;
}

void addJobOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("template"), QStringLiteral("Template id (see `templates`)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("provider"), QStringLiteral("Provider id (see `providers`)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model id."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("var"), QStringLiteral("Template option KEY=VALUE."),
                      QStringLiteral("K=V")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Input file, or - for stdin."));
}

Result<JobRequest> jobRequestFromArgs(const QCommandLineParser &parser, const Template &tmpl)
{
    Result<QMap<QString, QString>> options =
        parseTemplateVariables(tmpl, parser.values(QStringLiteral("var")));
    if (!options) {
        return options.error();
    }
    JobRequest request;
    request.templateId = tmpl.id;
    request.options = options.value();
    request.providerId = parser.value(QStringLiteral("provider"));
    request.model = parser.value(QStringLiteral("model"));
    const QString source = parser.positionalArguments().value(0);
    if (source == QStringLiteral("-")) {
        Result<QString> input = readStandardInputText(kMaxStdinBytes);
        if (!input) {
            return input.error();
        }
        request.pastedText = input.value();
    } else {
        request.filePath = source;
    }
    return request;
}

int templateSubcommand(const QStringList &args)
{
    const QString sub = args.value(0);
    // The library the app runs with, the company's locked templates included, so that `show`
    // and `export` find them and `import` and `delete` cannot replace them.
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    const TemplateLibrary *library = &context.value()->templateLibrary();
    const UserTemplateStore store(AppPaths::fromEnvironment().userTemplatesDir());
    if (sub == QStringLiteral("show") && args.size() == 2) {
        const Template *t = library->find(args.at(1));
        if (!t) {
            return usageError(QStringLiteral("there is no template \"%1\"").arg(args.at(1)));
        }
        writeOut(
            QString::fromUtf8(QJsonDocument(templateToJson(*t)).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (sub == QStringLiteral("export") && args.size() == 3) {
        const Template *t = library->find(args.at(1));
        if (!t) {
            return usageError(QStringLiteral("there is no template \"%1\"").arg(args.at(1)));
        }
        Result<void> written = UserTemplateStore::exportTo(*t, args.at(2));
        return written ? int(ExitOk) : fail(written.error());
    }
    if (sub == QStringLiteral("import") && args.size() == 2) {
        Result<Template> imported = store.importFrom(args.at(1));
        if (!imported) {
            return fail(imported.error());
        }
        const Template *existing = library->find(imported->id);
        if (existing && !existing->editable()) {
            return usageError(
                QStringLiteral("the id \"%1\" is taken by a built-in or company template")
                    .arg(imported->id));
        }
        Result<void> saved = store.save(imported.value());
        if (!saved) {
            return fail(saved.error());
        }
        writeOut(QStringLiteral("imported ") + imported->id + QLatin1Char('\n'));
        return ExitOk;
    }
    if (sub == QStringLiteral("delete") && args.size() == 2) {
        const Template *existing = library->find(args.at(1));
        if (existing && !existing->editable()) {
            return usageError(
                QStringLiteral("\"%1\" is not one of your own templates").arg(args.at(1)));
        }
        Result<void> removed = store.remove(args.at(1));
        return removed ? int(ExitOk) : fail(removed.error());
    }
    return usageError(
        QStringLiteral("templates [show ID | export ID FILE | import FILE | delete ID]"));
}

int extractTableCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addJobOptions(parser);
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Table file: .csv, .xlsx, .json or .md."),
                      QStringLiteral("FILE")});
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("extract-table"), args, &message)) {
        return usageError(message);
    }
    if (!parser.isSet(QStringLiteral("template")) || !parser.isSet(QStringLiteral("out")) ||
        parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral(
            "extract-table needs --template ID, --out FILE and one input FILE (or -)"));
    }
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    const Pipeline &pipeline = context.value()->pipeline();
    const Template *tmpl = pipeline.templates().find(parser.value(QStringLiteral("template")));
    if (!tmpl || tmpl->category != TemplateCategory::Extract) {
        return usageError(
            QStringLiteral("\"%1\" is not an extraction template; run promptdesk-cli templates")
                .arg(parser.value(QStringLiteral("template"))));
    }
    Result<JobRequest> request = jobRequestFromArgs(parser, *tmpl);
    if (!request) {
        return fail(request.error());
    }
    return runTemplateJob(pipeline, request.value(), parser.value(QStringLiteral("out")));
}

} // namespace promptdesk::cli

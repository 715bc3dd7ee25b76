#pragma once

#include "core/result.h"
#include "pipeline/job_request.h"
#include "templates/template.h"
#include "templates/template_library.h"

#include <QCommandLineParser>
#include <QStringList>

namespace promptdesk {
class Pipeline;
}

namespace promptdesk::cli {

// Runs it; with `exportPath` the extraction table is also written (.csv, .xlsx, .json, .md).
int runTemplateJob(const Pipeline &pipeline, const JobRequest &request,
                   const QString &exportPath = {});

// --var K=V checked against the template's variables (choices, text, numbers).
Result<QMap<QString, QString>> parseTemplateVariables(const Template &tmpl,
                                                      const QStringList &vars);

// The options `run` and `extract-table` share: --template, --provider, --model, --var.
void addJobOptions(QCommandLineParser &parser);
// The request for `tmpl` from those options and the one positional FILE (or - for stdin).
Result<JobRequest> jobRequestFromArgs(const QCommandLineParser &parser, const Template &tmpl);

// `templates` with arguments: show ID | export ID FILE | import FILE | delete ID.
int templateSubcommand(const QStringList &args);
// `extract-table --template ID [--provider ID] [--model M] [--var K=V]... --out FILE FILE|-`
int extractTableCommand(const QStringList &args);

} // namespace promptdesk::cli

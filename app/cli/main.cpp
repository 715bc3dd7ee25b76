// promptdesk-cli: the headless face of the engine, for admins and tests.
#include "cli_commands.h"
#include "cli_io.h"
#include "core/app_info.h"
#include "policy_commands.h"
#include "template_commands.h"

#include <QCoreApplication>

using namespace promptdesk;
using namespace promptdesk::cli;

namespace {

const char kUsage[] =
    "Usage: promptdesk-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  --version                          print the version\n"
    "  extract-text FILE [--json] [--ocr LANGS]\n"
    "                                     print the text of a document (pages separated by \\f)\n"
    "  redact [--jsonl] [FILE|-]          print the text with personal data replaced\n"
    "  run --template ID [--provider ID] [--model M] [--var K=V]... [--data-class C] FILE|-\n"
    "                                     run a template and stream the result\n"
    "  extract-table --template ID --out FILE.csv|.xlsx|.json|.md [--provider ID] FILE|-\n"
    "                                     run an extraction template and write its table\n"
    "  templates [show ID | export ID FILE | import FILE | delete ID]\n"
    "                                     list, show, share and remove templates\n"
    "  providers                          list the providers\n"
    "  provider-key set|delete ID [--what NAME]\n"
    "                                     store a provider key (read from stdin) in the keychain\n"
    "  audit verify [--evidence FILE]     check the audit log's (or an evidence package's) "
    "integrity\n"
    "  audit export --format csv|ocsf|evidence [--out FILE]\n"
    "                                     export the audit log (filters: --from --to --user ...)\n"
    "  history list | search QUERY | show ID | delete ID | purge [--older-than DAYS]\n"
    "  history export --format json|md [--out FILE]\n"
    "                                     your private history of jobs\n"
    "  policy keygen | sign | verify FILE | show\n"
    "                                     sign, check and show the company policy\n"
    "\n"
    "Per-user state lives in PROMPTDESK_CONFIG_DIR and PROMPTDESK_DATA_DIR when set.\n"
    "The machine-wide policy is read from PROMPTDESK_POLICY_DIR when set and no policy is\n"
    "deployed in the machine-wide folder (docs/policy.md).\n"
    "Standard error holds only error:, warning: and note: lines; set QT_LOGGING_RULES (for\n"
    "example 'promptdesk.*=true') to see the diagnostic log as log: lines.\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installCliMessageHandler();
    QCoreApplication::setOrganizationName(QStringLiteral("Promptdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Promptdesk"));
    QCoreApplication::setApplicationVersion(appVersion());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QStringLiteral("--help") ||
        args.first() == QStringLiteral("-h")) {
        writeOut(QString::fromLatin1(kUsage));
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString command = args.takeFirst();
    if (command == QStringLiteral("--version")) {
        writeOut(QStringLiteral("promptdesk-cli ") + appVersion() + QLatin1Char('\n'));
        return ExitOk;
    }
    if (command == QStringLiteral("extract-text")) {
        return extractTextCommand(args);
    }
    if (command == QStringLiteral("redact")) {
        return redactCommand(args);
    }
    if (command == QStringLiteral("run")) {
        return runCommand(args);
    }
    if (command == QStringLiteral("templates")) {
        return args.isEmpty() ? templatesCommand(args) : templateSubcommand(args);
    }
    if (command == QStringLiteral("extract-table")) {
        return extractTableCommand(args);
    }
    if (command == QStringLiteral("providers")) {
        return providersCommand(args);
    }
    if (command == QStringLiteral("provider-key")) {
        return providerKeyCommand(args);
    }
    if (command == QStringLiteral("audit")) {
        return auditCommand(args);
    }
    if (command == QStringLiteral("history")) {
        return historyCommand(args);
    }
    if (command == QStringLiteral("policy")) {
        return policyCommand(args);
    }
    return usageError(
        QStringLiteral("unknown command \"%1\"; run promptdesk-cli --help").arg(command));
}

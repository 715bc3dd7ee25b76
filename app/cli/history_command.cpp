// promptdesk-cli history list | search QUERY | show ID | delete ID | purge | export
#include "app_context.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "history/history_export.h"
#include "history/sqlite_history_store.h"

#include <QFile>
#include <QSaveFile>

namespace promptdesk::cli {

namespace {

const QString kUsage = QStringLiteral(
    "usage: promptdesk-cli history list [--limit N] | search QUERY | show ID | delete ID |\n"
    "       purge [--older-than DAYS] | export --format json|md [--out FILE] [--redacted]");

void printEntries(const QList<HistoryEntry> &entries)
{
    for (const HistoryEntry &e : entries) {
        writeOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                     .arg(e.id)
                     .arg(e.createdUtc.toString(Qt::ISODate), e.templateId, e.providerId, e.status,
                          e.sourceName));
    }
}

Result<qint64> parseId(const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
    if (!ok) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("give the entry's number, as `history list` shows it"));
    }
    return id;
}

} // namespace

int historyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("limit"), QStringLiteral("entries to list"), QStringLiteral("N"),
         QStringLiteral("50")},
        {QStringLiteral("older-than"), QStringLiteral("days"), QStringLiteral("DAYS")},
        {QStringLiteral("format"), QStringLiteral("json or md"), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("FILE")},
        {QStringLiteral("redacted"), QStringLiteral("keep placeholders in the export")},
    });
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("history"), args, &message)) {
        return usageError(message);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(kUsage);
    }
    const QString sub = positional.first();
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    SqliteHistoryStore *store = context.value()->historyStore();
    if (!store) {
        return fail(makeError(ErrorKind::Usage, QStringLiteral("History is switched off.")));
    }
    if (!store->vaultAvailable() &&
        (sub == QStringLiteral("show") || sub == QStringLiteral("export"))) {
        writeErr(QStringLiteral(
                     "note: %1 Personal data is not kept in history; placeholders are shown.\n")
                     .arg(context.value()->keychainProblem()));
    }

    if (sub == QStringLiteral("list") && positional.size() == 1) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            return usageError(QStringLiteral("--limit takes a positive number"));
        }
        Result<QList<HistoryEntry>> entries = store->recent(limit);
        if (!entries) {
            return fail(entries.error());
        }
        printEntries(entries.value());
        return ExitOk;
    }
    if (sub == QStringLiteral("search") && positional.size() == 2) {
        HistoryQuery query;
        query.text = positional.at(1);
        query.limit = 100;
        Result<QList<HistoryEntry>> entries = store->search(query);
        if (!entries) {
            return fail(entries.error());
        }
        printEntries(entries.value());
        return ExitOk;
    }
    if (sub == QStringLiteral("show") || sub == QStringLiteral("delete")) {
        Result<qint64> id = parseId(positional);
        if (!id) {
            return fail(id.error());
        }
        if (sub == QStringLiteral("delete")) {
            Result<void> removed = store->remove(id.value());
            return removed ? ExitOk : fail(removed.error());
        }
        Result<HistoryEntry> entry = store->entry(id.value());
        if (!entry) {
            return fail(entry.error());
        }
        writeOut(restorePlaceholders(entry->redactedOutput, entry->vault) + QLatin1Char('\n'));
        return ExitOk;
    }
    if (sub == QStringLiteral("purge") && positional.size() == 1) {
        Result<int> removed = 0;
        if (parser.isSet(QStringLiteral("older-than"))) {
            bool ok = false;
            const int days = parser.value(QStringLiteral("older-than")).toInt(&ok);
            if (!ok || days < 0) {
                return usageError(QStringLiteral("--older-than takes a number of days"));
            }
            removed = store->purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-days));
        } else {
            removed = store->eraseAll();
        }
        if (!removed) {
            return fail(removed.error());
        }
        writeOut(QStringLiteral("%1 entries removed\n").arg(removed.value()));
        return ExitOk;
    }
    if (sub == QStringLiteral("export") && positional.size() == 1) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QStringLiteral("json") && format != QStringLiteral("md")) {
            return usageError(QStringLiteral("history export needs --format json|md"));
        }
        HistoryQuery all;
        all.limit = -1;
        Result<QList<HistoryEntry>> listed = store->search(all);
        if (!listed) {
            return fail(listed.error());
        }
        const bool restore = !parser.isSet(QStringLiteral("redacted"));
        QList<HistoryEntry> entries;
        for (const HistoryEntry &e : listed.value()) {
            Result<HistoryEntry> full = restore ? store->entry(e.id) : Result<HistoryEntry>(e);
            entries.append(full ? full.value() : e);
        }
        const QByteArray bytes = format == QStringLiteral("json")
                                     ? historyToJson(entries, restore)
                                     : historyToMarkdown(entries, restore);
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty() || out == QStringLiteral("-")) {
            writeOut(QString::fromUtf8(bytes));
            return ExitOk;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            return fail(makeError(ErrorKind::Usage, QStringLiteral("Cannot write %1.").arg(out)));
        }
        QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner);
        return ExitOk;
    }
    return usageError(kUsage);
}

} // namespace promptdesk::cli

// promptdesk-cli audit verify | export | fingerprint: the compliance side of the audit log.
#include "app_context.h"
#include "audit/audit_chain.h"
#include "audit/audit_export.h"
#include "audit/sqlite_audit_log.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>

namespace promptdesk::cli {

namespace {

const QString kUsage = QStringLiteral(
    "usage: promptdesk-cli audit verify [--evidence FILE [--public-key BASE64]]\n"
    "       promptdesk-cli audit export --format csv|ocsf|evidence [--out FILE] [--from DATE] "
    "[--to DATE] [--user U] [--provider P] [--model M] [--action A] [--status S]");

// Records a compliance operation in the log itself (content-free: the operation's name only).
void auditOperation(AppContext &context, const QString &action, const QString &operation, bool ok)
{
    AuditEvent event;
    event.action = action;
    event.operation = operation;
    event.status = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    event.user = context.userName();
    event.device = QSysInfo::machineHostName();
    (void)context.sqliteAuditLog().append(event);
}

Result<void> writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        writeOut(QString::fromUtf8(bytes));
        return {};
    }
    // Atomic: a reviewer never finds half an export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorKind::Usage, QStringLiteral("Cannot write %1.").arg(path));
    }
    return {};
}

int verifyEvidence(const QString &path, const QString &publicKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(makeError(ErrorKind::Usage, QStringLiteral("Cannot read %1.").arg(path)));
    }
    const Result<AuditEvidence> evidence = readAuditEvidence(file.readAll());
    if (!evidence) {
        return fail(evidence.error());
    }
    QList<QByteArray> trusted;
    if (!publicKey.isEmpty()) {
        trusted.append(QByteArray::fromBase64(publicKey.toLatin1()));
    }
    const AuditVerification report = verifyAuditEvidence(evidence.value(), trusted);
    writeOut(report.summary + QLatin1Char('\n'));
    for (const QByteArray &key : evidence->publicKeys) {
        writeOut(QStringLiteral("signed by key %1 (%2)\n")
                     .arg(publicKeyId(key), QString::fromLatin1(key.toBase64())));
    }
    if (report.firstBadSequence >= 0) {
        return fail(
            makeError(ErrorKind::Corrupt,
                      QStringLiteral("the evidence does not verify: %1").arg(report.problem)));
    }
    return ExitOk;
}

int verifyLog(AppContext &context)
{
    const Result<AuditVerification> report = context.sqliteAuditLog().verify();
    if (!report) {
        return fail(report.error());
    }
    writeOut(report->summary + QLatin1Char('\n'));
    if (!report->macsChecked && report->firstBadSequence < 0) {
        // Scripts see it: the hash chain holds, but without the keychain's MAC key an edit that
        // recomputed every later hash would not be caught (signed checkpoints still bound it).
        writeErr(QStringLiteral("warning: the MACs were not checked because the keychain is not "
                                "available; only the hash chain and the signed checkpoints were "
                                "verified\n"));
    }
    auditOperation(context, auditAction::verified, QStringLiteral("log"),
                   report->firstBadSequence < 0);
    if (report->firstBadSequence >= 0) {
        return fail(
            makeError(ErrorKind::Corrupt,
                      QStringLiteral("the audit log was altered: %1").arg(report->problem)));
    }
    return ExitOk;
}

int exportLog(AppContext &context, const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("csv") && format != QStringLiteral("ocsf") &&
        format != QStringLiteral("evidence")) {
        return usageError(QStringLiteral("--format must be csv, ocsf or evidence"));
    }
    SqliteAuditLog &log = context.sqliteAuditLog();
    AuditQuery query;
    for (const auto &[option, date] : {std::pair{QStringLiteral("from"), &query.fromUtc},
                                       std::pair{QStringLiteral("to"), &query.toUtc}}) {
        if (parser.isSet(option)) {
            *date = QDateTime::fromString(parser.value(option), Qt::ISODate);
            if (!date->isValid()) {
                return usageError(
                    QStringLiteral("--%1 takes a date such as 2026-01-31").arg(option));
            }
        }
    }
    query.user = parser.value(QStringLiteral("user"));
    query.providerId = parser.value(QStringLiteral("provider"));
    query.model = parser.value(QStringLiteral("model"));
    query.action = parser.value(QStringLiteral("action"));
    query.status = parser.value(QStringLiteral("status"));

    QByteArray bytes;
    if (format == QStringLiteral("evidence")) {
        // The whole chain (filters would break it), sealed by a checkpoint over its head.
        if (Result<void> cp = log.checkpoint(); !cp) {
            return fail(cp.error());
        }
        AuditEvidence evidence;
        Result<QList<StoredAuditEvent>> events = log.events();
        Result<QList<AuditCheckpoint>> checkpoints = log.checkpoints();
        Result<QList<QByteArray>> keys = log.publicKeys();
        if (!events || !checkpoints || !keys) {
            return fail(!events        ? events.error()
                        : !checkpoints ? checkpoints.error()
                                       : keys.error());
        }
        evidence.events = events.value();
        evidence.checkpoints = checkpoints.value();
        evidence.publicKeys = keys.value();
        evidence.device = QSysInfo::machineHostName();
        evidence.createdUtc = QDateTime::currentDateTimeUtc();
        bytes = writeAuditEvidence(evidence);
    } else {
        Result<QList<StoredAuditEvent>> events = log.events(query);
        if (!events) {
            return fail(events.error());
        }
        if (format == QStringLiteral("csv")) {
            bytes = auditCsvHeader();
            for (const StoredAuditEvent &e : events.value()) {
                bytes += auditCsvLine(e);
            }
        } else {
            for (const StoredAuditEvent &e : events.value()) {
                bytes += QJsonDocument(auditOcsfObject(e)).toJson(QJsonDocument::Compact) + '\n';
            }
        }
    }
    const Result<void> written = writeOutput(parser.value(QStringLiteral("out")), bytes);
    auditOperation(context, auditAction::exported, format, written.ok());
    if (!written) {
        return fail(written.error());
    }
    return ExitOk;
}

} // namespace

int auditCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        return usageError(kUsage);
    }
    const QString sub = args.first();
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("evidence"), QStringLiteral("evidence package to verify"),
         QStringLiteral("FILE")},
        {QStringLiteral("public-key"), QStringLiteral("expected signing key"),
         QStringLiteral("BASE64")},
        {QStringLiteral("format"), QStringLiteral("csv, ocsf or evidence"),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("FILE")},
        {QStringLiteral("from"), QStringLiteral("first day"), QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("day after the last"), QStringLiteral("DATE")},
        {QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("USER")},
        {QStringLiteral("provider"), QStringLiteral("provider"), QStringLiteral("ID")},
        {QStringLiteral("model"), QStringLiteral("model"), QStringLiteral("MODEL")},
        {QStringLiteral("action"), QStringLiteral("action"), QStringLiteral("ACTION")},
        {QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("STATUS")},
    });
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("audit ") + sub, args.mid(1), &message)) {
        return usageError(message);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(kUsage);
    }
    if (sub == QStringLiteral("verify") && parser.isSet(QStringLiteral("evidence"))) {
        return verifyEvidence(parser.value(QStringLiteral("evidence")),
                              parser.value(QStringLiteral("public-key")));
    }
    if (sub != QStringLiteral("verify") && sub != QStringLiteral("export")) {
        return usageError(kUsage);
    }
    if (sub == QStringLiteral("export") && !parser.isSet(QStringLiteral("format"))) {
        return usageError(QStringLiteral("audit export needs --format csv|ocsf|evidence"));
    }
    Result<std::unique_ptr<AppContext>> context = AppContext::create();
    if (!context) {
        return fail(context.error());
    }
    return sub == QStringLiteral("verify") ? verifyLog(*context.value())
                                           : exportLog(*context.value(), parser);
}

} // namespace promptdesk::cli

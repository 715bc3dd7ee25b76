#include "policy_commands.h"

#include "cli_args.h"
#include "cli_io.h"
#include "policy/policy_loader.h"
#include "policy/policy_parser.h"
#include "policy/policy_report.h"
#include "policy/policy_signing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace promptdesk::cli {

namespace {

const QString kUsage = QStringLiteral(
    "usage: promptdesk-cli policy keygen [--out DIR] [--name NAME]\n"
    "       promptdesk-cli policy sign --key SECRET.key POLICY.json [--out POLICY.json.sig]\n"
    "       promptdesk-cli policy verify POLICY.json [--signature SIG] [--key PUBLIC.pub]...\n"
    "       promptdesk-cli policy show");

Result<QByteArray> readFile(const QString &path, qsizetype maxBytes, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Usage,
            QStringLiteral("cannot read the %1 %2 (%3)").arg(what, path, file.errorString()));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return makeError(ErrorKind::TooLarge,
                         QStringLiteral("the %1 %2 is larger than any valid one").arg(what, path));
    }
    return bytes;
}

Result<void> writeNewFile(const QString &path, const QByteArray &bytes,
                          QFileDevice::Permissions mode)
{
    // NewOnly: never overwrite a key; the permissions apply from creation, so the secret key
    // is never readable by others, not even for an instant.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode)) {
        return makeError(ErrorKind::Usage,
                         QStringLiteral("cannot create %1 (%2)")
                             .arg(path, file.exists() ? QStringLiteral("it already exists")
                                                      : file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return makeError(ErrorKind::Internal, QStringLiteral("cannot write %1").arg(path));
    }
    return {};
}

int keygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the key files."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Base name of the key files."),
                      QStringLiteral("NAME")});
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("policy keygen"), args, &message)) {
        return usageError(message);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(kUsage);
    }
    const QDir dir(parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                       : QStringLiteral("."));
    if (!dir.exists() && !QDir().mkpath(dir.path())) { // the documented example names a new one
        return fail(makeError(ErrorKind::Internal,
                              QStringLiteral("The folder %1 cannot be created.").arg(dir.path())));
    }
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QStringLiteral("promptdesk-policy");
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        return usageError(QStringLiteral("--name must be a plain file name"));
    }
    const QString secretPath = dir.filePath(name + QStringLiteral(".key"));
    const QString publicPath = dir.filePath(name + QStringLiteral(".pub"));
    if (QFileInfo::exists(secretPath) || QFileInfo::exists(publicPath)) {
        return usageError(QStringLiteral("%1 or %2 already exists; keys are never overwritten")
                              .arg(secretPath, publicPath));
    }
    policysig::KeyPair pair = policysig::generate();
    QByteArray secretText = policysig::secretKeyText(pair.secretKey);
    const Result<void> wroteSecret =
        writeNewFile(secretPath, secretText, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    policysig::wipe(secretText);
    policysig::wipe(pair.secretKey);
    if (!wroteSecret) {
        return fail(wroteSecret.error());
    }
    const Result<void> wrotePublic =
        writeNewFile(publicPath, policysig::publicKeyText(pair.publicKey),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                         QFileDevice::ReadOther);
    if (!wrotePublic) {
        return fail(wrotePublic.error());
    }
    writeOut(
        QStringLiteral("Public key:  %1 (%2)\n"
                       "Secret key:  %3 (readable by you only; keep it offline, never deploy it)\n"
                       "Deploy the public key as %4/%5/%6.pub, or build it in via "
                       "resources/policy/trusted-keys.txt.\n")
            .arg(publicPath, policysig::keyFingerprint(pair.publicKey), secretPath,
                 PolicyLoadOptions::machineDirectory(), PolicyLoader::keysFolderName(), name));
    return ExitOk;
}

int sign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("key"), QStringLiteral("The secret key file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Signature file."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("policy sign"), args, &message)) {
        return usageError(message);
    }
    if (!parser.isSet(QStringLiteral("key")) || parser.positionalArguments().size() != 1) {
        return usageError(kUsage);
    }
    const QString policyPath = parser.positionalArguments().constFirst();
    const Result<QByteArray> policyBytes =
        readFile(policyPath, kMaxPolicyBytes, QStringLiteral("policy"));
    if (!policyBytes) {
        return fail(policyBytes.error());
    }
    // Never sign what the app would refuse: the admin finds out now, not on staff machines.
    const Result<ParsedPolicy> parsed = parsePolicy(policyBytes.value());
    if (!parsed) {
        return fail(parsed.error());
    }
    for (const QString &warning : parsed->warnings) {
        writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
    }
    Result<QByteArray> keyText =
        readFile(parser.value(QStringLiteral("key")), policysig::kMaxKeyFileBytes,
                 QStringLiteral("secret key"));
    if (!keyText) {
        return fail(keyText.error());
    }
    Result<QByteArray> secretKey = policysig::parseSecretKey(keyText.value());
    policysig::wipe(keyText.value());
    if (!secretKey) {
        return fail(secretKey.error());
    }
    const QByteArray signature = policysig::sign(secretKey.value(), policyBytes.value());
    const QByteArray publicKey = policysig::publicKeyOf(secretKey.value());
    policysig::wipe(secretKey.value());
    const QString outPath = parser.isSet(QStringLiteral("out"))
                                ? parser.value(QStringLiteral("out"))
                                : policyPath + QStringLiteral(".sig");
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(policysig::signatureText(signature)) < 0 ||
        !out.commit()) {
        return fail(makeError(ErrorKind::Internal, QStringLiteral("cannot write %1").arg(outPath)));
    }
    writeOut(QStringLiteral("Signed policy \"%1\" with %2: %3\n")
                 .arg(parsed->policy.version, policysig::keyFingerprint(publicKey), outPath));
    return ExitOk;
}

int verify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("signature"),
                      QStringLiteral("Signature file (default POLICY.sig)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("Trusted public key file (repeatable)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file."));
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("policy verify"), args, &message)) {
        return usageError(message);
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(kUsage);
    }
    const QString policyPath = parser.positionalArguments().constFirst();
    const Result<QByteArray> policyBytes =
        readFile(policyPath, kMaxPolicyBytes, QStringLiteral("policy"));
    if (!policyBytes) {
        return fail(policyBytes.error());
    }
    const QString sigPath = parser.isSet(QStringLiteral("signature"))
                                ? parser.value(QStringLiteral("signature"))
                                : policyPath + QStringLiteral(".sig");
    if (!QFileInfo::exists(sigPath)) {
        return fail(
            makeError(ErrorKind::Corrupt,
                      QStringLiteral("the policy is not signed (%1 is missing)").arg(sigPath)));
    }
    const Result<QByteArray> sigText =
        readFile(sigPath, policysig::kMaxKeyFileBytes, QStringLiteral("signature"));
    if (!sigText) {
        return fail(sigText.error());
    }
    const Result<QByteArray> signature = policysig::parseSignature(sigText.value());
    if (!signature) {
        return fail(signature.error());
    }

    QList<QByteArray> keys;
    QStringList problems;
    if (parser.isSet(QStringLiteral("key"))) {
        for (const QString &keyPath : parser.values(QStringLiteral("key"))) {
            const Result<QByteArray> text =
                readFile(keyPath, policysig::kMaxKeyFileBytes, QStringLiteral("public key"));
            const Result<QByteArray> key =
                text ? policysig::parsePublicKey(text.value()) : Result<QByteArray>(text.error());
            if (!key) {
                return fail(key.error());
            }
            keys.append(key.value());
        }
    } else {
        const QString dir = PolicyLoadOptions::fromEnvironment().directory;
        keys = policysig::loadTrustedKeys(QDir(dir).filePath(PolicyLoader::keysFolderName()),
                                          &problems);
    }
    for (const QString &problem : problems) {
        writeErr(QStringLiteral("warning: ") + problem + QLatin1Char('\n'));
    }
    const Result<QString> signer = policysig::verify(keys, policyBytes.value(), signature.value());
    if (!signer) {
        return fail(signer.error());
    }
    const Result<ParsedPolicy> parsed = parsePolicy(policyBytes.value());
    if (!parsed) {
        return fail(parsed.error());
    }
    for (const QString &warning : parsed->warnings) {
        writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
    }
    PolicyStatus status;
    QString code;
    if (Result<void> dates = PolicyLoader::checkDates(
            parsed->policy, QDateTime::currentDateTimeUtc(), &status, &code);
        !dates) {
        return fail(dates.error());
    }
    QString line = QStringLiteral("valid: policy \"%1\" signed by %2, expires %3")
                       .arg(parsed->policy.version, signer.value(),
                            parsed->policy.expiresUtc.toString(Qt::ISODate));
    if (status.inGrace) {
        line += QStringLiteral(" (expired: in its grace period)");
    } else if (status.expiringSoon) {
        line += QStringLiteral(" (within its warning period)");
    }
    writeOut(line + QLatin1Char('\n'));
    return ExitOk;
}

int show(const QStringList &args)
{
    if (!args.isEmpty()) {
        return usageError(kUsage);
    }
    const PolicyLoadOutcome loaded = PolicyLoader::load(PolicyLoadOptions::fromEnvironment());
    writeOut(describePolicy(loaded));
    return ExitOk;
}

} // namespace

int policyCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        return usageError(kUsage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("keygen")) {
        return keygen(rest);
    }
    if (sub == QStringLiteral("sign")) {
        return sign(rest);
    }
    if (sub == QStringLiteral("verify")) {
        return verify(rest);
    }
    if (sub == QStringLiteral("show")) {
        return show(rest);
    }
    return usageError(kUsage);
}

} // namespace promptdesk::cli

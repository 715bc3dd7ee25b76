#include "policy/policy_loader.h"

#include "core/logging.h"
#include "policy/policy_parser.h"
#include "policy/policy_signing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace promptdesk {

namespace {

// Clocks drift; a policy issued a few minutes "in the future" is not an attack.
constexpr qint64 kClockSkewSeconds = 5 * 60;

struct Fallback {
    QString code;
    QString reason;
};

PolicyLoadOutcome fallBack(const QString &directory, const Fallback &why,
                           const QStringList &warnings)
{
    PolicyLoadOutcome outcome;
    outcome.policy = PolicyLoader::builtinPolicy();
    outcome.directory = directory;
    outcome.status.source = PolicyStatus::Source::Builtin;
    outcome.status.version = outcome.policy->version;
    outcome.status.fallbackCode = why.code;
    outcome.status.fallbackReason = why.reason;
    outcome.status.warnings = warnings;
    qCInfo(lcPolicy) << "using the built-in policy:" << why.code;
    return outcome;
}

Result<QByteArray> readBounded(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Usage, file.errorString());
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return makeError(ErrorKind::TooLarge, QStringLiteral("too large"));
    }
    return bytes;
}

} // namespace

QString PolicyLoadOptions::machineDirectory()
{
#if defined(Q_OS_WIN)
    const QString programData =
        qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Promptdesk");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Promptdesk");
#else
    return QStringLiteral("/etc/promptdesk");
#endif
}

PolicyLoadOptions PolicyLoadOptions::fromEnvironment()
{
    PolicyLoadOptions options;
    options.directory = machineDirectory();
    options.nowUtc = QDateTime::currentDateTimeUtc();
    const bool machinePolicy =
        QFileInfo::exists(QDir(options.directory).filePath(PolicyLoader::policyFileName()));
    const QString overrideDir = qEnvironmentVariable("PROMPTDESK_POLICY_DIR");
    const bool wantsDevelopment =
        qEnvironmentVariable("PROMPTDESK_POLICY_DEVELOPMENT") == QStringLiteral("1");
    if (machinePolicy) {
        if (!overrideDir.isEmpty() || wantsDevelopment) {
            options.notes.append(
                QStringLiteral("PROMPTDESK_POLICY_DIR and PROMPTDESK_POLICY_DEVELOPMENT "
                               "are ignored because an administrator deployed a "
                               "policy in %1")
                    .arg(options.directory));
        }
        return options;
    }
    if (!overrideDir.isEmpty()) {
        options.directory = overrideDir;
        options.userDirectory = true;
    }
    options.developmentMode = wantsDevelopment;
    return options;
}

std::shared_ptr<const Policy> PolicyLoader::builtinPolicy()
{
    static const std::shared_ptr<const Policy> builtin = [] {
        QFile file(QStringLiteral(":/policy/builtin.json"));
        if (file.open(QIODevice::ReadOnly)) {
            if (Result<ParsedPolicy> parsed = parsePolicy(file.readAll())) {
                return std::make_shared<const Policy>(std::move(parsed).value().policy);
            }
        }
        // Cannot happen with a correct build (a unit test parses the resource); if it did,
        // the empty policy below still allows nothing but the offline engine.
        Policy policy;
        policy.version = QStringLiteral("builtin-1");
        policy.defaultDataClass = DataClass::Internal;
        return std::make_shared<const Policy>(policy);
    }();
    return builtin;
}

Result<void> PolicyLoader::checkDates(const Policy &policy, const QDateTime &nowUtc,
                                      PolicyStatus *status, QString *code)
{
    if (policy.issuedUtc.secsTo(nowUtc) < -kClockSkewSeconds) {
        *code = QStringLiteral("future-dated");
        return makeError(
            ErrorKind::Blocked,
            QStringLiteral("The company policy \"%1\" is dated %2, which is in the future: "
                           "check this computer's clock or the policy.")
                .arg(policy.version, policy.issuedUtc.toString(Qt::ISODate)));
    }
    status->expiresUtc = policy.expiresUtc;
    if (nowUtc >= policy.expiresUtc) {
        const QDateTime graceEnd = policy.expiresUtc.addDays(policy.graceDays);
        if (policy.afterExpiry == AfterExpiry::Grace && nowUtc < graceEnd) {
            status->inGrace = true;
            return {};
        }
        *code = QStringLiteral("expired");
        return makeError(
            ErrorKind::Blocked,
            QStringLiteral("The company policy \"%1\" expired on %2; ask IT for a renewed "
                           "policy.")
                .arg(policy.version, policy.expiresUtc.date().toString(Qt::ISODate)));
    }
    status->expiringSoon = nowUtc.daysTo(policy.expiresUtc) < policy.warnDays;
    return {};
}

PolicyLoadOutcome PolicyLoader::load(const PolicyLoadOptions &options)
{
    const QDir dir(options.directory);
    const QString policyPath = dir.filePath(policyFileName());
    const QString signaturePath = dir.filePath(signatureFileName());
    QStringList warnings = options.notes;

    if (!QFileInfo::exists(policyPath)) {
        return fallBack(
            options.directory,
            {QStringLiteral("missing"),
             QStringLiteral("No company policy is installed, so only the offline engine "
                            "is available.")},
            warnings);
    }
    const Result<QByteArray> bytes = readBounded(policyPath, kMaxPolicyBytes);
    if (!bytes) {
        return fallBack(
            options.directory,
            {bytes.error().kind == ErrorKind::TooLarge ? QStringLiteral("malformed")
                                                       : QStringLiteral("unreadable"),
             bytes.error().kind == ErrorKind::TooLarge
                 ? QStringLiteral("The company policy file is too large to be a policy, "
                                  "so only the offline engine is available.")
                 : QStringLiteral("The company policy file cannot be read, so only the "
                                  "offline engine is available.")},
            warnings);
    }

    // The signature is checked before the contents are interpreted at all.
    QString fingerprint;
    bool development = false;
    bool untrustedKey = false;
    if (!QFileInfo::exists(signaturePath)) {
        if (!options.developmentMode) {
            return fallBack(
                options.directory,
                {QStringLiteral("unsigned"),
                 QStringLiteral("The company policy is not signed, so it was not applied "
                                "and only the offline engine is available.")},
                warnings);
        }
        development = true;
    } else {
        const Result<QByteArray> sigText = readBounded(signaturePath, policysig::kMaxKeyFileBytes);
        const Result<QByteArray> signature = sigText ? policysig::parseSignature(sigText.value())
                                                     : Result<QByteArray>(sigText.error());
        if (!signature) {
            return fallBack(
                options.directory,
                {QStringLiteral("bad-signature"),
                 QStringLiteral("The company policy's signature file is damaged, so the "
                                "policy was not applied and only the offline engine is "
                                "available.")},
                warnings);
        }
        // In a user's own folder only the machine's keys (and the compiled-in ones) count as
        // the company's; the folder's own keys make at most a development policy.
        const QString companyKeys =
            options.userDirectory
                ? QDir(PolicyLoadOptions::machineDirectory()).filePath(keysFolderName())
                : dir.filePath(keysFolderName());
        Result<QString> verified = policysig::verify(
            policysig::loadTrustedKeys(companyKeys, &warnings), bytes.value(), signature.value());
        if (!verified && options.userDirectory) {
            verified = policysig::verify(
                policysig::loadTrustedKeys(dir.filePath(keysFolderName()), &warnings),
                bytes.value(), signature.value());
            if (verified) {
                development = true;
                untrustedKey = true;
                warnings.append(
                    QStringLiteral(
                        "The policy in %1 is signed by a key from that folder, not by a key this "
                        "computer trusts, so it is applied as a development policy.")
                        .arg(QDir::toNativeSeparators(options.directory)));
            }
        }
        if (!verified) {
            return fallBack(options.directory,
                            {QStringLiteral("bad-signature"),
                             verified.error().message +
                                 QStringLiteral(" The policy was not applied; only the offline "
                                                "engine is available.")},
                            warnings);
        }
        fingerprint = verified.value();
    }

    Result<ParsedPolicy> parsed = parsePolicy(bytes.value());
    if (!parsed) {
        return fallBack(
            options.directory,
            {QStringLiteral("malformed"),
             parsed.error().message +
                 QStringLiteral(" The policy was not applied; only the offline engine is "
                                "available.")},
            warnings);
    }
    warnings.append(parsed->warnings);

    PolicyLoadOutcome outcome;
    outcome.directory = options.directory;
    outcome.keyFingerprint = fingerprint;
    QString code;
    if (Result<void> dates = checkDates(parsed->policy, options.nowUtc, &outcome.status, &code);
        !dates) {
        return fallBack(options.directory, {code, dates.error().message}, warnings);
    }
    auto policy = std::make_shared<Policy>(std::move(parsed).value().policy);
    if (development) {
        // Audit events and the banner show that this policy was not signed.
        policy->version = QStringLiteral("dev:") + policy->version;
    }
    outcome.policy = policy;
    outcome.status.source =
        development ? PolicyStatus::Source::Development : PolicyStatus::Source::Signed;
    outcome.status.version = policy->version;
    outcome.status.untrustedKey = untrustedKey;
    outcome.status.organisation = policy->organisation;
    outcome.status.warnings = warnings;
    qCInfo(lcPolicy) << "policy" << policy->version << "loaded"
                     << (development ? "(development mode, unsigned)" : "");
    return outcome;
}

} // namespace promptdesk

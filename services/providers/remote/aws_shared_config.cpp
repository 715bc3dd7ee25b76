#include "providers/remote/aws_shared_config.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess> // splitCommand()
#include <QUrlQuery>

namespace promptdesk {

namespace {

Error authError(const QString &message)
{
    return makeError(ErrorKind::Auth, message);
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(1024 * 1024);
}

QString expandHome(const QString &path)
{
    if (path.startsWith(QStringLiteral("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

} // namespace

QString AwsSharedConfig::configFilePath()
{
    const QString env = qEnvironmentVariable("AWS_CONFIG_FILE");
    return env.isEmpty() ? QDir::homePath() + QStringLiteral("/.aws/config") : expandHome(env);
}

QString AwsSharedConfig::credentialsFilePath()
{
    const QString env = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
    return env.isEmpty() ? QDir::homePath() + QStringLiteral("/.aws/credentials") : expandHome(env);
}

QString AwsSharedConfig::ssoCacheDir()
{
    // Next to the config file's folder, as ~/.aws/sso/cache.
    return QDir::homePath() + QStringLiteral("/.aws/sso/cache");
}

QMap<QString, QMap<QString, QString>> AwsSharedConfig::parseIni(const QByteArray &text)
{
    QMap<QString, QMap<QString, QString>> sections;
    QString current;
    bool inSubsection = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';'))) {
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            current = trimmed.mid(1, trimmed.size() - 2).simplified();
            sections[current];
            inSubsection = false;
            continue;
        }
        if (line.front().isSpace()) {
            continue; // nested values (e.g. "s3 =\n  max_concurrent_requests = 10")
        }
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0 || current.isEmpty()) {
            continue;
        }
        const QString key = trimmed.left(eq).trimmed().toLower();
        const QString value = trimmed.mid(eq + 1).trimmed();
        inSubsection = value.isEmpty();
        Q_UNUSED(inSubsection);
        sections[current].insert(key, value);
    }
    return sections;
}

Result<AwsCredentials> AwsSharedConfig::parseProcessOutput(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("Version")).toInt() != 1) {
        return authError(QStringLiteral(
            "The AWS credential_process did not print credentials in the expected format."));
    }
    AwsCredentials c;
    c.accessKeyId = o.value(QStringLiteral("AccessKeyId")).toString().toUtf8();
    c.secretAccessKey = o.value(QStringLiteral("SecretAccessKey")).toString().toUtf8();
    c.sessionToken = o.value(QStringLiteral("SessionToken")).toString().toUtf8();
    const QString expiration = o.value(QStringLiteral("Expiration")).toString();
    if (!expiration.isEmpty()) {
        const QDateTime when = QDateTime::fromString(expiration, Qt::ISODate);
        if (when.isValid() && when < QDateTime::currentDateTimeUtc()) {
            return authError(QStringLiteral(
                "The AWS credential_process returned credentials that have already expired."));
        }
    }
    if (!c.isValid()) {
        return authError(
            QStringLiteral("The AWS credential_process did not print an access key and secret."));
    }
    return c;
}

Result<AwsCredentials> AwsSharedConfig::parseRoleCredentials(const QByteArray &json)
{
    const QJsonObject o =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("roleCredentials")).toObject();
    AwsCredentials c;
    c.accessKeyId = o.value(QStringLiteral("accessKeyId")).toString().toUtf8();
    c.secretAccessKey = o.value(QStringLiteral("secretAccessKey")).toString().toUtf8();
    c.sessionToken = o.value(QStringLiteral("sessionToken")).toString().toUtf8();
    if (!c.isValid()) {
        return authError(QStringLiteral("AWS single sign-on did not return credentials; sign in "
                                        "again with \"aws sso login\"."));
    }
    return c;
}

Result<AwsProfileCredentials> AwsSharedConfig::resolve(const QString &profileName)
{
    QString profile = profileName;
    if (profile.isEmpty()) {
        profile = qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"));
    }
    const auto credentialsFile = parseIni(readSmallFile(credentialsFilePath()));
    const auto configFile = parseIni(readSmallFile(configFilePath()));
    const QMap<QString, QString> creds = credentialsFile.value(profile);
    const QMap<QString, QString> config = configFile.value(
        profile == QStringLiteral("default") && configFile.contains(QStringLiteral("default"))
            ? QStringLiteral("default")
            : QStringLiteral("profile ") + profile);

    AwsProfileCredentials out;
    out.region = config.value(QStringLiteral("region"), creds.value(QStringLiteral("region")));
    auto staticKeys = [&out](const QMap<QString, QString> &s, const char *source) {
        if (s.contains(QStringLiteral("aws_access_key_id")) &&
            s.contains(QStringLiteral("aws_secret_access_key"))) {
            out.credentials.accessKeyId = s.value(QStringLiteral("aws_access_key_id")).toUtf8();
            out.credentials.secretAccessKey =
                s.value(QStringLiteral("aws_secret_access_key")).toUtf8();
            out.credentials.sessionToken = s.value(QStringLiteral("aws_session_token")).toUtf8();
            out.source = QString::fromLatin1(source);
            return true;
        }
        return false;
    };
    if (staticKeys(creds, "credentials-file") || staticKeys(config, "config-file")) {
        return out;
    }
    const QString process = config.value(QStringLiteral("credential_process"),
                                         creds.value(QStringLiteral("credential_process")));
    if (!process.isEmpty()) {
        QStringList argv = QProcess::splitCommand(process);
        if (argv.isEmpty()) {
            return authError(QStringLiteral("The AWS profile's credential_process is empty."));
        }
        // Run later by the request, asynchronously (AwsCredentialProcessRun), so that a slow
        // process never blocks the window.
        AwsCredentialProcess run;
        run.program = expandHome(argv.takeFirst());
        run.arguments = argv;
        out.process = run;
        out.source = QStringLiteral("credential-process");
        return out;
    }
    // SSO: either an [sso-session NAME] referenced by sso_session, or the legacy keys.
    const QString session = config.value(QStringLiteral("sso_session"));
    QMap<QString, QString> sso = config;
    if (!session.isEmpty()) {
        const auto s = configFile.value(QStringLiteral("sso-session ") + session);
        for (auto it = s.cbegin(); it != s.cend(); ++it) {
            sso.insert(it.key(), it.value());
        }
    }
    const QString startUrl = sso.value(QStringLiteral("sso_start_url"));
    if (!startUrl.isEmpty()) {
        const QString account = sso.value(QStringLiteral("sso_account_id"));
        const QString role = sso.value(QStringLiteral("sso_role_name"));
        const QString ssoRegion = sso.value(QStringLiteral("sso_region"));
        const QByteArray cacheKey =
            QCryptographicHash::hash((session.isEmpty() ? startUrl : session).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex();
        const QJsonObject token =
            QJsonDocument::fromJson(readSmallFile(ssoCacheDir() + QLatin1Char('/') +
                                                  QString::fromLatin1(cacheKey) +
                                                  QStringLiteral(".json")))
                .object();
        const QString accessToken = token.value(QStringLiteral("accessToken")).toString();
        const QDateTime expires =
            QDateTime::fromString(token.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        if (accessToken.isEmpty() || !expires.isValid() ||
            expires < QDateTime::currentDateTimeUtc()) {
            return authError(QStringLiteral("The AWS single sign-on session has expired; run \"aws "
                                            "sso login\" and try again."));
        }
        if (account.isEmpty() || role.isEmpty() || ssoRegion.isEmpty()) {
            return authError(
                QStringLiteral("The AWS profile's single sign-on settings are incomplete."));
        }
        AwsSsoRequest request;
        const QString host = qEnvironmentVariable(
            "PROMPTDESK_AWS_SSO_PORTAL",
            QStringLiteral("https://portal.sso.%1.amazonaws.com").arg(ssoRegion));
        request.url = QUrl(host + QStringLiteral("/federation/credentials"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("account_id"), account);
        query.addQueryItem(QStringLiteral("role_name"), role);
        request.url.setQuery(query);
        request.accessToken = accessToken.toUtf8();
        out.sso = request;
        out.source = QStringLiteral("sso");
        return out;
    }
    if (config.contains(QStringLiteral("role_arn"))) {
        return authError(QStringLiteral("AWS profiles that assume a role are not supported yet; "
                                        "use credential_process or single sign-on."));
    }
    return authError(QStringLiteral("The AWS profile \"%1\" has no credentials.").arg(profile));
}

} // namespace promptdesk

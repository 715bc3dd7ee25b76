#pragma once

#include "core/result.h"
#include "providers/wire/sigv4_signer.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace promptdesk {

// An SSO profile whose short-lived role credentials must still be fetched from the SSO portal
// with the cached access token (GetRoleCredentials), as the AWS CLI does.
struct AwsSsoRequest {
    QUrl url;               // https://portal.sso.<region>.amazonaws.com/federation/credentials?...
    QByteArray accessToken; // from ~/.aws/sso/cache; sent as x-amz-sso_bearer_token
};

// A profile's credential_process, still to be run (AwsCredentialProcessRun): the program and
// its arguments, split as the AWS CLI splits them, without a shell.
struct AwsCredentialProcess {
    QString program;
    QStringList arguments;
};

struct AwsProfileCredentials {
    AwsCredentials credentials; // filled unless `sso` or `process` is set
    std::optional<AwsSsoRequest> sso;
    std::optional<AwsCredentialProcess> process;
    QString region; // the profile's region, when set
    QString source; // "credentials-file", "config-file", "credential-process", "sso"
};

// Reads the AWS shared files the way the AWS CLI does: AWS_CONFIG_FILE (~/.aws/config, sections
// "[profile NAME]" / "[default]" / "[sso-session NAME]") and AWS_SHARED_CREDENTIALS_FILE
// (~/.aws/credentials, sections "[NAME]"); the profile is the given name, else AWS_PROFILE,
// else "default". Order: static keys in the credentials file, then in the config file, then
// credential_process (returned to run later, asynchronously), then the SSO token
// cache (~/.aws/sso/cache/<sha1>.json). Role assumption (role_arn/source_profile) is not
// supported yet and says so. Secrets read here are never logged.
class AwsSharedConfig final {
public:
    // Directories default to the real ones; tests pass their own.
    static Result<AwsProfileCredentials> resolve(const QString &profileName);

    // Parses INI text into section -> key -> value (comments, blank lines and indented
    // sub-keys are skipped).
    static QMap<QString, QMap<QString, QString>> parseIni(const QByteArray &text);
    // The output of credential_process (Version 1 JSON).
    static Result<AwsCredentials> parseProcessOutput(const QByteArray &json);
    // Parses GetRoleCredentials' answer {"roleCredentials":{...}}.
    static Result<AwsCredentials> parseRoleCredentials(const QByteArray &json);
    static QString configFilePath();
    static QString credentialsFilePath();
    static QString ssoCacheDir();
};

} // namespace promptdesk

#include "core/app_paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace promptdesk {

AppPaths AppPaths::fromEnvironment()
{
    QString config = qEnvironmentVariable("PROMPTDESK_CONFIG_DIR");
    QString data = qEnvironmentVariable("PROMPTDESK_DATA_DIR");
    if (config.isEmpty()) {
        config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    }
    if (data.isEmpty()) {
        data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return AppPaths(config, data);
}

AppPaths::AppPaths(QString configDir, QString dataDir)
    : m_configDir(std::move(configDir))
    , m_dataDir(std::move(dataDir))
{
}

QString AppPaths::userTemplatesDir() const
{
    return m_configDir + QStringLiteral("/templates");
}

QString AppPaths::settingsFile() const
{
    return m_configDir + QStringLiteral("/promptdesk.conf");
}

QString AppPaths::historyDatabase() const
{
    return m_dataDir + QStringLiteral("/history.sqlite");
}

QString AppPaths::auditDatabase() const
{
    return m_dataDir + QStringLiteral("/audit.sqlite");
}

Result<void> AppPaths::ensureExist() const
{
    for (const QString &dir : {m_configDir, m_dataDir}) {
        if (!QDir().mkpath(dir)) {
            return makeError(ErrorKind::Internal,
                             QStringLiteral("Cannot create the folder %1.").arg(dir));
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return {};
}

} // namespace promptdesk

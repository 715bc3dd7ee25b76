#pragma once

#include "core/result.h"

#include <QString>

namespace promptdesk {

// Where per-user state lives. PROMPTDESK_CONFIG_DIR and PROMPTDESK_DATA_DIR relocate it
// (tests and portable installs use them); otherwise the platform's standard locations.
class AppPaths final {
public:
    static AppPaths fromEnvironment();
    AppPaths(QString configDir, QString dataDir);

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString settingsFile() const;
    QString userTemplatesDir() const; // the user's own templates, one JSON file each
    QString historyDatabase() const;
    QString auditDatabase() const;

    // Creates both directories, readable by the owner only.
    Result<void> ensureExist() const;

private:
    QString m_configDir;
    QString m_dataDir;
};

} // namespace promptdesk

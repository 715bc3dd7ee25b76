#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace promptdesk::testing {

QString sharedDir()
{
    const QString configured = qEnvironmentVariable("PROMPTDESK_SHARED_DIR");
    if (!configured.isEmpty() && QFileInfo(configured + QStringLiteral("/DESIGN.md")).exists()) {
        return QDir(configured).absolutePath();
    }
    return {};
}

QString binDir()
{
    const QString configured = qEnvironmentVariable("PROMPTDESK_BIN_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write test file %s", qPrintable(path));
    }
    file.write(bytes);
    return path;
}

} // namespace promptdesk::testing

#include "output_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace promptdesk {

Result<void> saveOutputFile(const QString &path, const QString &text)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("promptdesk::OutputFile", "“%1” could not be created: %2")
                .arg(name, file.errorString()));
    }
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorKind::Internal,
                         QCoreApplication::translate("promptdesk::OutputFile",
                                                     "“%1” could not be saved: %2. The disk may "
                                                     "be full or the folder read-only.")
                             .arg(name, file.errorString()));
    }
    return {};
}

} // namespace promptdesk

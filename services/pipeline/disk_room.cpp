#include "pipeline/disk_room.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#endif

namespace promptdesk {

namespace {

// Free bytes for an unprivileged writer on the file system holding `folder`; -1 if unknown.
// statvfs() on the folder itself: QStorageInfo looks the folder up in the mount table, which a
// chroot or container may not have (the check was then skipped there).
qint64 bytesAvailable(const QString &folder)
{
#ifdef Q_OS_UNIX
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(folder).constData(), &info) == 0) {
        return qint64(info.f_bavail) * qint64(info.f_frsize);
    }
#endif
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.isReady() ? storage.bytesAvailable() : -1;
}

} // namespace

Result<void> checkRoomToRecord(const QString &folder, qint64 minimumBytes)
{
    if (folder.isEmpty() || minimumBytes <= 0) {
        return {};
    }
    const qint64 available = bytesAvailable(folder);
    if (available < 0 || available >= minimumBytes) { // unknown: the stores report their own
        return {};
    }
    const QLocale locale;
    return makeError(ErrorKind::Disk,
                     QCoreApplication::translate(
                         "SendStep", "The disk that holds your Promptdesk data has only %1 free; "
                                     "%2 is needed to record this job, so nothing was sent. Free "
                                     "some space and try again.")
                         .arg(locale.formattedDataSize(qMax<qint64>(available, 0)),
                              locale.formattedDataSize(minimumBytes)));
}

} // namespace promptdesk

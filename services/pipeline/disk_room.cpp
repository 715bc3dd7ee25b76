#include "pipeline/disk_room.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStorageInfo>

namespace promptdesk {

Result<void> checkRoomToRecord(const QString &folder, qint64 minimumBytes)
{
    if (folder.isEmpty() || minimumBytes <= 0) {
        return {};
    }
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady()) {
        return {}; // unknown: the stores report their own errors if writing fails
    }
    const qint64 available = storage.bytesAvailable();
    if (available >= minimumBytes) {
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

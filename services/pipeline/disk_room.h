#pragma once

#include "core/result.h"

#include <QString>

namespace promptdesk {

// Before a send: the folder the job's records go to must have `minimumBytes` free, so that a
// sent request never ends without its answer in the audit log and history (a full disk gave
// a sent request whose outcome was lost). An error of kind Disk otherwise; nothing to check
// when `folder` is empty.
Result<void> checkRoomToRecord(const QString &folder, qint64 minimumBytes);

} // namespace promptdesk

#pragma once

#include "history/history_entry.h"

#include <QByteArray>
#include <QList>

namespace promptdesk {

// The user's own history, for taking away. With restore, placeholders are replaced by the
// originals from each entry's vault (the user asked for their own data); otherwise the
// redacted text is written.
QByteArray historyToJson(const QList<HistoryEntry> &entries, bool restore);
QByteArray historyToMarkdown(const QList<HistoryEntry> &entries, bool restore);

} // namespace promptdesk

#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

class QAction;
class QWidget;

namespace promptdesk::testing {

// Simulates dragging `urls` onto `target` and dropping them there, as a file manager would.
// Returns whether the drag was accepted.
bool dropUrls(QWidget *target, const QList<QUrl> &urls);

// A "scan": black text on white at roughly 300 dpi proportions, one line per entry, for OCR.
QImage scannedPage(const QStringList &lines);

// The named action of `window` (e.g. "actionRun"); fails the test when missing.
QAction *namedAction(QWidget *window, const QString &objectName);

} // namespace promptdesk::testing

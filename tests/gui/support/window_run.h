#pragma once

// Header-only (the support library does not link the window): the tests that include it do.
#include "drop_zone.h"
#include "gui_helpers.h"
#include "main_window.h"
#include "template_picker.h"

#include <QAction>
#include <QMap>
#include <QTest>
#include <QUrl>

namespace promptdesk::testing {

// As a user runs a job: drops the file on the window, chooses the task and its options,
// presses Run and waits for the end. False when a step did not take (30 s per wait).
inline bool runFileInWindow(MainWindow &window, const QString &path, const QString &templateId,
                            const QMap<QString, QString> &options = {})
{
    if (!dropUrls(window.findChild<DropZone *>(), {QUrl::fromLocalFile(path)})) {
        return false;
    }
    auto *picker = window.findChild<TemplatePicker *>();
    if (!picker->setTemplateId(templateId)) {
        return false;
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!picker->setOption(it.key(), it.value())) {
            return false;
        }
    }
    QAction *run = namedAction(&window, QStringLiteral("actionRun"));
    if (!QTest::qWaitFor([run] { return run->isEnabled(); }, 30000)) {
        return false;
    }
    run->trigger();
    return QTest::qWaitFor([&window] { return !window.isRunning(); }, 30000);
}

} // namespace promptdesk::testing

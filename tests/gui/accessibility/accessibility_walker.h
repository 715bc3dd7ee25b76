#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace promptdesk::testing {

// What a screen reader would find in one window.
struct AccessibilityReport {
    int interactive = 0;            // controls a user can operate
    QStringList unnamed;            // interactive controls without an accessible name
    QStringList withoutDescription; // interactive controls without a description (advice)
};

// Walks the QAccessible tree of `window` (visible parts only; the items inside lists,
// tables and trees are named by their own text and are not descended into) and reports the
// interactive controls without an accessible name, each as "Class objectName (role)".
AccessibilityReport walkAccessibleTree(QWidget *window);

} // namespace promptdesk::testing

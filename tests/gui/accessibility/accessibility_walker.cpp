#include "accessibility_walker.h"

#include <QAccessible>
#include <QSet>
#include <QWidget>

namespace promptdesk::testing {

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

bool isContainerOfItems(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table ||
           role == QAccessible::ComboBox;
}

QString describe(QAccessibleInterface *iface)
{
    QString what;
    if (QObject *object = iface->object()) {
        what = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty()) {
            what += QLatin1Char(' ') + object->objectName();
        }
        // Help the reader find the control: the nearest named ancestor.
        for (QObject *parent = object->parent(); parent; parent = parent->parent()) {
            if (!parent->objectName().isEmpty() &&
                !parent->objectName().startsWith(QLatin1String("qt_"))) {
                what += QStringLiteral(" in ") + parent->objectName();
                break;
            }
        }
    } else {
        what = QStringLiteral("(no object)");
    }
    return what + QStringLiteral(" (role 0x") + QString::number(iface->role(), 16) +
           QLatin1Char(')');
}

void walk(QAccessibleInterface *iface, AccessibilityReport &report, QSet<QObject *> &seen,
          int depth)
{
    if (!iface || !iface->isValid() || depth > 64) {
        return;
    }
    if (QObject *object = iface->object()) {
        if (seen.contains(object) && iface->role() != QAccessible::MenuItem) {
            return;
        }
        seen.insert(object);
    }
    const QAccessible::State state = iface->state();
    if (state.invisible) {
        return;
    }
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++report.interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            report.unnamed.append(describe(iface));
        } else if (iface->text(QAccessible::Description).trimmed().isEmpty() &&
                   iface->text(QAccessible::Help).trimmed().isEmpty()) {
            report.withoutDescription.append(describe(iface));
        }
    }
    if (isContainerOfItems(role)) {
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        walk(iface->child(i), report, seen, depth + 1);
    }
}

} // namespace

AccessibilityReport walkAccessibleTree(QWidget *window)
{
    AccessibilityReport report;
    QSet<QObject *> seen;
    walk(QAccessible::queryAccessibleInterface(window), report, seen, 0);
    return report;
}

} // namespace promptdesk::testing

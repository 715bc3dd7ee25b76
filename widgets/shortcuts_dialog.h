#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace promptdesk {

// Help > Keyboard shortcuts: every action of the window with its shortcut, as a table a
// screen reader can walk.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace promptdesk

#pragma once

#include <QDialog>

namespace promptdesk {

class Pipeline;

// Help > About Promptdesk: what the app does, its version, the policy in force, the licence.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const Pipeline &pipeline, QWidget *parent = nullptr);
};

} // namespace promptdesk

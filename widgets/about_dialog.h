#pragma once

#include <QDialog>

namespace promptdesk {

class Pipeline;
struct PolicyStatus;

// Help > About Promptdesk: what the app does, its version, the policy in force and its expiry,
// the licence.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const Pipeline &pipeline, QWidget *parent = nullptr);

    // "Company policy in force: …" with its expiry date in the user's locale.
    static QString policyText(const PolicyStatus &status);
};

} // namespace promptdesk

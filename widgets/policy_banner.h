#pragma once

#include "policy/policy_gate.h"

#include <QFrame>

class QLabel;

namespace promptdesk {

// A strip across the top of the window that says when the company policy needs attention:
// the app fell back to the built-in default (offline engine only) and why, the policy is
// about to expire or has expired, or development mode accepts unsigned policies. Hidden
// while a valid signed policy is in force and far from its expiry.
class PolicyBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyBanner)
public:
    enum class Level { None, Info, Warning, Danger };

    explicit PolicyBanner(QWidget *parent = nullptr);

    void setStatus(const PolicyStatus &status);
    Level level() const { return m_level; }
    QString text() const;

    // What the banner says for a status, and how loudly; None: nothing to say.
    static Level levelFor(const PolicyStatus &status);
    static QString messageFor(const PolicyStatus &status);

private:
    QLabel *m_label = nullptr;
    Level m_level = Level::None;
};

} // namespace promptdesk

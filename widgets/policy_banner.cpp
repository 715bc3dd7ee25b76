#include "policy_banner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace promptdesk {

PolicyBanner::PolicyBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("policyBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("policyBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Company policy"));
    hide();
}

QString PolicyBanner::text() const
{
    return m_label->text();
}

PolicyBanner::Level PolicyBanner::levelFor(const PolicyStatus &status)
{
    switch (status.source) {
    case PolicyStatus::Source::Development:
        return Level::Danger;
    case PolicyStatus::Source::Builtin:
        return status.fallbackCode == QStringLiteral("missing") ? Level::Info : Level::Warning;
    case PolicyStatus::Source::Signed:
        break;
    }
    if (status.inGrace) {
        return Level::Warning;
    }
    return status.expiringSoon ? Level::Info : Level::None;
}

QString PolicyBanner::messageFor(const PolicyStatus &status)
{
    switch (status.source) {
    case PolicyStatus::Source::Development:
        if (status.untrustedKey) {
            return tr("Development mode: the policy \"%1\" is signed by a key that this computer "
                      "does not trust (it came with the policy's own folder), so it is not your "
                      "company's policy. Never use this for real work.")
                .arg(status.version);
        }
        return tr("Development mode: the unsigned policy \"%1\" is in force. Unsigned policies are "
                  "accepted only because PROMPTDESK_POLICY_DEVELOPMENT is set; never use this for "
                  "real work.")
            .arg(status.version);
    case PolicyStatus::Source::Builtin:
        if (status.fallbackCode == QStringLiteral("missing")) {
            return tr("No company policy is installed: only the offline engine (basic results, "
                      "nothing leaves this computer) is available.");
        }
        return tr("Only the offline engine is available. %1").arg(status.fallbackReason);
    case PolicyStatus::Source::Signed:
        break;
    }
    const QString date =
        QLocale().toString(status.expiresUtc.toLocalTime().date(), QLocale::LongFormat);
    if (status.inGrace) {
        return tr("The company policy \"%1\" expired on %2 and is kept only for a short grace "
                  "period. "
                  "Ask IT for the renewed policy.")
            .arg(status.version, date);
    }
    if (status.expiringSoon) {
        return tr("The company policy \"%1\" expires on %2. After that only the offline engine "
                  "will "
                  "be available until IT deploys the renewed policy.")
            .arg(status.version, date);
    }
    return {};
}

void PolicyBanner::setStatus(const PolicyStatus &status)
{
    m_level = levelFor(status);
    m_label->setText(messageFor(status));
    static const char *const colours[] = {"", "#e8f0fe", "#fff4ce", "#fde7e9"};
    setStyleSheet(
        QStringLiteral("#policyBanner { background: %1; border: 1px solid palette(mid); } "
                       "#policyBannerText { color: #1b1b1b; }")
            .arg(QLatin1String(colours[static_cast<int>(m_level)])));
    setAccessibleDescription(m_label->text());
    setVisible(m_level != Level::None);
}

} // namespace promptdesk

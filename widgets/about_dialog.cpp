#include "about_dialog.h"

#include "core/app_info.h"
#include "pipeline/pipeline.h"
#include "policy/policy_gate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

QString AboutDialog::policyText(const PolicyStatus &status)
{
    // Dates in the user's locale, in their time zone.
    const QLocale locale;
    QStringList lines;
    if (status.source == PolicyStatus::Source::Builtin) {
        lines.append(tr("Company policy in force: the built-in default (%1): the offline "
                        "engine only. It does not expire.")
                         .arg(status.version));
        if (!status.fallbackReason.isEmpty()) {
            lines.append(tr("Why: %1").arg(status.fallbackReason));
        }
        return lines.join(QLatin1Char('\n'));
    }
    const QString who = status.organisation.isEmpty()
                            ? status.version
                            : tr("%1, version %2").arg(status.organisation, status.version);
    lines.append(tr("Company policy in force: %1").arg(who));
    if (status.source == PolicyStatus::Source::Development) {
        lines.append(tr("This policy is not signed; it is accepted only because development "
                        "mode is on."));
    }
    if (status.expiresUtc.isValid()) {
        const QString date =
            locale.toString(status.expiresUtc.toLocalTime().date(), QLocale::LongFormat);
        if (status.inGrace) {
            lines.append(tr("Expired on %1; still in force for a short grace period. Ask your "
                            "IT team for the new policy.")
                             .arg(date));
        } else if (status.expiringSoon) {
            lines.append(tr("Expires on %1, soon.").arg(date));
        } else {
            lines.append(tr("Expires on %1.").arg(date));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(const Pipeline &pipeline, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Promptdesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/promptdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("%1 %2").arg(appName(), appVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *what = new QLabel(
        tr("Promptdesk summarises, rewrites and pulls facts out of your documents and notes, "
           "using only the services your company has approved. Personal data such as names, "
           "e-mail addresses and phone numbers is replaced with placeholders on this computer "
           "before anything leaves it, and put back only in the result you see."),
        this);
    what->setWordWrap(true);

    auto *policy = new QLabel(policyText(pipeline.policy().status()), this);
    policy->setObjectName(QStringLiteral("aboutPolicy"));
    policy->setWordWrap(true);
    policy->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *licence = new QLabel(
        tr("Promptdesk is free software. It uses the Qt toolkit under the GNU LGPL version 3."),
        this);
    licence->setWordWrap(true);

    for (QLabel *label : {title, what, policy, licence}) {
        label->setTextFormat(Qt::PlainText);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(what);
    text->addWidget(policy);
    text->addWidget(licence);
    text->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace promptdesk

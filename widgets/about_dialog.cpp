#include "about_dialog.h"

#include "app_info.h"
#include "pipeline.h"
#include "policy_gate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

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

    auto *policy =
        new QLabel(tr("Company policy in force: %1").arg(pipeline.policy().policyVersion()), this);
    policy->setObjectName(QStringLiteral("aboutPolicy"));
    policy->setTextInteractionFlags(Qt::TextSelectableByMouse);

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

#include "first_run_dialog.h"

#include "pipeline/pipeline.h"
#include "policy/policy_gate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(const Pipeline &pipeline, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Promptdesk"));

    QStringList lines;
    // One line per approved service (the catalogue's "chosen by task" entry of each).
    for (const CatalogueModel &provider : pipeline.catalogue().allowedModels()) {
        if (!provider.model.isEmpty()) {
            continue;
        }
        if (provider.endpointHost.isEmpty()) {
            lines.append(tr("• %1: stays on this computer; nothing is sent over the network.")
                             .arg(provider.providerName));
        } else if (provider.region.isEmpty()) {
            lines.append(tr("• %1: sent to %2.").arg(provider.providerName, provider.endpointHost));
        } else {
            lines.append(tr("• %1: sent to %2, region %3.")
                             .arg(provider.providerName, provider.endpointHost, provider.region));
        }
    }
    if (lines.isEmpty()) {
        lines.append(tr("• No service is available: your company's policy allows none."));
    }
    m_destinations = lines.join(QLatin1Char('\n'));

    auto *intro = paragraph(
        tr("Promptdesk summarises, rewrites and pulls facts out of your documents and notes. "
           "Here is what happens to your text."),
        this);

    auto *whereHeading = heading(tr("What is sent where"), this);
    auto *policy = paragraph(tr("Under the policy in force (%1), the task you run uses one of:")
                                 .arg(pipeline.policy().policyVersion()),
                             this);
    auto *destinations = paragraph(m_destinations, this);
    destinations->setObjectName(QStringLiteral("firstRunDestinations"));

    auto *redactionHeading = heading(tr("How redaction works"), this);
    QString redaction =
        tr("Before anything is sent, personal details such as e-mail addresses, phone numbers "
           "and card numbers are replaced on this computer with placeholders such as "
           "[EMAIL_1]. The service only ever sees the placeholders. The originals stay here "
           "and are put back only in the result you see.");
    if (pipeline.policy().redactionRequired()) {
        redaction += QLatin1Char(' ') + tr("Your company's policy makes this step mandatory.");
    }
    auto *redactionText = paragraph(redaction, this);

    auto *keptHeading = heading(tr("What is kept"), this);
    auto *kept = paragraph(
        tr("Your history is kept in your own data folder, with personal details replaced. "
           "An audit log records when a task ran, where it was sent and how many details "
           "were hidden, but never the text itself."),
        this);

    auto *again = paragraph(tr("You can read this again from Help > How Promptdesk protects "
                               "your data."),
                            this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Get started"));
    ok->setAccessibleName(tr("Get started"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(whereHeading);
    layout->addWidget(policy);
    layout->addWidget(destinations);
    layout->addSpacing(6);
    layout->addWidget(redactionHeading);
    layout->addWidget(redactionText);
    layout->addSpacing(6);
    layout->addWidget(keptHeading);
    layout->addWidget(kept);
    layout->addSpacing(6);
    layout->addWidget(again);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    ok->setFocus();
}

} // namespace promptdesk

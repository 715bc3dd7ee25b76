#include "rerun_dialog.h"

#include "compare_view.h"
#include "template_run_controller.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

QPlainTextEdit *answerPane(const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(objectName);
    pane->setAccessibleName(accessibleName);
    pane->setReadOnly(true);
    pane->setTabChangesFocus(true);
    return pane;
}

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

RerunDialog::RerunDialog(const Pipeline &pipeline, const JobRequest &request,
                         const HistoryPreview &before, const QString &nowTarget, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rerunDialog"));
    setWindowTitle(tr("Run again"));

    const HistoryListItem &item = before.item;
    const QString when = QLocale().toString(item.createdUtc.toLocalTime(), QLocale::ShortFormat);
    const QString beforeTarget = item.model.isEmpty()
                                     ? item.providerId
                                     : item.providerId + QStringLiteral(" · ") + item.model;
    auto *beforeTitle = titleLabel(tr("Before: %1, %2").arg(beforeTarget, when), this);
    auto *nowTitle = titleLabel(tr("Now: %1").arg(nowTarget), this);
    m_before = answerPane(QStringLiteral("rerunBefore"), tr("The earlier answer"), this);
    m_before->setPlainText(before.output);
    m_now = answerPane(QStringLiteral("rerunNow"), tr("The new answer"), this);

    m_status = new QLabel(tr("Sending…"), this);
    m_status->setObjectName(QStringLiteral("rerunStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("rerunStop"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &RerunDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(beforeTitle, 0, 0);
    grid->addWidget(nowTitle, 0, 1);
    grid->addWidget(m_before, 1, 0);
    grid->addWidget(m_now, 1, 1);
    grid->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 560);

    m_run = new TemplateRunController(pipeline, request, this);
    connect(m_run, &TemplateRunController::statusText, m_status, &QLabel::setText);
    connect(m_run, &TemplateRunController::outputDelta, this, [this](const QString &text) {
        m_now->moveCursor(QTextCursor::End);
        m_now->insertPlainText(text);
    });
    connect(m_run, &TemplateRunController::finished, this, &RerunDialog::onFinished);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->cancel();
        }
    });
}

RerunDialog::~RerunDialog()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

QString RerunDialog::beforeText() const
{
    return m_before->toPlainText();
}

QString RerunDialog::nowText() const
{
    return m_now->toPlainText();
}

QString RerunDialog::statusText() const
{
    return m_status->text();
}

void RerunDialog::onFinished(const JobOutcome &outcome)
{
    TemplateRunController *run = m_run;
    m_run = nullptr;
    if (run) {
        run->deleteLater();
    }
    m_stop->setEnabled(false);
    // The shown output is final (restored, and for extraction the rendered table's text).
    if (!outcome.output.isEmpty()) {
        m_now->setPlainText(outcome.output);
    }
    if (outcome.succeeded()) {
        m_status->setText(tr("Done · %1").arg(CompareView::figuresFor(outcome)));
    } else {
        const bool cancelled = outcome.error && outcome.error->kind == ErrorKind::Cancelled;
        m_status->setText(
            cancelled ? tr("Stopped.")
                      : tr("Failed: %1").arg(outcome.error ? outcome.error->message : QString()));
    }
    Q_EMIT rerunFinished(outcome.succeeded());
}

void RerunDialog::reject()
{
    if (m_run) {
        m_run->cancel(); // finished follows; closing does not wait for it
    }
    QDialog::reject();
}

} // namespace promptdesk

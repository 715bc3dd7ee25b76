#pragma once

#include "pipeline/history_browser.h"
#include "pipeline/job_request.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace promptdesk {

class Pipeline;
class TemplateRunController;
struct JobOutcome;

// History › Run again: a past entry's answer on the left and, on the right, the same input
// run now with the current provider, model and template version, as it arrives. The new run is
// an ordinary job (gated, redacted, audited and kept in the history).
class RerunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RerunDialog)
public:
    // `request`: the entry's input as prepared (and reviewed) by the main window.
    RerunDialog(const Pipeline &pipeline, const JobRequest &request, const HistoryPreview &before,
                const QString &nowTarget, QWidget *parent = nullptr);
    ~RerunDialog() override;

    QString beforeText() const;
    QString nowText() const;
    QString statusText() const;
    bool isRunning() const { return !m_run.isNull(); }

Q_SIGNALS:
    void rerunFinished(bool succeeded);

protected:
    void reject() override;

private:
    void onFinished(const JobOutcome &outcome);

    QPointer<TemplateRunController> m_run;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_now = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace promptdesk

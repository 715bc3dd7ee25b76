#pragma once

#include <QDialog>

namespace promptdesk {

class Pipeline;

// The introduction shown at the first start (and from Help > How Promptdesk protects your
// data): which services the text goes to under the policy in force, how redaction works,
// and what is kept on this computer. Built from the live pipeline, so it never promises
// more than the policy does.
class FirstRunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)
public:
    explicit FirstRunDialog(const Pipeline &pipeline, QWidget *parent = nullptr);

    // The text of the "what is sent where" part, one line per service (for tests and the
    // screen reader's description).
    QString destinationsText() const { return m_destinations; }

private:
    QString m_destinations;
};

} // namespace promptdesk

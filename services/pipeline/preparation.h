#pragma once

#include "pipeline/job_request.h"
#include "pipeline/pipeline_services.h"
#include "pipeline/prepared_input.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace promptdesk {

// Reading and redacting one input off the GUI thread, for the review step and the data-class
// check before Run (Pipeline::prepare). The result goes into JobRequest::prepared, so the job
// does not read the input again. cancel() stops the reading at its next page; ready is then
// emitted with a Cancelled error. Emits ready exactly once, never from prepare() itself.
class Preparation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preparation)
public:
    Preparation(const PipelineServices &services, const JobRequest &request, QObject *parent);
    ~Preparation() override;

    void cancel();

Q_SIGNALS:
    void ready(const std::shared_ptr<const promptdesk::PreparedInput> &prepared);

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_done = false;
};

} // namespace promptdesk

#include "pipeline/preparation.h"

#include "policy/policy_gate.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace promptdesk {

Preparation::Preparation(const PipelineServices &services, const JobRequest &request,
                         QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<std::shared_ptr<const promptdesk::PreparedInput>>();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const PreparedInput>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_done) {
            return;
        }
        m_done = true;
        Q_EMIT ready(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([documents = services.documents, redactor = services.redactor,
                           required = services.policy->redactionRequired(), request,
                           flag = m_cancelled]() -> std::shared_ptr<const PreparedInput> {
            return std::make_shared<PreparedInput>(prepareInput(documents, redactor, required,
                                                                request, PagesWanted::Yes,
                                                                [flag] { return flag->load(); }));
        }));
}

Preparation::~Preparation()
{
    m_cancelled->store(true);
}

void Preparation::cancel()
{
    m_cancelled->store(true);
}

} // namespace promptdesk

#pragma once

// Private to the Job's implementation files (job*.cpp): one request of a plan.

#include "pipeline/job.h"
#include "pipeline/send_step.h"

#include <QJsonValue>

namespace promptdesk {

// Map steps write notes, not the final answer: a smaller output budget keeps them quick.
inline constexpr int kMapOutputTokens = 1024;

struct Job::Step {
    ProviderRequest request;
    QString model;
    QList<DocumentPage> pages;
    QPointer<GatedSend> running;
    QString text;
    QStringList validationErrors;
    std::optional<QJsonValue> json;
    bool retried = false;
    bool done = false;
};

} // namespace promptdesk

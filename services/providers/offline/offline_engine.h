#pragma once

#include "core/result.h"
#include "providers/provider_request.h"

#include <QString>
#include <atomic>
#include <functional>

namespace promptdesk {

// The offline engine's work for one task, synchronously: an extractive summary, a basic
// rewrite or a rule-based extraction of task.documentText, chosen by task.category and
// configured by task.options ("length", "style", "fields"; unknown values fall back to the
// template defaults). Runs on a worker thread (see OfflineStream); thread-safe.
// Errors: NoText for an empty or whitespace-only document, Cancelled when `cancel` is raised.
class OfflineEngine final {
public:
    static Result<QString> run(const TemplateTask &task, const std::atomic_bool *cancel = nullptr,
                               const std::function<void(int percent)> &progress = {});
};

} // namespace promptdesk

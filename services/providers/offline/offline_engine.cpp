#include "providers/offline/offline_engine.h"

#include "providers/offline/basic_rewriter.h"
#include "providers/offline/extractive_summariser.h"
#include "providers/offline/rule_based_extractor.h"

#include <QCoreApplication>

namespace promptdesk {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error::make(ErrorKind::Cancelled,
                       QCoreApplication::translate("OfflineEngine", "The request was cancelled."));
}

} // namespace

Result<QString> OfflineEngine::run(const TemplateTask &task, const std::atomic_bool *cancel,
                                   const std::function<void(int)> &progress)
{
    if (task.documentText.trimmed().isEmpty()) {
        return Error::make(
            ErrorKind::NoText,
            QCoreApplication::translate("OfflineEngine", "The document has no text to work on."));
    }
    if (isCancelled(cancel)) {
        return cancelledError();
    }
    QString output;
    switch (task.category) {
    case TemplateCategory::Summarise: {
        SummaryOptions options;
        options.length = summaryLengthFromString(task.options.value(QStringLiteral("length")));
        options.cancel = cancel;
        options.progress = progress;
        Result<Summary> summary = ExtractiveSummariser().summarise(task.documentText, options);
        if (!summary) {
            return summary.error().kind == ErrorKind::Cancelled ? cancelledError()
                                                                : summary.error();
        }
        output = std::move(summary.value().text);
        break;
    }
    case TemplateCategory::Rewrite: {
        const RewriteStyle style =
            rewriteStyleFromString(task.options.value(QStringLiteral("style")))
                .value_or(RewriteStyle::CleanUp);
        output = BasicRewriter().rewrite(task.documentText, style);
        break;
    }
    case TemplateCategory::Extract: {
        const ExtractFields fields =
            extractFieldsFromString(task.options.value(QStringLiteral("fields")));
        output = RuleBasedExtractor().extractAsMarkdown(task.documentText, fields);
        break;
    }
    }
    if (isCancelled(cancel)) {
        return cancelledError();
    }
    if (output.trimmed().isEmpty()) {
        return Error::make(
            ErrorKind::NoText,
            QCoreApplication::translate("OfflineEngine", "The document has no text to work on."));
    }
    return output;
}

} // namespace promptdesk

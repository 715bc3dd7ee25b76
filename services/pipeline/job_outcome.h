#pragma once

#include "core/error.h"
#include "documents/document.h"
#include "pipeline/job_plan.h"
#include "providers/provider_request.h"
#include "templates/extraction_table.h"

#include <QMap>
#include <QMetaType>
#include <optional>

namespace promptdesk {

enum class JobStage {
    Idle,
    Reading,        // extracting text from the input
    Redacting,      // finding and replacing personal data
    Preparing,      // building the prompt
    CheckingPolicy, // asking the policy gate
    Sending,        // waiting for the first token
    Streaming,      // output arriving
    Saving,         // writing history and audit
    Done,
    Failed,
    Cancelled,
};

// User-facing description of a stage, e.g. "Reading the document…".
QString jobStageText(JobStage stage);

struct JobOutcome {
    std::optional<Error> error; // empty on success (also set, kind Cancelled, on cancel)
    QString output;             // restored output as shown to the user (partial if incomplete)
    bool incomplete = false;
    // The answer as the model wrote it, placeholders intact (what history keeps): what a
    // "Continue" request (JobRequest::continueAfter) sends back. Never shown or logged.
    QString rawOutput;
    TokenUsage usage;
    QString providerId;
    QString model;
    QMap<QString, int> redactionCounts; // per type
    QStringList warnings;               // e.g. unknown placeholders in the output
    qint64 historyId = -1;
    // Why the history entry could not be written (also among the warnings): the run is then not
    // a success for scripts, which must not lose a result silently.
    std::optional<Error> historyError;
    QString dataClass;            // the class the policy gate applied (may be raised by PII found)
    double estimatedCostUsd = -1; // the gate's estimate before sending; negative: unknown

    JobPlan plan;
    int chunksDone = 0;
    double costUsd = -1;      // what the sends cost; negative when the model has no price
    qint64 firstTokenMs = -1; // from the first send to the first text
    qint64 totalMs = 0;
    double tokensPerSecond = 0;
    QList<int> citedPages; // summaries of long documents: pages cited, in order
    // The input page by page as the user gave it (placeholders restored), so a citation can be
    // shown with its page. Kept in memory only; never logged or stored.
    QList<DocumentPage> sourcePages;
    bool truncated = false; // a step stopped at its token limit ("Continue" may help)
    bool refused = false;   // the model declined the task
    // Extraction templates: the table (schema columns), and the schema problems left after the
    // one retry (empty when the answer is valid).
    bool extraction = false;
    ExtractionTable table;
    QStringList validationErrors;
    int retries = 0;

    bool succeeded() const { return !error.has_value(); }
};

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::JobOutcome)
Q_DECLARE_METATYPE(promptdesk::JobStage)

#pragma once

#include "error.h"
#include "provider_request.h"

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
    QString dataClass;            // the class the policy gate applied (may be raised by PII found)
    double estimatedCostUsd = -1; // the gate's estimate before sending; negative: unknown

    bool succeeded() const { return !error.has_value(); }
};

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::JobOutcome)
Q_DECLARE_METATYPE(promptdesk::JobStage)

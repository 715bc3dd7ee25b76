#pragma once

#include <QMap>
#include <QString>

#include <memory>

namespace promptdesk {

struct RedactedText;
struct PreparedInput;

// What the user asked for: one template over one input.
struct JobRequest {
    QString filePath;   // either a file ...
    QString pastedText; // ... or pasted text (used when filePath is empty)
    // What the pasted text is called in the history ("report.pdf" when the window read the
    // file ahead of Run); empty: "Pasted text". Redacted like a file name.
    QString sourceName;
    QString templateId;
    QMap<QString, QString> options; // template options; missing keys take their defaults
    QString providerId;             // empty: the registry's default
    QString model;                  // empty: the provider's default
    QString dataClass; // "Public".."Restricted" chosen by the user; empty: the policy's default
    // The input as the user approved it in the review step (GUI). When set, the job sends
    // this instead of redacting again. The struct is defined in redaction/redactor.h.
    std::shared_ptr<const RedactedText> reviewed;
    // "Continue" after an answer stopped at its token limit (MapReduceJob, text templates): the
    // answer so far as the model wrote it, placeholders intact (JobOutcome::rawOutput).
    // The run then sends one request that asks the model to go on, and its output is the rest.
    QString continueAfter;
    // The input already read and redacted by Pipeline::prepare() (the window's review step):
    // the job then does not read it again.
    std::shared_ptr<const PreparedInput> prepared;
};

} // namespace promptdesk

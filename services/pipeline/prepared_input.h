#pragma once

#include "core/error.h"
#include "documents/document.h"
#include "pipeline/job_request.h"
#include "redaction/redactor.h"

#include <QMetaType>
#include <functional>
#include <memory>
#include <optional>

namespace promptdesk {

class DocumentReader;

// The input of a job after reading and redaction (the worker thread's result), or why not.
struct PreparedInput {
    std::optional<Error> error;
    QString sourceName;        // redacted too: file names often name a person
    RedactedText redacted;     // what may be sent
    QString originalText;      // the text as read (memory only): the review step shows it
    QList<DocumentPage> pages; // the redacted text per page, page numbers kept (if asked)
};

// Whether prepareInput() splits the redacted text back into pages (map-reduce cites them; a
// single request does not need the second copy of the text).
enum class PagesWanted { No, Yes };

// Reads the request's file or pasted text and redacts it, unless the user reviewed it (then
// the approved text is used as is, never redacted again with the defaults, which could undo
// spans the user added) or redaction is off by policy. Runs on a worker thread.
// `isCancelled` is polled between pages and parts: true stops the reading (error Cancelled).
PreparedInput prepareInput(const DocumentReader *reader, const Redactor *redactor,
                           bool redactionRequired, const JobRequest &request,
                           PagesWanted pages = PagesWanted::No,
                           const std::function<bool()> &isCancelled = {});

// `prepared` with the text the user approved in the review step (pages split again).
std::shared_ptr<const PreparedInput> withReviewedText(const PreparedInput &prepared,
                                                      const RedactedText &approved);

// The audit status of an outcome: "ok", "cancelled" or "error:<kind>".
QString auditStatusFor(const std::optional<Error> &error);

} // namespace promptdesk

Q_DECLARE_METATYPE(std::shared_ptr<const promptdesk::PreparedInput>)

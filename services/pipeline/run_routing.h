#pragma once

#include "job_request.h"
#include "template.h"

namespace promptdesk {

// Above this many bytes of input a run may need chunking; MapReduceJob then decides by tokens.
inline constexpr qint64 kLongInputBytes = 200 * 1024;

// Which engine runs a request, shared by the GUI and the CLI: JSON (extraction) templates and
// long inputs go to MapReduceJob (schema validation with one retry, chunked map-reduce with page
// citations); everything else stays on Job.
bool runsAsMapReduce(const Template &tmpl, const JobRequest &request);

} // namespace promptdesk

#pragma once

#include <QString>

namespace promptdesk {

// Each HTTP attempt of a send is its own request/response pair in the audit log, since each
// one carried the text to the provider. The attempt is told in the events' `operation` field
// as machine words (the field's hash position and the log's schema stay as they are):
//   request                      "attempt:2"
//   response of a retried try    "attempt:1;http:429;code:rate-limited;retry-in-ms:8000"
//   response of the last try     "attempt:2"
QString auditAttemptOperation(int attempt);
QString auditRetriedOperation(int attempt, int httpStatus, const QString &code, int retryInMs);

// The attempt number an event's operation names; 1 for events written before attempts were
// recorded (no "attempt:" word), 0 when the operation is something else entirely.
int auditAttemptOf(const QString &operation);

} // namespace promptdesk

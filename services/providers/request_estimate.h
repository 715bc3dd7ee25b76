#pragma once

#include "providers/provider_request.h"

namespace promptdesk {

// Rough token count of a request: about four characters per token, the usual rule of thumb
// for English text. Hand-written because no single tokenizer matches every vendor's model;
// it only feeds the cost estimate and budget checks, never a limit sent to a provider.
qint64 estimateInputTokens(const ProviderRequest &request);

// Estimated cost of a request before it is sent: input estimate x input price + max output
// tokens x output price (an upper bound), prices in USD per million tokens. Negative when a
// price is unknown. The policy gate (with the policy's prices) and the send step (with the
// provider's catalogue prices, when the policy lists none) both estimate with this.
double estimateRequestCostUsd(const ProviderRequest &request, double inputPricePerMTok,
                              double outputPricePerMTok);

} // namespace promptdesk

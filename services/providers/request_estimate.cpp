#include "providers/request_estimate.h"

namespace promptdesk {

qint64 estimateInputTokens(const ProviderRequest &request)
{
    qint64 chars = request.system.size();
    for (const ChatMessage &message : request.messages) {
        chars += message.content.size();
    }
    if (request.messages.isEmpty()) {
        chars += request.task.documentText.size(); // the offline engine reads the task
    }
    return (chars + 3) / 4;
}

double estimateRequestCostUsd(const ProviderRequest &request, double inputPricePerMTok,
                              double outputPricePerMTok)
{
    if (inputPricePerMTok < 0 || outputPricePerMTok < 0) {
        return -1;
    }
    return (static_cast<double>(estimateInputTokens(request)) * inputPricePerMTok +
            static_cast<double>(request.params.maxTokens) * outputPricePerMTok) /
           1e6;
}

} // namespace promptdesk

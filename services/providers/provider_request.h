#pragma once

#include "core/template_category.h"

#include <QList>
#include <QMap>
#include <QString>

namespace promptdesk {

struct ChatMessage {
    QString role; // "user" | "assistant"
    QString content;
};

struct GenerationParams {
    int maxTokens = 1024;
    double temperature = 0.2;
};

// The task in structured form. Remote models read the prompt messages; the offline engine,
// which has no language model, reads this instead.
struct TemplateTask {
    TemplateCategory category = TemplateCategory::Summarise;
    QString templateId;
    int templateVersion = 1;
    QMap<QString, QString> options; // resolved template options, e.g. {"length": "short"}
    QString documentText;           // already redacted
};

// What is sent to a provider: everything in it has passed redaction and the policy gate.
struct ProviderRequest {
    QString model; // empty: the provider's default
    QString system;
    QList<ChatMessage> messages;
    GenerationParams params;
    TemplateTask task;
};

struct TokenUsage {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

} // namespace promptdesk

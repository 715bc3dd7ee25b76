#pragma once

#include <QString>

namespace promptdesk {

class DocumentReader;
class Redactor;
class TemplateLibrary;
class PolicyGate;
class ProviderRegistry;
class AuditLog;
class HistoryStore;

// The services one job uses, built once by the composition root (app/) and shared by
// every job. The pointers are not owned and outlive all jobs.
struct PipelineServices {
    const DocumentReader *documents = nullptr;
    const Redactor *redactor = nullptr;
    const TemplateLibrary *templates = nullptr;
    const PolicyGate *policy = nullptr;
    ProviderRegistry *providers = nullptr;
    AuditLog *audit = nullptr;
    HistoryStore *history = nullptr; // may be null: history off
    QString userName;
    QString deviceName;
};

} // namespace promptdesk

#pragma once

#include <QString>
#include <QtGlobal>

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
    // The folder the audit log and history are written to: before each send it must have room
    // to record the outcome, or nothing is sent. Empty: not checked (tests without a folder).
    QString dataFolder;
    qint64 minimumFreeBytes = 8 * 1024 * 1024;
};

} // namespace promptdesk

#pragma once

#include "audit/audit_log.h"
#include "documents/document_reader.h"
#include "pipeline/pipeline.h"
#include "policy/builtin_policy.h"
#include "providers/provider.h"
#include "providers/provider_registry.h"
#include "redaction/redactor.h"
#include "templates/template_library.h"

#include <QTimer>
#include <memory>

namespace promptdesk::testing {

// Reads files as UTF-8 text; empty input -> NoText, a NUL byte -> Unsupported.
class FakeDocumentReader final : public DocumentReader {
public:
    Result<Document> readFile(const QString &path) const override;
    Result<Document> fromPastedText(const QString &text) const override;
};

// Passes text through unchanged (the real redactor has its own tests).
class FakeRedactor final : public Redactor {
public:
    QList<PiiSpan> detect(QStringView) const override { return {}; }
    RedactedText redact(const QString &text) const override;
    QString detectorVersion() const override { return QStringLiteral("fake/1"); }
};

class FakeAuditLog final : public AuditLog {
public:
    Result<qint64> append(const AuditEvent &event) override;
    Result<QList<StoredAuditEvent>> events() const override { return m_events; }
    Result<AuditVerification> verify() const override { return AuditVerification{}; }

private:
    QList<StoredAuditEvent> m_events;
};

// Streams "Summary: <first line of the document>" one word at a time, one word every
// `intervalMs`; cancel() ends the stream with a Cancelled error, asynchronously.
class FakeStream final : public ProviderStream {
    Q_OBJECT
public:
    FakeStream(QStringList words, int intervalMs, QObject *parent);
    void cancel() override;

private:
    void step();
    void end(std::optional<Error> error);

    QStringList m_words;
    QTimer m_timer;
    bool m_ended = false;
};

class FakeProvider final : public Provider {
public:
    explicit FakeProvider(int intervalMs)
        : m_intervalMs(intervalMs)
    {
    }
    ProviderDescriptor descriptor() const override;
    ProviderStream *start(const ProviderRequest &request, QObject *parent) override;

private:
    int m_intervalMs;
};

// Everything a MainWindow needs, with fakes in place of the document reader, redactor,
// audit log and provider. `wordIntervalMs` paces the fake stream (slow for cancel tests).
class FakePipeline final {
public:
    explicit FakePipeline(int wordIntervalMs = 5);
    Q_DISABLE_COPY_MOVE(FakePipeline)

    const Pipeline &pipeline() const { return *m_pipeline; }

private:
    FakeDocumentReader m_documents;
    FakeRedactor m_redactor;
    std::unique_ptr<TemplateLibrary> m_templates;
    BuiltinPolicy m_policy{{QStringLiteral("fake")}};
    ProviderRegistry m_providers;
    FakeAuditLog m_audit;
    std::unique_ptr<Pipeline> m_pipeline;
};

} // namespace promptdesk::testing

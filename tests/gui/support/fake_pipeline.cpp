#include "fake_pipeline.h"

#include <QFile>
#include <QFileInfo>

namespace promptdesk::testing {

namespace {

Result<Document> documentFrom(const QString &name, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return makeError(ErrorKind::NoText, QStringLiteral("There is no text in this document."));
    }
    Document document;
    document.sourceName = name;
    document.format = QStringLiteral("text");
    document.pages.append({1, text});
    return document;
}

} // namespace

Result<Document> FakeDocumentReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Usage, QStringLiteral("The file could not be opened."));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("This kind of file is not supported."));
    }
    return documentFrom(QFileInfo(path).fileName(), QString::fromUtf8(bytes));
}

Result<Document> FakeDocumentReader::fromPastedText(const QString &text) const
{
    return documentFrom(QStringLiteral("Pasted text"), text);
}

RedactedText FakeRedactor::redact(const QString &text) const
{
    RedactedText redacted;
    redacted.text = text;
    redacted.detectorVersion = detectorVersion();
    return redacted;
}

Result<qint64> FakeAuditLog::append(const AuditEvent &event)
{
    StoredAuditEvent stored;
    stored.sequence = m_events.size() + 1;
    stored.event = event;
    m_events.append(stored);
    return stored.sequence;
}

FakeStream::FakeStream(QStringList words, int intervalMs, QObject *parent)
    : ProviderStream(parent)
    , m_words(std::move(words))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FakeStream::step);
    m_timer.start();
}

void FakeStream::cancel()
{
    if (m_ended) {
        return;
    }
    m_timer.stop();
    // Always asynchronous, as the Provider contract says.
    QTimer::singleShot(
        0, this, [this] { end(makeError(ErrorKind::Cancelled, QStringLiteral("Stopped."))); });
}

void FakeStream::step()
{
    if (m_ended) {
        return;
    }
    if (m_words.isEmpty()) {
        m_timer.stop();
        end(std::nullopt);
        return;
    }
    Q_EMIT textDelta(m_words.takeFirst());
}

void FakeStream::end(std::optional<Error> error)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    ProviderResponse response;
    response.error = error;
    response.incomplete = error.has_value();
    response.modelReturned = QStringLiteral("fake-1");
    response.stopReason = error ? QStringLiteral("cancelled") : QStringLiteral("end_turn");
    Q_EMIT finished(response);
}

ProviderDescriptor FakeProvider::descriptor() const
{
    ProviderDescriptor d;
    d.id = QStringLiteral("fake");
    d.displayName = QStringLiteral("Test engine (basic)");
    d.basic = true;
    d.models = {{QStringLiteral("fake-1"), QStringLiteral("Scripted words"), 4096}};
    d.defaultModel = QStringLiteral("fake-1");
    return d;
}

ProviderStream *FakeProvider::start(const ProviderRequest &request, QObject *parent)
{
    const QString firstLine = request.task.documentText.section(QLatin1Char('\n'), 0, 0);
    QStringList words;
    words.append(QStringLiteral("**Summary:** "));
    for (const QString &word : firstLine.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        words.append(word + QLatin1Char(' '));
    }
    return new FakeStream(words, m_intervalMs, parent);
}

FakePipeline::FakePipeline(int wordIntervalMs)
{
    Result<TemplateLibrary> templates = TemplateLibrary::loadBuiltins();
    if (!templates) {
        qFatal("built-in templates: %s", qPrintable(templates.error().message));
    }
    m_templates = std::make_unique<TemplateLibrary>(std::move(templates).value());
    m_providers.add(std::make_shared<FakeProvider>(wordIntervalMs));
    m_providers.setDefaultProviderId(QStringLiteral("fake"));

    PipelineServices services;
    services.documents = &m_documents;
    services.redactor = &m_redactor;
    services.templates = m_templates.get();
    services.policy = &m_policy;
    services.providers = &m_providers;
    services.audit = &m_audit;
    services.userName = QStringLiteral("tester");
    services.deviceName = QStringLiteral("test-device");
    m_pipeline = std::make_unique<Pipeline>(services);
}

} // namespace promptdesk::testing

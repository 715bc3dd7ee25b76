#include "map_reduce_job.h"

#include "citations.h"
#include "document_reader.h"
#include "gated_request.h"
#include "history_store.h"
#include "json_schema_validator.h"
#include "logging.h"
#include "policy_gate.h"
#include "prepared_input.h"
#include "prompt_builder.h"
#include "provider_registry.h"
#include "streaming_restorer.h"
#include "template_library.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>

namespace promptdesk {

struct MapReduceJob::Step {
    ProviderRequest request;
    QString model;
    QList<DocumentPage> pages;
    QPointer<GatedRequest> running;
    QString text;
    QStringList validationErrors;
    std::optional<QJsonValue> json;
    bool retried = false;
    bool done = false;
};

namespace {

// Map steps write notes, not the final answer: a smaller output budget keeps them quick.
constexpr int kMapOutputTokens = 1024;
constexpr qint64 kPromptOverheadTokens = 400;
constexpr qint64 kUnknownContextThreshold = 24000;
constexpr qint64 kUnknownContextChunk = 8000;

// The common ways models decline a task, at the start of a short answer.
bool looksLikeRefusal(const QString &text)
{
    static const QRegularExpression refusal(
        QStringLiteral("^\\s*(I'm sorry|I am sorry|Sorry|I can(no|')t|I am unable|I'm unable|I "
                       "won't|As an AI)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 600 && refusal.match(text).hasMatch();
}

QString strongestModel(const ProviderDescriptor &d)
{
    QString best = d.defaultModel;
    double bestPrice = -1;
    for (const ModelInfo &m : d.models) {
        if (m.outputPricePerMTok > bestPrice) {
            bestPrice = m.outputPricePerMTok;
            best = m.id;
        }
    }
    return best;
}

} // namespace

MapReduceJob::MapReduceJob(const PipelineServices &services, JobRequest request,
                           MapReduceSettings settings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_settings(settings)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<promptdesk::MapReduceOutcome>();
    qRegisterMetaType<promptdesk::MapReducePlan>();
    qRegisterMetaType<promptdesk::JobStage>();
    m_settings.concurrency = qBound(1, m_settings.concurrency, 16);
}

MapReduceJob::~MapReduceJob() = default;

void MapReduceJob::setStage(JobStage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged(stage);
    }
}

void MapReduceJob::start(bool waitForApproval)
{
    if (m_stage != JobStage::Idle) {
        return;
    }
    m_waitForApproval = waitForApproval;
    m_clock.start();
    if (m_request.providerId.isEmpty()) {
        m_request.providerId = m_services.providers->defaultProviderId();
    }
    setStage(JobStage::Reading);
    auto *watcher = new QFutureWatcher<std::shared_ptr<PreparedInput>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([documents = m_services.documents, redactor = m_services.redactor,
                           required = m_services.policy->redactionRequired(), request = m_request] {
            return std::make_shared<PreparedInput>(
                prepareInput(documents, redactor, required, request, PagesWanted::Yes));
        }));
}

void MapReduceJob::onPrepared(const std::shared_ptr<PreparedInput> &prepared)
{
    if (m_finished) {
        return;
    }
    if (prepared->error) {
        finish(prepared->error, {});
        return;
    }
    m_prepared = prepared;
    m_outcome.job.redactionCounts = prepared->redacted.countsByType();
    setStage(JobStage::Preparing);

    const Template *tmpl = m_services.templates->find(m_request.templateId);
    if (!tmpl) {
        finish(makeError(ErrorKind::Usage,
                         tr("There is no template called \"%1\".").arg(m_request.templateId)),
               {});
        return;
    }
    Provider *provider = m_services.providers->find(m_request.providerId);
    if (!provider) {
        finish(makeError(ErrorKind::Usage,
                         tr("There is no provider called \"%1\".").arg(m_request.providerId)),
               {});
        return;
    }
    m_template = *tmpl;
    if (!m_request.continueAfter.isEmpty() && m_template.outputFormat == OutputFormat::Json) {
        finish(makeError(ErrorKind::Usage, tr("Only text answers can be continued.")), {});
        return;
    }
    m_options = m_template.resolveOptions(m_request.options);
    const ProviderDescriptor descriptor = provider->descriptor();
    m_basicProvider = descriptor.basic;
    // Routing: the workhorse (the provider's default) maps; the template's tier answers.
    const QString workhorse = descriptor.defaultModel;
    m_finalModel = !m_request.model.isEmpty()                  ? m_request.model
                   : m_template.modelTier == ModelTier::Strong ? strongestModel(descriptor)
                                                               : workhorse;
    m_mapModel = !m_request.model.isEmpty() ? m_request.model : workhorse;
    m_outcome.job.providerId = descriptor.id;
    m_outcome.job.model = m_finalModel;
    m_outcome.extraction = m_template.category == TemplateCategory::Extract;

    m_context = std::make_unique<GatedRequestContext>();
    m_context->services = m_services;
    m_context->jobId = m_id;
    m_context->provider = provider;
    m_context->descriptor = descriptor;
    m_context->templateId = m_template.id;
    m_context->templateVersion = m_template.version;
    m_context->redactionCounts = m_outcome.job.redactionCounts;
    m_context->detectorVersion = prepared->redacted.detectorVersion;

    const ModelInfo finalInfo = modelInfo(descriptor, m_finalModel);
    const ModelInfo mapInfo = modelInfo(descriptor, m_mapModel);
    const qint64 total = estimateTokens(prepared->redacted.text);
    const qint64 threshold = m_settings.thresholdTokens > 0 ? m_settings.thresholdTokens
                             : finalInfo.contextTokens > 0  ? finalInfo.contextTokens * 6 / 10
                                                            : kUnknownContextThreshold;
    MapReducePlan &plan = m_outcome.plan;
    // A continuation is one request: the answer so far plus "go on".
    plan.mapReduce = m_template.chunkable && total > threshold && m_request.continueAfter.isEmpty();
    if (plan.mapReduce) {
        const qint64 budget = m_settings.chunkTokens > 0  ? m_settings.chunkTokens
                              : mapInfo.contextTokens > 0 ? mapInfo.contextTokens / 2
                                                          : kUnknownContextChunk;
        m_chunks = chunkPages(prepared->pages, budget);
        plan.mapReduce = m_chunks.size() > 1;
    }
    if (!plan.mapReduce) {
        m_chunks.clear();
    }
    plan.chunkCount = plan.mapReduce ? static_cast<int>(m_chunks.size()) : 1;
    plan.needsReduceCall = plan.mapReduce && m_template.category == TemplateCategory::Summarise;
    const int requests = plan.chunkCount + (plan.needsReduceCall ? 1 : 0);
    const int mapOutput = plan.mapReduce ? qMin(m_template.maxOutputTokens, kMapOutputTokens)
                                         : m_template.maxOutputTokens;
    TokenUsage mapUsage{total + kPromptOverheadTokens * plan.chunkCount,
                        static_cast<qint64>(mapOutput) * plan.chunkCount};
    TokenUsage reduceUsage;
    if (plan.needsReduceCall) {
        reduceUsage = {mapUsage.outputTokens + kPromptOverheadTokens, m_template.maxOutputTokens};
    }
    plan.estimatedInputTokens = mapUsage.inputTokens + reduceUsage.inputTokens;
    plan.estimatedOutputTokens = mapUsage.outputTokens + reduceUsage.outputTokens;
    const double mapCost = costOf(mapUsage, plan.mapReduce ? mapInfo : finalInfo);
    const double reduceCost = plan.needsReduceCall ? costOf(reduceUsage, finalInfo) : 0;
    plan.estimatedCostUsd = mapCost < 0 || reduceCost < 0 ? -1 : mapCost + reduceCost;
    Q_UNUSED(requests);
    m_outcome.costUsd = 0;
    Q_EMIT planReady(plan);
    if (!m_waitForApproval && !m_finished) {
        proceed();
    }
}

void MapReduceJob::proceed()
{
    if (m_finished || !m_prepared || !m_steps.empty()) {
        return;
    }
    if (m_cancelRequested) {
        finish(makeError(ErrorKind::Cancelled, tr("Stopped before anything was sent.")), {});
        return;
    }
    runSteps();
}

void MapReduceJob::runSteps()
{
    setStage(JobStage::CheckingPolicy);
    if (!m_outcome.plan.mapReduce) {
        auto step = std::make_unique<Step>();
        step->model = m_finalModel;
        step->request =
            buildProviderRequest(m_template, m_options, m_prepared->redacted.text, m_finalModel);
        if (!m_request.continueAfter.isEmpty()) {
            step->request = buildContinueRequest(step->request, m_request.continueAfter);
        }
        step->pages = m_prepared->pages;
        m_steps.push_back(std::move(step));
    } else {
        const int parts = static_cast<int>(m_chunks.size());
        for (int i = 0; i < parts; ++i) {
            const MapChunk &chunk = m_chunks.at(i);
            auto step = std::make_unique<Step>();
            step->model = m_mapModel;
            step->request = buildMapRequest(m_template, m_options, chunk.textWithPageMarkers(),
                                            chunk.plainText(), i + 1, parts, chunk.firstPage,
                                            chunk.lastPage, m_mapModel);
            step->request.params.maxTokens = qMin(m_template.maxOutputTokens, kMapOutputTokens);
            step->pages = chunk.pages;
            m_steps.push_back(std::move(step));
        }
    }
    m_sendStartedMs = m_clock.elapsed();
    setStage(JobStage::Sending);
    Q_EMIT chunkProgress(0, static_cast<int>(m_steps.size()), m_outcome.costUsd);
    while (m_nextStep < static_cast<int>(m_steps.size()) && m_inFlight < m_settings.concurrency) {
        launch(m_nextStep++);
    }
}

void MapReduceJob::launch(int index)
{
    Step &step = *m_steps.at(index);
    ++m_inFlight;
    auto *request = new GatedRequest(*m_context, step.request, this);
    step.running = request;
    const bool streamLive =
        !m_outcome.plan.mapReduce && m_template.outputFormat == OutputFormat::Markdown;
    connect(request, &GatedRequest::delta, this, [this, streamLive](const QString &text) {
        if (m_firstTextMs < 0) {
            m_firstTextMs = m_clock.elapsed();
            setStage(JobStage::Streaming);
        }
        if (streamLive) {
            if (!m_liveRestorer) {
                m_liveRestorer = std::make_unique<StreamingRestorer>(m_prepared->redacted.vault);
            }
            const QString shown = m_liveRestorer->feed(text);
            if (!shown.isEmpty()) {
                m_liveOutput += shown;
                Q_EMIT outputDelta(shown);
            }
        }
    });
    connect(request, &GatedRequest::finished, this,
            [this, index, request](const ProviderResponse &response, const QString &text) {
                request->deleteLater();
                noteDecision(request->decision());
                onStepFinished(index, response, text);
            });
    request->start();
}

void MapReduceJob::account(const ProviderResponse &response, const QString &model)
{
    m_outcome.job.usage.inputTokens += response.usage.inputTokens;
    m_outcome.job.usage.outputTokens += response.usage.outputTokens;
    if (!response.modelReturned.isEmpty() && model == m_finalModel) {
        m_outcome.job.model = response.modelReturned;
    }
    double cost = response.costUsd;
    if (cost < 0) {
        cost = costOf(response.usage, modelInfo(m_context->descriptor, model));
    }
    if (cost < 0 || m_outcome.costUsd < 0) {
        m_outcome.costUsd = -1;
    } else {
        m_outcome.costUsd += cost;
    }
    if (response.stopReason == QStringLiteral("max_tokens") ||
        response.stopReason == QStringLiteral("length")) {
        m_outcome.truncated = true;
    }
}

void MapReduceJob::noteDecision(const PolicyDecision &decision)
{
    // The policy gate's data class and budget warnings join the outcome once they land.
    Q_UNUSED(decision);
}

bool MapReduceJob::needsRetry(Step &step, const QString &text)
{
    if (m_template.outputFormat != OutputFormat::Json || m_basicProvider) {
        return false;
    }
    const QJsonObject schema = m_template.effectiveSchema(m_options);
    Result<QJsonValue> parsed = parseModelJson(text);
    if (parsed) {
        step.validationErrors = JsonSchemaValidator(schema).validate(parsed.value());
        if (step.validationErrors.isEmpty()) {
            step.json = parsed.value();
            return false;
        }
    } else {
        step.validationErrors = {parsed.error().message};
    }
    if (step.retried || m_cancelRequested) {
        return false;
    }
    step.retried = true;
    ++m_outcome.retries;
    step.request = buildRetryRequest(step.request, text, step.validationErrors);
    return true;
}

void MapReduceJob::onStepFinished(int index, const ProviderResponse &response, const QString &text)
{
    Step &step = *m_steps.at(index);
    step.running = nullptr;
    account(response, step.model);
    if (m_finished) {
        return;
    }
    if (response.error) {
        --m_inFlight;
        if (!m_pendingError) {
            m_pendingError = response.error;
            if (!m_cancelRequested) {
                for (const auto &s : m_steps) {
                    if (s->running) {
                        s->running->cancel();
                    }
                }
            }
        }
        if (m_inFlight == 0) {
            finishWithPartial(m_cancelRequested
                                  ? makeError(ErrorKind::Cancelled,
                                              tr("Stopped; the parts done so far are kept."))
                                  : *m_pendingError);
        }
        return;
    }
    if (looksLikeRefusal(text)) {
        m_outcome.refused = true;
    }
    if (needsRetry(step, text)) {
        --m_inFlight;
        launch(index);
        return;
    }
    --m_inFlight;
    step.text = text;
    step.done = true;
    ++m_outcome.chunksDone;
    Q_EMIT chunkProgress(m_outcome.chunksDone, static_cast<int>(m_steps.size()), m_outcome.costUsd);
    if (m_cancelRequested || m_pendingError) {
        if (m_inFlight == 0) {
            finishWithPartial(m_pendingError
                                  ? *m_pendingError
                                  : makeError(ErrorKind::Cancelled,
                                              tr("Stopped; the parts done so far are kept.")));
        }
        return;
    }
    while (m_nextStep < static_cast<int>(m_steps.size()) && m_inFlight < m_settings.concurrency) {
        launch(m_nextStep++);
    }
    if (m_outcome.chunksDone == static_cast<int>(m_steps.size())) {
        reduce();
    }
}

QString MapReduceJob::citedNotes() const
{
    QStringList notes;
    for (const auto &step : m_steps) {
        if (step->done) {
            notes.append(attachCitations(step->text.trimmed(), step->pages));
        }
    }
    return notes.join(QStringLiteral("\n\n"));
}

void MapReduceJob::reduce()
{
    if (!m_outcome.plan.mapReduce) {
        finishSuccess(m_steps.front()->text);
        return;
    }
    switch (m_template.category) {
    case TemplateCategory::Summarise: {
        m_reducing = true;
        const QString notes = citedNotes();
        ProviderRequest request =
            buildReduceRequest(m_template, m_options, notes, stripCitations(notes), m_finalModel);
        auto *reduceRequest = new GatedRequest(*m_context, request, this);
        m_reduceRequest = reduceRequest;
        connect(reduceRequest, &GatedRequest::finished, this,
                [this, reduceRequest](const ProviderResponse &response, const QString &text) {
                    reduceRequest->deleteLater();
                    m_reduceRequest = nullptr;
                    noteDecision(reduceRequest->decision());
                    account(response, m_finalModel);
                    if (m_finished) {
                        return;
                    }
                    if (response.error) {
                        finishWithPartial(
                            response.error->kind == ErrorKind::Cancelled
                                ? makeError(ErrorKind::Cancelled,
                                            tr("Stopped; the parts done so far are kept."))
                                : *response.error);
                        return;
                    }
                    finishSuccess(attachCitations(text, m_prepared->pages));
                });
        reduceRequest->start();
        return;
    }
    case TemplateCategory::Extract:
        if (m_template.outputFormat == OutputFormat::Json && !m_basicProvider) {
            QJsonArray rows;
            for (const auto &step : m_steps) {
                if (!step->json) {
                    continue;
                }
                const QJsonValue value = *step->json;
                const QJsonArray stepRows =
                    value.isArray() ? value.toArray()
                    : value.toObject().value(QStringLiteral("rows")).isArray()
                        ? value.toObject().value(QStringLiteral("rows")).toArray()
                        : QJsonArray{value};
                for (const QJsonValue &row : stepRows) {
                    if (!rows.contains(row)) {
                        rows.append(row);
                    }
                }
            }
            const bool wrapped =
                m_template.effectiveSchema(m_options).value(QStringLiteral("type")).toString() !=
                QStringLiteral("array");
            const QJsonDocument merged =
                wrapped ? QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows}})
                        : QJsonDocument(rows);
            finishSuccess(QString::fromUtf8(merged.toJson(QJsonDocument::Indented)));
            return;
        }
        [[fallthrough]];
    case TemplateCategory::Rewrite: {
        QStringList parts;
        for (const auto &step : m_steps) {
            parts.append(step->text.trimmed());
        }
        finishSuccess(parts.join(QStringLiteral("\n\n")));
        return;
    }
    }
}

QString MapReduceJob::restore(const QString &raw)
{
    StreamingRestorer restorer(m_prepared->redacted.vault);
    QString text = restorer.feed(raw);
    text += restorer.finish();
    for (const QString &unknown : restorer.unknownPlaceholders()) {
        if (!m_unknownPlaceholders.contains(unknown)) {
            m_unknownPlaceholders.append(unknown);
        }
    }
    return text;
}

void MapReduceJob::buildTable(const QString &raw)
{
    if (!m_outcome.extraction) {
        return;
    }
    if (m_template.outputFormat != OutputFormat::Json || m_basicProvider) {
        m_outcome.table = ExtractionTable::fromMarkdown(raw);
    } else {
        const QJsonObject schema = m_template.effectiveSchema(m_options);
        Result<QJsonValue> parsed = parseModelJson(raw);
        m_outcome.table = parsed ? ExtractionTable::fromJson(parsed.value(), schema)
                                 : ExtractionTable::emptyFor(schema);
        for (const auto &step : m_steps) {
            if (!step->json) {
                m_outcome.validationErrors.append(step->validationErrors);
            }
        }
    }
    for (QStringList &row : m_outcome.table.rows) {
        for (QString &cell : row) {
            cell = restore(cell);
        }
    }
}

void MapReduceJob::finishSuccess(const QString &rawOutput)
{
    setStage(JobStage::Saving);
    buildTable(rawOutput);
    if (m_basicProvider && m_outcome.extraction && m_template.outputFormat == OutputFormat::Json) {
        m_outcome.job.warnings.append(tr("The basic engine fills a Field/Value table; the "
                                         "template's own columns need an approved model."));
    }
    if (!m_outcome.validationErrors.isEmpty()) {
        m_outcome.job.warnings.append(
            tr("The answer did not fully match the template's table, even after one retry."));
    }
    if (m_outcome.truncated) {
        m_outcome.job.warnings.append(
            tr("The answer stopped at the length limit; Continue may complete it."));
    }
    if (m_outcome.refused) {
        m_outcome.job.warnings.append(tr("The model declined part of the task."));
    }
    finish(std::nullopt, rawOutput);
}

void MapReduceJob::finishWithPartial(const Error &error)
{
    QString raw;
    if (m_outcome.plan.mapReduce && m_template.category == TemplateCategory::Summarise) {
        raw = citedNotes();
    } else {
        QStringList parts;
        for (const auto &step : m_steps) {
            if (step->done) {
                parts.append(step->text.trimmed());
            }
        }
        raw = parts.join(QStringLiteral("\n\n"));
    }
    buildTable(raw);
    finish(error, raw);
}

void MapReduceJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelRequested = true;
    bool running = false;
    for (const auto &step : m_steps) {
        if (step->running) {
            step->running->cancel();
            running = true;
        }
    }
    if (m_reduceRequest) {
        m_reduceRequest->cancel();
        running = true;
    }
    if (!running && m_inFlight == 0) {
        if (m_steps.empty()) {
            finish(makeError(ErrorKind::Cancelled, tr("Stopped before anything was sent.")), {});
        } else {
            finishWithPartial(
                makeError(ErrorKind::Cancelled, tr("Stopped; the parts done so far are kept.")));
        }
    }
}

void MapReduceJob::finish(std::optional<Error> error, const QString &rawOutput)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    const bool streamed = m_liveRestorer != nullptr;
    QString shown;
    if (streamed) {
        shown = m_liveOutput;
        const QString tail = m_liveRestorer->finish();
        if (!tail.isEmpty()) {
            shown += tail;
            Q_EMIT outputDelta(tail);
        }
        for (const QString &unknown : m_liveRestorer->unknownPlaceholders()) {
            if (!m_unknownPlaceholders.contains(unknown)) {
                m_unknownPlaceholders.append(unknown);
            }
        }
    } else if (m_prepared && !rawOutput.isEmpty()) {
        shown = restore(rawOutput);
        Q_EMIT outputDelta(shown);
    }
    if (!m_unknownPlaceholders.isEmpty()) {
        m_outcome.job.warnings.append(
            tr("The result mentions %n placeholder(s) that were not in your text.", nullptr,
               static_cast<int>(m_unknownPlaceholders.size())));
    }
    m_outcome.citedPages = citedPages(shown);
    if (m_prepared) {
        m_outcome.sourcePages.clear();
        for (const DocumentPage &page : std::as_const(m_prepared->pages)) {
            DocumentPage source = page;
            source.text = restore(page.text);
            m_outcome.sourcePages.append(source);
        }
    }
    m_outcome.job.error = error;
    m_outcome.job.output = shown;
    m_outcome.job.rawOutput = rawOutput;
    m_outcome.job.incomplete = error.has_value() && !shown.isEmpty();
    m_outcome.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_firstTextMs >= 0 && m_sendStartedMs >= 0) {
        m_outcome.firstTokenMs = m_firstTextMs - m_sendStartedMs;
        const double seconds = static_cast<double>(m_outcome.totalMs - m_firstTextMs) / 1000.0;
        m_outcome.tokensPerSecond =
            seconds > 0 ? static_cast<double>(m_outcome.job.usage.outputTokens) / seconds : 0;
    }
    const bool sent = !m_steps.empty() && !(error && error->kind == ErrorKind::Blocked);
    if (sent && m_services.history) {
        HistoryEntry entry;
        entry.createdUtc = QDateTime::currentDateTimeUtc();
        entry.jobId = m_id;
        entry.templateId = m_template.id;
        entry.providerId = m_outcome.job.providerId;
        entry.model = m_outcome.job.model;
        entry.sourceName = m_prepared->sourceName;
        entry.status = auditStatusFor(error);
        entry.redactedInput = m_prepared->redacted.text;
        entry.redactedOutput = rawOutput;
        entry.redactionCounts = m_outcome.job.redactionCounts;
        Result<qint64> saved = m_services.history->save(entry);
        if (saved) {
            m_outcome.job.historyId = saved.value();
        } else {
            m_outcome.job.warnings.append(saved.error().message);
        }
    }
    qCInfo(lcPipeline) << "map-reduce job" << m_id << "finished:" << auditStatusFor(error)
                       << "steps" << m_outcome.chunksDone << "/" << m_steps.size() << "in"
                       << m_outcome.totalMs << "ms";
    setStage(!error                                ? JobStage::Done
             : error->kind == ErrorKind::Cancelled ? JobStage::Cancelled
                                                   : JobStage::Failed);
    Q_EMIT finished(m_outcome);
}

} // namespace promptdesk

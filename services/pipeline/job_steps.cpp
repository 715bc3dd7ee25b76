// The Job's sends: building the plan's requests, running them through the send step, the
// schema retry and the reduce. Same class as job.cpp.
#include "pipeline/job_steps.h"

#include "pipeline/prepared_input.h"
#include "policy/policy_gate.h"
#include "redaction/streaming_restorer.h"
#include "templates/citations.h"
#include "templates/json_schema_validator.h"
#include "templates/prompt_builder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace promptdesk {

namespace {

// The common ways models decline a task, at the start of a short answer.
bool looksLikeRefusal(const QString &text)
{
    static const QRegularExpression refusal(
        QStringLiteral("^\\s*(I'm sorry|I am sorry|Sorry|I can(no|')t|I am unable|I'm unable|I "
                       "won't|As an AI)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 600 && refusal.match(text).hasMatch();
}

} // namespace

void Job::buildSteps()
{
    m_steps.clear();
    if (!m_outcome.plan.mapReduce) {
        auto step = std::make_unique<Step>();
        step->model = m_route.answer;
        step->request =
            buildProviderRequest(m_template, m_options, m_prepared->redacted.text, m_route.answer);
        if (!m_request.continueAfter.isEmpty()) {
            step->request = buildContinueRequest(step->request, m_request.continueAfter);
        }
        step->pages = m_prepared->pages;
        m_steps.push_back(std::move(step));
        return;
    }
    const int parts = static_cast<int>(m_chunks.size());
    for (int i = 0; i < parts; ++i) {
        const MapChunk &chunk = m_chunks.at(i);
        auto step = std::make_unique<Step>();
        step->model = m_route.map;
        step->request =
            buildMapRequest(m_template, m_options, chunk.textWithPageMarkers(), chunk.plainText(),
                            i + 1, parts, chunk.firstPage, chunk.lastPage, m_route.map);
        step->request.params.maxTokens = qMin(m_template.maxOutputTokens, kMapOutputTokens);
        step->pages = chunk.pages;
        m_steps.push_back(std::move(step));
    }
}

void Job::runSteps()
{
    setStage(JobStage::CheckingPolicy);
    m_sendStartedMs = m_clock.elapsed();
    setStage(JobStage::Sending);
    Q_EMIT chunkProgress(0, static_cast<int>(m_steps.size()), m_outcome.costUsd);
    while (m_nextStep < static_cast<int>(m_steps.size()) && m_inFlight < m_settings.concurrency) {
        launch(m_nextStep++);
    }
}

void Job::launch(int index)
{
    Step &step = *m_steps.at(index);
    ++m_inFlight;
    m_lastPrompt = promptText(step.request);
    GatedSend *send = m_sendStep->send(step.request, this);
    step.running = send;
    const bool single = !m_outcome.plan.mapReduce;
    const bool streamLive = single && m_template.outputFormat == OutputFormat::Markdown;
    connect(send, &GatedSend::delta, this, [this, streamLive](const QString &text) {
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
    if (single) {
        connect(send, &GatedSend::progress, this, &Job::progress);
    }
    connect(send, &GatedSend::notice, this, &Job::notice);
    connect(send, &GatedSend::finished, this,
            [this, index, send](const ProviderResponse &response, const QString &text) {
                send->deleteLater();
                noteDecision(send->decision());
                onStepFinished(index, response, text);
            });
}

void Job::account(const ProviderResponse &response, const QString &model)
{
    m_outcome.usage.inputTokens += response.usage.inputTokens;
    m_outcome.usage.outputTokens += response.usage.outputTokens;
    if (!response.modelReturned.isEmpty() && model == m_outcome.plan.model) {
        m_outcome.model = response.modelReturned;
    }
    double cost = response.costUsd;
    if (cost < 0) {
        cost = costOf(response.usage, modelInfo(m_sendStep->descriptor(), model));
    }
    if (m_basicProvider) {
        cost = 0;
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

void Job::noteDecision(const PolicyDecision &decision)
{
    if (!decision.dataClass.isEmpty()) {
        m_outcome.dataClass = decision.dataClass;
    }
    for (const QString &warning : decision.warnings) {
        if (!m_outcome.warnings.contains(warning)) {
            m_outcome.warnings.append(warning);
        }
    }
}

bool Job::needsRetry(Step &step, const QString &text)
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

void Job::onStepFinished(int index, const ProviderResponse &response, const QString &text)
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

QString Job::citedNotes() const
{
    QStringList notes;
    for (const auto &step : m_steps) {
        if (step->done) {
            notes.append(attachCitations(step->text.trimmed(), step->pages));
        }
    }
    return notes.join(QStringLiteral("\n\n"));
}

void Job::reduce()
{
    if (!m_outcome.plan.mapReduce) {
        finishSuccess(m_steps.front()->text);
        return;
    }
    switch (m_template.category) {
    case TemplateCategory::Summarise: {
        const QString notes = citedNotes();
        const ProviderRequest request =
            buildReduceRequest(m_template, m_options, notes, stripCitations(notes), m_route.reduce);
        m_lastPrompt = promptText(request);
        GatedSend *send = m_sendStep->send(request, this);
        m_reduceSend = send;
        connect(send, &GatedSend::notice, this, &Job::notice);
        connect(send, &GatedSend::finished, this,
                [this, send](const ProviderResponse &response, const QString &text) {
                    send->deleteLater();
                    m_reduceSend = nullptr;
                    noteDecision(send->decision());
                    account(response, m_route.reduce);
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

} // namespace promptdesk

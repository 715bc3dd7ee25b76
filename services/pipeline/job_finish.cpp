// The Job's end: restoring placeholders, the extraction table, output checks, the history
// entry. Same class as job.cpp.
#include "pipeline/job_steps.h"

#include "core/logging.h"
#include "pipeline/job_recorder.h"
#include "pipeline/prepared_input.h"
#include "policy/policy_gate.h"
#include "redaction/output_check.h"
#include "redaction/streaming_restorer.h"
#include "templates/citations.h"
#include "templates/prompt_builder.h"

namespace promptdesk {

QString Job::restore(const QString &raw)
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

void Job::buildTable(const QString &raw)
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

void Job::finishSuccess(const QString &rawOutput)
{
    setStage(JobStage::Saving);
    buildTable(rawOutput);
    if (m_basicProvider && m_outcome.extraction && m_template.outputFormat == OutputFormat::Json) {
        m_outcome.warnings.append(tr("The basic engine fills a Field/Value table; the "
                                     "template's own columns need an approved model."));
    }
    if (!m_outcome.validationErrors.isEmpty()) {
        m_outcome.warnings.append(
            tr("The answer did not fully match the template's table, even after one retry."));
    }
    if (m_outcome.truncated) {
        m_outcome.warnings.append(
            tr("The answer stopped at the length limit; Continue may complete it."));
    }
    if (m_outcome.refused) {
        m_outcome.warnings.append(tr("The model declined part of the task."));
    }
    finish(std::nullopt, rawOutput);
}

void Job::finishWithPartial(const Error &error)
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

// Output checks of every plan: placeholders the input did not have, and personal data the
// model made up (in the result but not in the input).
void Job::checkOutput(const QString &shown)
{
    if (!m_unknownPlaceholders.isEmpty()) {
        m_outcome.warnings.append(
            tr("The result mentions %n placeholder(s) that were not in your text.", nullptr,
               static_cast<int>(m_unknownPlaceholders.size())));
    }
    if (!m_prepared || shown.isEmpty() || !m_services.policy->redactionRequired()) {
        return;
    }
    const qsizetype invented =
        OutputCheck::unexpectedPii(*m_services.redactor, shown, m_prepared->redacted.vault).size();
    if (invented > 0) {
        m_outcome.warnings.append(
            tr("The result contains %n piece(s) of personal data that were not in your text. "
               "Check them before you use the result.",
               nullptr, static_cast<int>(invented)));
    }
}

void Job::finish(std::optional<Error> error, const QString &rawOutput)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_cancelRequested && !error) {
        error = makeError(ErrorKind::Cancelled, tr("Stopped."));
    }
    QString shown;
    if (m_liveRestorer) {
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
    checkOutput(shown);
    m_outcome.citedPages = citedPages(shown);
    if (m_prepared && m_outcome.plan.mapReduce) {
        m_outcome.sourcePages.clear();
        for (const DocumentPage &page : std::as_const(m_prepared->pages)) {
            DocumentPage source = page;
            source.text = restore(page.text);
            m_outcome.sourcePages.append(source);
        }
    }
    m_outcome.error = error;
    m_outcome.output = shown;
    m_outcome.rawOutput = rawOutput;
    m_outcome.incomplete = (error.has_value() && !shown.isEmpty()) || m_outcome.truncated;
    m_outcome.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_firstTextMs >= 0 && m_sendStartedMs >= 0) {
        m_outcome.firstTokenMs = m_firstTextMs - m_sendStartedMs;
        const double seconds = static_cast<double>(m_outcome.totalMs - m_firstTextMs) / 1000.0;
        m_outcome.tokensPerSecond =
            seconds > 0 ? static_cast<double>(m_outcome.usage.outputTokens) / seconds : 0;
    }
    const bool sent = m_sendStartedMs >= 0 && !(error && error->kind == ErrorKind::Blocked);
    if (sent && m_recorder) {
        JobHistoryRecord record;
        record.providerId = m_outcome.providerId;
        record.model = m_outcome.model;
        record.sourceName = m_prepared->sourceName;
        record.dataClass = m_outcome.dataClass;
        record.redactedInput = m_prepared->redacted.text;
        record.redactedPrompt = m_lastPrompt;
        record.redactedOutput = rawOutput;
        record.options = m_request.options;
        record.vault = &m_prepared->redacted.vault;
        record.error = error;
        Result<qint64> saved = m_recorder->saveHistory(record);
        if (saved) {
            m_outcome.historyId = saved.value();
        } else {
            m_outcome.warnings.append(saved.error().message);
            m_outcome.historyError = saved.error();
        }
    }
    qCInfo(lcPipeline) << "job" << m_id << "finished:" << auditStatusFor(error) << "steps"
                       << m_outcome.chunksDone << "/" << m_steps.size() << "in" << m_outcome.totalMs
                       << "ms";
    setStage(!error                                ? JobStage::Done
             : error->kind == ErrorKind::Cancelled ? JobStage::Cancelled
                                                   : JobStage::Failed);
    Q_EMIT finished(m_outcome);
}

} // namespace promptdesk

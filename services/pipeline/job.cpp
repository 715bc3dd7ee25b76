#include "pipeline/job.h"

#include "pipeline/job_recorder.h"
#include "pipeline/job_steps.h"
#include "pipeline/preparation.h"
#include "pipeline/prepared_input.h"
#include "pipeline/send_step.h"

#include "core/logging.h"
#include "policy/policy_gate.h"
#include "providers/provider_registry.h"
#include "redaction/streaming_restorer.h"
#include "templates/prompt_builder.h"
#include "templates/template_library.h"

#include <QFileInfo>
#include <QTimer>
#include <QUuid>

namespace promptdesk {

namespace {

constexpr qint64 kPromptOverheadTokens = 400;
constexpr qint64 kUnknownContextThreshold = 24000;
constexpr qint64 kUnknownContextChunk = 8000;

} // namespace

Job::Job(const PipelineServices &services, JobRequest request, MapReduceSettings settings,
         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_settings(settings)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<promptdesk::JobOutcome>();
    qRegisterMetaType<promptdesk::JobPlan>();
    qRegisterMetaType<promptdesk::JobStage>();
    qRegisterMetaType<promptdesk::ProviderResponse>();
    m_settings.concurrency = qBound(1, m_settings.concurrency, 16);
}

Job::~Job() = default; // a Preparation still reading stops at its next page (its destructor)

void Job::setStage(JobStage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged(stage);
    }
}

void Job::start(bool waitForApproval)
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
    Q_EMIT progress(-1);
    if (m_request.prepared) {
        // Read once: the window's preparation (the review step's input) is reused as is.
        QTimer::singleShot(0, this, [this] { onPrepared(m_request.prepared); });
        return;
    }
    // The same reading step as the window's (Pipeline::prepare), cancelled with the job.
    m_preparation = new Preparation(m_services, m_request, this);
    connect(m_preparation, &Preparation::ready, this, &Job::onPrepared);
}

void Job::onPrepared(const std::shared_ptr<const PreparedInput> &prepared)
{
    if (m_finished) {
        return;
    }
    if (prepared->error) {
        finish(prepared->error, {});
        return;
    }
    m_prepared = prepared;
    m_outcome.redactionCounts = prepared->redacted.countsByType();
    setStage(JobStage::Preparing);
    if (!choosePlan()) {
        return;
    }
    Q_EMIT planReady(m_outcome.plan);
    if (!m_waitForApproval && !m_finished) {
        proceed();
    }
}

// The plan, its models and its estimate; false when the job already finished (a usage error).
bool Job::choosePlan()
{
    const Template *tmpl = m_services.templates->find(m_request.templateId);
    if (!tmpl) {
        finish(makeError(ErrorKind::Usage,
                         tr("There is no template called \"%1\".").arg(m_request.templateId)),
               {});
        return false;
    }
    m_template = *tmpl;
    m_recorder = std::make_shared<const JobRecorder>(
        m_services,
        JobRecordContext{m_id, m_template.id, m_template.version, m_outcome.redactionCounts,
                         m_prepared->redacted.detectorVersion});
    Result<SendStep> step =
        SendStep::make(m_services, m_recorder, m_request.providerId, m_request.dataClass);
    if (!step) {
        finish(step.error(), {});
        return false;
    }
    m_sendStep = std::make_unique<SendStep>(std::move(step).value());
    if (!m_request.continueAfter.isEmpty() && m_template.outputFormat == OutputFormat::Json) {
        finish(makeError(ErrorKind::Usage, tr("Only text answers can be continued.")), {});
        return false;
    }
    m_options = m_template.resolveOptions(m_request.options);
    const ProviderDescriptor &descriptor = m_sendStep->descriptor();
    m_basicProvider = descriptor.basic;
    m_route =
        routeModels(descriptor, m_template, m_request.model, m_services.policy->modelRouting());
    m_outcome.providerId = descriptor.id;
    m_outcome.model = m_route.answer;
    m_outcome.extraction = m_template.category == TemplateCategory::Extract;

    const ModelInfo answerInfo = modelInfo(descriptor, m_route.answer);
    const ModelInfo mapInfo = modelInfo(descriptor, m_route.map);
    const qint64 total = estimateTokens(m_prepared->redacted.text);
    const qint64 threshold = m_settings.thresholdTokens > 0 ? m_settings.thresholdTokens
                             : answerInfo.contextTokens > 0 ? answerInfo.contextTokens * 6 / 10
                                                            : kUnknownContextThreshold;
    JobPlan &plan = m_outcome.plan;
    // A continuation is one request: the answer so far plus "go on".
    plan.mapReduce = m_template.chunkable && total > threshold && m_request.continueAfter.isEmpty();
    if (plan.mapReduce) {
        const qint64 budget = m_settings.chunkTokens > 0  ? m_settings.chunkTokens
                              : mapInfo.contextTokens > 0 ? mapInfo.contextTokens / 2
                                                          : kUnknownContextChunk;
        m_chunks = chunkPages(m_prepared->pages, budget);
        plan.mapReduce = m_chunks.size() > 1;
    }
    if (!plan.mapReduce) {
        m_chunks.clear();
    }
    plan.kind = plan.mapReduce ? PlanKind::MapReduce
                : m_template.outputFormat == OutputFormat::Json && !m_basicProvider
                    ? PlanKind::SchemaChecked
                    : PlanKind::Single;
    plan.chunkCount = plan.mapReduce ? static_cast<int>(m_chunks.size()) : 1;
    plan.needsReduceCall = plan.mapReduce && m_template.category == TemplateCategory::Summarise;
    plan.providerId = descriptor.id;
    plan.providerName = descriptor.displayName;
    plan.basic = descriptor.basic;
    plan.model = plan.needsReduceCall ? m_route.reduce : m_route.answer;
    plan.mapModel = plan.mapReduce ? m_route.map : QString();
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
    const double mapCost = costOf(mapUsage, plan.mapReduce ? mapInfo : answerInfo);
    const double reduceCost =
        plan.needsReduceCall ? costOf(reduceUsage, modelInfo(descriptor, m_route.reduce)) : 0;
    plan.estimatedCostUsd = mapCost < 0 || reduceCost < 0 ? -1 : mapCost + reduceCost;
    if (descriptor.basic) {
        plan.estimatedCostUsd = 0;
    }

    buildSteps();
    // The gate's word on the first send, before anything is sent: data class (raised by what
    // redaction found), whether it may go at all, budget warnings.
    const PolicyDecision first = m_sendStep->check(m_steps.front()->request);
    plan.dataClass = first.dataClass;
    plan.allowed = first.allowed;
    plan.blockedReason = first.reason;
    plan.warnings = first.warnings;
    if (plan.estimatedCostUsd < 0 && first.estimatedCostUsd >= 0) {
        plan.estimatedCostUsd = first.estimatedCostUsd * plan.chunkCount;
    }
    const auto [spent, budget] = m_services.policy->monthSpendAndBudget(m_services.userName);
    plan.monthSpentUsd = spent;
    plan.monthBudgetUsd = budget;
    m_outcome.dataClass = plan.dataClass;
    m_outcome.estimatedCostUsd = plan.estimatedCostUsd;
    m_outcome.costUsd = 0;
    return true;
}

void Job::proceed()
{
    if (m_finished || !m_prepared || m_sendStartedMs >= 0) {
        return;
    }
    if (m_cancelRequested) {
        finish(makeError(ErrorKind::Cancelled, tr("Stopped before anything was sent.")), {});
        return;
    }
    runSteps();
}

void Job::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelRequested = true;
    if (m_preparation) {
        m_preparation->cancel();
    }
    if (m_sendStartedMs < 0) {
        // Nothing has been sent: a reading still running stops, its result is ignored.
        finish(makeError(ErrorKind::Cancelled, tr("Stopped before anything was sent.")), {});
        return;
    }
    bool running = false;
    for (const auto &step : m_steps) {
        if (step->running) {
            step->running->cancel();
            running = true;
        }
    }
    if (m_reduceSend) {
        m_reduceSend->cancel();
        running = true;
    }
    if (!running && m_inFlight == 0) {
        finishWithPartial(
            makeError(ErrorKind::Cancelled, tr("Stopped; the parts done so far are kept.")));
    }
}

} // namespace promptdesk

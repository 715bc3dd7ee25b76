#pragma once

#include "pipeline/job_outcome.h"
#include "pipeline/job_request.h"
#include "pipeline/map_reduce_plan.h"
#include "pipeline/model_routing.h"
#include "pipeline/pipeline_services.h"
#include "templates/template.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace promptdesk {

struct PreparedInput;

class GatedSend;
class Preparation;
class JobRecorder;
class SendStep;
class StreamingRestorer;
struct PolicyDecision;

// One template over one input, through every step of DESIGN.md's flow: read -> redact ->
// plan -> policy gate -> audit -> stream -> restore -> checks -> history -> audit. The job
// chooses its execution plan (JobPlan::kind) from the template and the input:
// - Single: one request with the template, streamed live;
// - SchemaChecked: a JSON answer validated against the template's schema, one retry quoting
//   the validation errors;
// - MapReduce: a long input chunked with page references, parts mapped concurrently (at most
//   settings.concurrency in flight) on the workhorse model, then reduced (summaries by one
//   more request over the cited notes, extractions by merging rows, rewrites by joining).
// Every plan sends only through the job's SendStep and records only through its JobRecorder,
// so each send has the same gate (data class, raise-when-found, routing, budget), the same
// audit fields and one history entry. Cancel keeps the partial result. Emits finished once.
class Job final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    Job(const PipelineServices &services, JobRequest request, MapReduceSettings settings = {},
        QObject *parent = nullptr);
    ~Job() override;

    // With waitForApproval, the job stops after planReady until proceed() (the window shows
    // the estimate first); otherwise it goes straight on.
    void start(bool waitForApproval = false);
    void proceed();
    // Stops at the next opportunity (reading included); keeps any partial output.
    void cancel();

    QString id() const { return m_id; }
    const JobRequest &request() const { return m_request; }
    const JobPlan &plan() const { return m_outcome.plan; }
    JobStage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(promptdesk::JobStage stage);
    void progress(int percent); // -1: unknown duration
    void planReady(const promptdesk::JobPlan &plan);
    // "chunk 7 of 23" with the cost so far (negative when unknown).
    void chunkProgress(int done, int total, double costSoFarUsd);
    void notice(const QString &message); // e.g. "The provider is busy — retrying in 8 s."
    void outputDelta(const QString &text);
    void finished(const promptdesk::JobOutcome &outcome);

private:
    struct Step;
    void onPrepared(const std::shared_ptr<const PreparedInput> &prepared);
    bool choosePlan();
    void buildSteps();
    void runSteps();
    void launch(int index);
    void onStepFinished(int index, const ProviderResponse &response, const QString &text);
    bool needsRetry(Step &step, const QString &text);
    void account(const ProviderResponse &response, const QString &model);
    void noteDecision(const PolicyDecision &decision);
    void reduce();
    void finishSuccess(const QString &rawOutput);
    void finishWithPartial(const Error &error);
    void finish(std::optional<Error> error, const QString &rawOutput);
    void checkOutput(const QString &shown);
    void setStage(JobStage stage);
    QString restore(const QString &raw);
    QString citedNotes() const;
    void buildTable(const QString &raw);

    PipelineServices m_services;
    JobRequest m_request;
    MapReduceSettings m_settings;
    QString m_id;
    JobStage m_stage = JobStage::Idle;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_waitForApproval = false;
    QPointer<Preparation> m_preparation; // reading and redacting off the GUI thread
    std::shared_ptr<const PreparedInput> m_prepared;
    std::shared_ptr<const JobRecorder> m_recorder;
    std::unique_ptr<SendStep> m_sendStep;
    Template m_template;
    QMap<QString, QString> m_options;
    ModelRoute m_route;
    bool m_basicProvider = false;
    QList<MapChunk> m_chunks;
    std::vector<std::unique_ptr<Step>> m_steps;
    int m_nextStep = 0;
    int m_inFlight = 0;
    QPointer<GatedSend> m_reduceSend;
    QString m_lastPrompt; // the last prompt sent, placeholders intact, for history
    QElapsedTimer m_clock;
    qint64 m_sendStartedMs = -1;
    qint64 m_firstTextMs = -1;
    std::optional<Error> m_pendingError;
    std::unique_ptr<StreamingRestorer> m_liveRestorer; // single text answers stream live
    QString m_liveOutput;
    QStringList m_unknownPlaceholders;
    JobOutcome m_outcome;
};

} // namespace promptdesk

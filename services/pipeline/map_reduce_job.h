#pragma once

#include "extraction_table.h"
#include "job_outcome.h"
#include "job_request.h"
#include "map_reduce_plan.h"
#include "pipeline_services.h"
#include "redactor.h"
#include "template.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace promptdesk {

struct PreparedInput;

class GatedRequest;
class StreamingRestorer;
struct GatedRequestContext;
struct PolicyDecision;

struct MapReduceOutcome {
    JobOutcome job; // error, output (restored), incomplete, usage, provider, model, …
    MapReducePlan plan;
    int chunksDone = 0;
    double costUsd = -1;      // negative when the model has no price
    qint64 firstTokenMs = -1; // from the first send to the first text
    qint64 totalMs = 0;
    double tokensPerSecond = 0;
    QList<int> citedPages; // summaries of long documents: pages cited, in order
    // The input page by page as the user gave it (placeholders restored), so a citation can be
    // shown with its page. Kept in memory only; never logged or stored.
    QList<DocumentPage> sourcePages;
    bool truncated = false; // a step stopped at its token limit ("Continue" may help)
    bool refused = false;   // the model declined the task
    // Extraction templates: the table (schema columns), and the schema problems left after the
    // one retry (empty when the answer is valid).
    bool extraction = false;
    ExtractionTable table;
    QStringList validationErrors;
    int retries = 0;
};

// One template over one input, for inputs of any length and for typed extraction. Same flow as
// Job (read -> redact -> prompt -> policy gate -> audit -> stream -> restore -> history ->
// audit), with every provider request passing the gate and the audit log (GatedRequest):
// - short input: one request with the template;
// - long input (over the model's context or the threshold): chunked with page references,
//   map steps run concurrently (at most settings.concurrency in flight) on the workhorse
//   model, then reduced: summaries by one more request over the cited notes, extractions by
//   merging rows, rewrites by joining the parts in order;
// - JSON templates: the answer is validated against the schema, with one retry that quotes the
//   validation errors.
// Cancel keeps the partial result (the parts done so far). Emits finished exactly once.
class MapReduceJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapReduceJob)
public:
    MapReduceJob(const PipelineServices &services, JobRequest request,
                 MapReduceSettings settings = {}, QObject *parent = nullptr);
    ~MapReduceJob() override;

    // With waitForApproval, the job stops after planReady until proceed() (the GUI shows the
    // cost estimate first); otherwise it goes straight on.
    void start(bool waitForApproval = false);
    void proceed();
    void cancel();

    QString id() const { return m_id; }
    const JobRequest &request() const { return m_request; }
    const MapReducePlan &plan() const { return m_outcome.plan; }

Q_SIGNALS:
    void stageChanged(promptdesk::JobStage stage);
    void planReady(const promptdesk::MapReducePlan &plan);
    // "chunk 7 of 23" with the cost so far (negative when unknown).
    void chunkProgress(int done, int total, double costSoFarUsd);
    void outputDelta(const QString &text);
    void finished(const promptdesk::MapReduceOutcome &outcome);

private:
    struct Step;
    void onPrepared(const std::shared_ptr<PreparedInput> &prepared);
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
    bool m_reducing = false;
    std::shared_ptr<PreparedInput> m_prepared;
    std::unique_ptr<GatedRequestContext> m_context;
    Template m_template;
    QMap<QString, QString> m_options;
    QString m_mapModel;
    QString m_finalModel;
    bool m_basicProvider = false;
    QList<MapChunk> m_chunks;
    std::vector<std::unique_ptr<Step>> m_steps;
    int m_nextStep = 0;
    int m_inFlight = 0;
    QPointer<GatedRequest> m_reduceRequest;
    QString m_reduceText;
    QElapsedTimer m_clock;
    qint64 m_sendStartedMs = -1;
    qint64 m_firstTextMs = -1;
    std::optional<Error> m_pendingError;
    std::unique_ptr<StreamingRestorer>
        m_liveRestorer; // single-request Markdown answers stream live
    QString m_liveOutput;
    QStringList m_unknownPlaceholders;
    MapReduceOutcome m_outcome;
};

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::MapReduceOutcome)
Q_DECLARE_METATYPE(promptdesk::MapReducePlan)

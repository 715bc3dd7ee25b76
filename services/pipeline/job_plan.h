#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace promptdesk {

// Which execution plan a job runs; the job chooses it, never its caller.
enum class PlanKind {
    Single,        // one request with the template
    SchemaChecked, // one request whose JSON answer is checked against the schema (one retry)
    MapReduce,     // parts on the workhorse model, then reduced
};

// How a run will go, shown before anything is sent: every send shows its estimate first.
struct JobPlan {
    PlanKind kind = PlanKind::Single;
    int chunkCount = 0;
    bool mapReduce = false;       // false: one request with the whole document
    bool needsReduceCall = false; // summaries: one more request over the notes
    qint64 estimatedInputTokens = 0;
    qint64 estimatedOutputTokens = 0; // an upper bound: every step using its full output budget
    double estimatedCostUsd = -1;     // negative when the model has no price
    QString providerId;
    QString providerName;
    QString model;         // the model that answers (the reduce step of long documents)
    QString mapModel;      // the workhorse of the parts (map-reduce only)
    QString dataClass;     // the class the gate applies (possibly raised by what redaction found)
    bool basic = false;    // the built-in engine: nothing leaves the computer, nothing is paid
    bool allowed = true;   // what the gate says of the first send
    QString blockedReason; // why not, in the gate's words
    QStringList warnings;  // budget warnings and the like
    double monthSpentUsd = -1;  // this month's spend so far; negative: no budget
    double monthBudgetUsd = -1; // the user's monthly budget; negative: none
};

} // namespace promptdesk

Q_DECLARE_METATYPE(promptdesk::JobPlan)

#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace promptdesk {

// One "this answer is better" after a comparison. Names only: never content.
struct CompareVote {
    QDateTime timeUtc;
    QString templateId;
    QString winner;         // "provider/model"
    QStringList contenders; // every "provider/model" compared, the winner included
};

struct ModelWinRate {
    QString model; // "provider/model"
    int comparisons = 0;
    int wins = 0;
    double winRate() const { return comparisons > 0 ? static_cast<double>(wins) / comparisons : 0; }
};

// The team's own benchmark: votes stored as JSON lines in the user's data folder
// (compare-votes.jsonl), appended, owner-readable only.
class CompareVoteStore final {
public:
    explicit CompareVoteStore(QString filePath)
        : m_path(std::move(filePath))
    {
    }

    Result<void> record(const CompareVote &vote) const;
    Result<QList<CompareVote>> all() const;
    // Win rate per model, best first (ties: more comparisons first, then by name).
    // `templateId` empty: every template.
    Result<QList<ModelWinRate>> winRates(const QString &templateId = {}) const;

    static QString key(const QString &providerId, const QString &model)
    {
        return providerId + QLatin1Char('/') + model;
    }

private:
    QString m_path;
};

} // namespace promptdesk

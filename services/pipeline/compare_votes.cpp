#include "pipeline/compare_votes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

constexpr qint64 kMaxVoteFileBytes = 32LL * 1024 * 1024;

// Not a QObject: the macro gives this file's messages a context that lupdate and the runtime
// agree on (a free tr() left lupdate guessing one, so the translations never loaded).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CompareVoteStore)
};

} // namespace

Result<void> CompareVoteStore::record(const CompareVote &vote) const
{
    if (!vote.contenders.contains(vote.winner) || vote.contenders.size() < 2) {
        return makeError(ErrorKind::Usage,
                         Text::tr("A vote needs a winner among at least two compared models."));
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return makeError(ErrorKind::Internal, Text::tr("The vote could not be saved."));
    }
    if (!existed) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QJsonObject line{
        {QStringLiteral("time"), vote.timeUtc.toString(Qt::ISODate)},
        {QStringLiteral("template"), vote.templateId},
        {QStringLiteral("winner"), vote.winner},
        {QStringLiteral("contenders"), QJsonArray::fromStringList(vote.contenders)}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        return makeError(ErrorKind::Internal, Text::tr("The vote could not be saved."));
    }
    return {};
}

Result<QList<CompareVote>> CompareVoteStore::all() const
{
    QList<CompareVote> votes;
    QFile file(m_path);
    if (!file.exists()) {
        return votes;
    }
    if (file.size() > kMaxVoteFileBytes) {
        return makeError(ErrorKind::TooLarge,
                         Text::tr("The comparison votes file is too large to read."));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Internal, Text::tr("The comparison votes could not be read."));
    }
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        CompareVote vote;
        vote.timeUtc =
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        vote.templateId = o.value(QStringLiteral("template")).toString();
        vote.winner = o.value(QStringLiteral("winner")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("contenders")).toArray()) {
            vote.contenders.append(c.toString());
        }
        if (!vote.winner.isEmpty() && vote.contenders.contains(vote.winner)) { // skip damaged lines
            votes.append(vote);
        }
    }
    return votes;
}

Result<QList<ModelWinRate>> CompareVoteStore::winRates(const QString &templateId) const
{
    Result<QList<CompareVote>> votes = all();
    if (!votes) {
        return votes.error();
    }
    QMap<QString, ModelWinRate> rates;
    for (const CompareVote &vote : votes.value()) {
        if (!templateId.isEmpty() && vote.templateId != templateId) {
            continue;
        }
        for (const QString &model : vote.contenders) {
            ModelWinRate &rate = rates[model];
            rate.model = model;
            ++rate.comparisons;
            if (model == vote.winner) {
                ++rate.wins;
            }
        }
    }
    QList<ModelWinRate> sorted = rates.values();
    std::sort(sorted.begin(), sorted.end(), [](const ModelWinRate &a, const ModelWinRate &b) {
        if (a.winRate() != b.winRate()) {
            return a.winRate() > b.winRate();
        }
        if (a.comparisons != b.comparisons) {
            return a.comparisons > b.comparisons;
        }
        return a.model < b.model;
    });
    return sorted;
}

} // namespace promptdesk

#include "history/history_export.h"

#include "core/type_counts_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

namespace {

QString shown(const QString &text, const HistoryEntry &e, bool restore)
{
    return restore ? restorePlaceholders(text, e.vault) : text;
}

} // namespace

QByteArray historyToJson(const QList<HistoryEntry> &entries, bool restore)
{
    QJsonArray array;
    for (const HistoryEntry &e : entries) {
        QJsonObject options;
        for (auto it = e.templateOptions.cbegin(); it != e.templateOptions.cend(); ++it) {
            options.insert(it.key(), it.value());
        }
        QJsonObject counts;
        for (auto it = e.redactionCounts.cbegin(); it != e.redactionCounts.cend(); ++it) {
            counts.insert(it.key(), it.value());
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("created_utc"), e.createdUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("template"), e.templateId},
            {QStringLiteral("options"), options},
            {QStringLiteral("provider"), e.providerId},
            {QStringLiteral("model"), e.model},
            {QStringLiteral("source"), shown(e.sourceName, e, restore)},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("input"), shown(e.redactedInput, e, restore)},
            {QStringLiteral("output"), shown(e.redactedOutput, e, restore)},
            {QStringLiteral("redaction_counts"), counts},
            {QStringLiteral("restored"), restore && !e.vault.isEmpty()},
        });
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("promptdesk-history")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("entries"), array}})
        .toJson(QJsonDocument::Indented);
}

QByteArray historyToMarkdown(const QList<HistoryEntry> &entries, bool restore)
{
    QString out = QStringLiteral("# Promptdesk history\n\n");
    for (const HistoryEntry &e : entries) {
        out +=
            QStringLiteral("## %1 — %2\n\n").arg(e.createdUtc.toString(Qt::ISODate), e.templateId);
        out += QStringLiteral("- Source: %1\n- Provider: %2 (%3)\n- Status: %4\n\n")
                   .arg(shown(e.sourceName, e, restore), e.providerId, e.model, e.status);
        out += QStringLiteral("### Input\n\n```text\n") + shown(e.redactedInput, e, restore) +
               QStringLiteral("\n```\n\n### Result\n\n") + shown(e.redactedOutput, e, restore) +
               QStringLiteral("\n\n");
    }
    return out.toUtf8();
}

} // namespace promptdesk

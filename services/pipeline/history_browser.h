#pragma once

#include "core/result.h"
#include "pipeline/pipeline_services.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace promptdesk {

struct HistoryEntry;

// A row of the history window: what the list shows of one entry, no text.
struct HistoryListItem {
    qint64 id = -1;
    QDateTime createdUtc;
    QString templateId;
    QString templateName; // in the user's language; the id when the template is gone
    QString providerId;
    QString model;
    QString sourceName;
    QString dataClass; // Public .. Restricted; empty for entries saved before it was kept
    QString status;    // ok, error:<kind>, cancelled
};

// What the window's search box and filters ask for; empty fields match everything.
struct HistoryFilter {
    QString text;
    QString templateId;
    QString providerId;
    QDateTime fromUtc; // invalid: any date
    int limit = 500;
};

// The values the filters offer: the templates and providers the history holds.
struct HistoryFilterChoices {
    QList<std::pair<QString, QString>> templates; // id, name in the user's language
    QStringList providerIds;
};

// One entry opened for its preview: the text restored for display (originals back in place
// where the vault was kept) and, for "show what was sent", the text exactly as sent.
struct HistoryPreview {
    HistoryListItem item;
    QString input;        // restored
    QString output;       // restored
    QString sentPrompt;   // redacted, placeholders intact: exactly what left the machine
    QString sentInput;    // redacted input
    QString storedOutput; // redacted output, as the model wrote it
    QMap<QString, QString> options;
    bool originalsKept = false;
};

// What the history window may do with the user's history, in intents: find, open, delete.
// The window never holds the store (widgets may not include history/ headers); this is the
// pipeline's face of it.
class HistoryBrowser final {
public:
    explicit HistoryBrowser(const PipelineServices &services)
        : m_services(services)
    {
    }

    // False when history is off (or could not be opened): jobs are not recorded.
    bool historyKept() const;
    // History on or off while the app runs (Preferences); off keeps nothing of new jobs.
    void setRecording(bool on) const;
    // False without a keychain: entries keep only the redacted text.
    bool originalsKept() const;

    // Newest first; `text` matches words of the redacted text, or a person's name, e-mail or
    // number through the keyed index (the originals are stored only sealed).
    Result<QList<HistoryListItem>> find(const QString &text, int limit = 500) const;
    Result<QList<HistoryListItem>> find(const HistoryFilter &filter) const;
    Result<HistoryFilterChoices> filterChoices() const;
    Result<HistoryPreview> open(qint64 id) const;
    Result<void> remove(const QList<qint64> &ids) const;
    enum class ExportFormat { Json, Markdown };
    // The chosen entries for taking away, newest first; `restore` puts the originals back
    // (the user's own data), otherwise the redacted text is written.
    Result<QByteArray> exportEntries(const QList<qint64> &ids, ExportFormat format,
                                     bool restore) const;
    Result<int> eraseAll() const;
    // Retention: deletes the entries created before `cutoffUtc`; returns how many.
    Result<int> deleteOlderThan(const QDateTime &cutoffUtc) const;

private:
    HistoryListItem listItem(const HistoryEntry &entry) const;

    PipelineServices m_services;
};

} // namespace promptdesk

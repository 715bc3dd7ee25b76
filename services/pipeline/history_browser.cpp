#include "pipeline/history_browser.h"

#include "history/history_export.h"
#include "history/history_store.h"
#include "templates/template_library.h"

#include <QCoreApplication>

#include <algorithm>

namespace promptdesk {

namespace {

Error historyOff()
{
    return makeError(ErrorKind::Usage,
                     QCoreApplication::translate("HistoryBrowser", "History is turned off."));
}

} // namespace

bool HistoryBrowser::historyKept() const
{
    return m_services.history && m_services.history->recording();
}

void HistoryBrowser::setRecording(bool on) const
{
    if (m_services.history) {
        m_services.history->setRecording(on);
    }
}

bool HistoryBrowser::originalsKept() const
{
    return m_services.history && m_services.history->vaultAvailable();
}

HistoryListItem HistoryBrowser::listItem(const HistoryEntry &entry) const
{
    HistoryListItem item;
    item.id = entry.id;
    item.createdUtc = entry.createdUtc;
    item.templateId = entry.templateId;
    const Template *found =
        m_services.templates ? m_services.templates->find(entry.templateId) : nullptr;
    item.templateName = found ? found->name : entry.templateId;
    item.providerId = entry.providerId;
    item.model = entry.model;
    item.sourceName = entry.sourceName;
    item.dataClass = entry.dataClass;
    item.status = entry.status;
    return item;
}

Result<QList<HistoryListItem>> HistoryBrowser::find(const QString &text, int limit) const
{
    HistoryFilter filter;
    filter.text = text;
    filter.limit = limit;
    return find(filter);
}

Result<QList<HistoryListItem>> HistoryBrowser::find(const HistoryFilter &filter) const
{
    if (!m_services.history) {
        return historyOff();
    }
    HistoryQuery query;
    query.text = filter.text.trimmed();
    query.templateId = filter.templateId;
    query.providerId = filter.providerId;
    query.fromUtc = filter.fromUtc;
    query.limit = filter.limit;
    Result<QList<HistoryEntry>> entries = m_services.history->search(query);
    if (!entries) {
        return entries.error();
    }
    QList<HistoryListItem> items;
    items.reserve(entries->size());
    for (const HistoryEntry &entry : entries.value()) {
        items.append(listItem(entry));
    }
    return items;
}

Result<HistoryFilterChoices> HistoryBrowser::filterChoices() const
{
    if (!m_services.history) {
        return historyOff();
    }
    Result<HistoryFacets> facets = m_services.history->facets();
    if (!facets) {
        return facets.error();
    }
    HistoryFilterChoices choices;
    for (const QString &id : facets->templateIds) {
        const Template *found = m_services.templates ? m_services.templates->find(id) : nullptr;
        choices.templates.append({id, found ? found->name : id});
    }
    choices.providerIds = facets->providerIds;
    return choices;
}

Result<HistoryPreview> HistoryBrowser::open(qint64 id) const
{
    if (!m_services.history) {
        return historyOff();
    }
    Result<HistoryEntry> entry = m_services.history->entry(id);
    if (!entry) {
        return entry.error();
    }
    HistoryPreview preview;
    preview.item = listItem(entry.value());
    preview.input = restorePlaceholders(entry->redactedInput, entry->vault);
    preview.output = restorePlaceholders(entry->redactedOutput, entry->vault);
    preview.sentPrompt = entry->redactedPrompt;
    preview.sentInput = entry->redactedInput;
    preview.storedOutput = entry->redactedOutput;
    preview.options = entry->templateOptions;
    preview.originalsKept = entry->vaultKept && !entry->vault.isEmpty();
    return preview;
}

Result<void> HistoryBrowser::remove(const QList<qint64> &ids) const
{
    if (!m_services.history) {
        return historyOff();
    }
    for (const qint64 id : ids) {
        if (Result<void> removed = m_services.history->remove(id); !removed) {
            return removed;
        }
    }
    return {};
}

Result<QByteArray> HistoryBrowser::exportEntries(const QList<qint64> &ids, ExportFormat format,
                                                 bool restore) const
{
    if (!m_services.history) {
        return historyOff();
    }
    QList<HistoryEntry> entries;
    for (const qint64 id : ids) {
        Result<HistoryEntry> entry = m_services.history->entry(id);
        if (!entry) {
            return entry.error();
        }
        entries.append(entry.value());
    }
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.createdUtc > b.createdUtc;
    });
    return format == ExportFormat::Json ? historyToJson(entries, restore)
                                        : historyToMarkdown(entries, restore);
}

Result<int> HistoryBrowser::eraseAll() const
{
    if (!m_services.history) {
        return historyOff();
    }
    return m_services.history->eraseAll();
}

Result<int> HistoryBrowser::deleteOlderThan(const QDateTime &cutoffUtc) const
{
    if (!m_services.history) {
        return historyOff();
    }
    return m_services.history->purgeOlderThan(cutoffUtc);
}

} // namespace promptdesk

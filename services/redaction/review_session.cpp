#include "redaction/review_session.h"

#include <algorithm>

namespace promptdesk {

ReviewSession::ReviewSession(QString original, QList<PiiSpan> spans, QStringList mandatoryTypes,
                             QString detectorVersion)
    : m_original(std::move(original))
    , m_mandatory(std::move(mandatoryTypes))
    , m_detectorVersion(std::move(detectorVersion))
{
    std::sort(spans.begin(), spans.end(),
              [](const PiiSpan &a, const PiiSpan &b) { return a.start < b.start; });
    for (const PiiSpan &span : std::as_const(spans)) {
        if (span.start >= 0 && span.end <= m_original.size() && span.end > span.start) {
            m_items.append(Item{span, true, false});
        }
    }
}

QStringList ReviewSession::types() const
{
    QStringList types;
    for (const Item &item : m_items) {
        if (!types.contains(item.span.type)) {
            types.append(item.span.type);
        }
    }
    types.sort();
    return types;
}

bool ReviewSession::setAccepted(qsizetype index, bool accepted)
{
    if (index < 0 || index >= m_items.size()) {
        return false;
    }
    Item &item = m_items[index];
    if (!accepted && isMandatory(item.span.type)) {
        return false;
    }
    item.accepted = accepted;
    return true;
}

bool ReviewSession::setTypeAccepted(const QString &type, bool accepted)
{
    if (!accepted && isMandatory(type)) {
        return false;
    }
    for (Item &item : m_items) {
        if (item.span.type == type) {
            item.accepted = accepted;
        }
    }
    return true;
}

bool ReviewSession::addSpan(qsizetype start, qsizetype end, const QString &type)
{
    if (start < 0 || end > m_original.size() || end <= start || type.isEmpty()) {
        return false;
    }
    // Trim surrounding whitespace of a mouse or keyboard selection.
    while (start < end && m_original[start].isSpace()) {
        ++start;
    }
    while (end > start && m_original[end - 1].isSpace()) {
        --end;
    }
    if (end <= start) {
        return false;
    }
    PiiSpan added{start, end, type, QStringLiteral("user")};
    for (const Item &item : std::as_const(m_items)) {
        // A mandatory span may be widened, never cut into.
        if (item.span.overlaps(added) && isMandatory(item.span.type) &&
            (item.span.start < start || item.span.end > end)) {
            return false;
        }
    }
    m_items.removeIf([&](const Item &item) { return item.span.overlaps(added); });
    const auto at =
        std::lower_bound(m_items.begin(), m_items.end(), start,
                         [](const Item &item, qsizetype pos) { return item.span.start < pos; });
    m_items.insert(at, Item{added, true, true});
    return true;
}

QMap<QString, QPair<int, int>> ReviewSession::countsByType() const
{
    QMap<QString, QPair<int, int>> counts;
    for (const Item &item : m_items) {
        QPair<int, int> &c = counts[item.span.type];
        c.first += item.accepted ? 1 : 0;
        c.second += 1;
    }
    return counts;
}

RedactedText ReviewSession::providerText() const
{
    RedactedText result;
    result.detectorVersion = m_detectorVersion;
    result.text.reserve(m_original.size());
    qsizetype copied = 0;
    for (const Item &item : m_items) {
        if (!item.accepted) {
            continue;
        }
        const PiiSpan &span = item.span;
        result.text += QStringView(m_original).sliced(copied, span.start - copied);
        result.text +=
            result.vault.placeholderFor(span.type, m_original.sliced(span.start, span.length()));
        result.spans.append(span);
        copied = span.end;
    }
    result.text += QStringView(m_original).sliced(copied);
    return result;
}

} // namespace promptdesk

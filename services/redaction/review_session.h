#pragma once

#include "redaction/pii_span.h"
#include "redaction/redactor.h"

#include <QMap>
#include <QStringList>

namespace promptdesk {

// The review step before a send: the user sees what was detected, may keep (accept) or
// release (reject) each span or a whole type, and may mark more text. Types the policy makes
// mandatory cannot be released. providerText() is exactly what would leave the machine.
// Headless, so the widget holds no logic and tests need no window.
class ReviewSession final {
public:
    struct Item {
        PiiSpan span;
        bool accepted = true; // true: replaced by a placeholder
        bool addedByUser = false;
    };

    ReviewSession(QString original, QList<PiiSpan> spans, QStringList mandatoryTypes,
                  QString detectorVersion = {});

    const QString &original() const { return m_original; }
    const QList<Item> &items() const { return m_items; } // sorted by start
    QStringList types() const;                           // types present, sorted
    bool isMandatory(const QString &type) const { return m_mandatory.contains(type); }

    // Returns false (and changes nothing) when the span's type is mandatory.
    bool setAccepted(qsizetype index, bool accepted);
    // Accepts or rejects every span of a type; false when the type is mandatory.
    bool setTypeAccepted(const QString &type, bool accepted);
    // Marks [start, end) as `type`. Spans it overlaps are replaced by it. False when the range
    // is empty or out of bounds, or would release part of a mandatory span.
    bool addSpan(qsizetype start, qsizetype end, const QString &type);

    // Spans per type: {type: {accepted, total}}.
    QMap<QString, QPair<int, int>> countsByType() const;

    // The text with accepted spans replaced by numbered placeholders, the vault and the
    // accepted spans: what is sent, restored and audited.
    RedactedText providerText() const;

private:
    QString m_original;
    QList<Item> m_items;
    QStringList m_mandatory;
    QString m_detectorVersion;
};

} // namespace promptdesk

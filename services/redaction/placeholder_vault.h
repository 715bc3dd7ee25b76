#pragma once

#include <QHash>
#include <QMap>
#include <QString>

namespace promptdesk {

// Placeholder <-> original value for one job. Lives in memory during the job; it may only
// reach disk encrypted (history). The same normalised value always gets the same placeholder.
class PlaceholderVault final {
public:
    // Returns the placeholder for this value, creating "[TYPE_N]" on first sight.
    QString placeholderFor(const QString &type, const QString &original);

    // Original for a placeholder such as "[EMAIL_1]"; empty if unknown.
    QString originalFor(const QString &placeholder) const;
    bool contains(const QString &placeholder) const { return m_originals.contains(placeholder); }
    // Whether this value (normalised as for numbering) already has a placeholder.
    bool hasValue(const QString &type, const QString &original) const;
    // Whether `word` is one of the words of any stored value, case-insensitively.
    bool hasValuePart(const QString &word) const;

    qsizetype size() const { return m_originals.size(); }
    bool isEmpty() const { return m_originals.isEmpty(); }
    QStringList placeholders() const { return m_originals.keys(); }
    // Distinct values per type, e.g. {"EMAIL": 2}.
    QMap<QString, int> countsByType() const { return m_counts; }

    // Same-value test used for numbering: case, spaces and phone punctuation do not matter.
    static QString normalise(const QString &type, const QString &value);

private:
    QHash<QString, QString> m_placeholderByKey; // type + '\x1f' + normalised -> placeholder
    QHash<QString, QString> m_originals;        // placeholder -> first original seen
    QMap<QString, int> m_counts;
};

} // namespace promptdesk

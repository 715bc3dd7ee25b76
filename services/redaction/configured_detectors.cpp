#include "redaction/configured_detectors.h"

#include "core/logging.h"

#include <algorithm>

namespace promptdesk {

ConfiguredIdDetector::ConfiguredIdDetector(QString name, QString type, const QStringList &patterns)
    : m_name(std::move(name))
    , m_type(std::move(type))
{
    QStringList valid;
    for (const QString &pattern : patterns) {
        const QRegularExpression probe(pattern);
        if (probe.isValid() && !pattern.isEmpty()) {
            valid.append(QStringLiteral("(?:") + pattern + QLatin1Char(')'));
        } else {
            m_invalid.append(pattern);
            qCWarning(lcRedaction) << "ignoring an invalid id pattern for" << m_type;
        }
    }
    if (!valid.isEmpty()) {
        m_pattern =
            QRegularExpression(QStringLiteral("(?<![\\w-])(?:") + valid.join(QLatin1Char('|')) +
                               QStringLiteral(")(?![\\w-])"));
        m_pattern.optimize();
    }
}

QList<PiiSpan> ConfiguredIdDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    if (m_pattern.pattern().isEmpty()) {
        return spans;
    }
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0) {
            spans.append(PiiSpan{match.capturedStart(), match.capturedEnd(), m_type, m_name});
        }
    }
    return spans;
}

CustomTermDetector::CustomTermDetector(const QStringList &terms)
{
    QStringList escaped;
    for (const QString &term : terms) {
        const QString simplified = term.simplified();
        if (!simplified.isEmpty()) {
            // Any run of spaces in the text matches a space in the term.
            escaped.append(QRegularExpression::escape(simplified)
                               .replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
        }
    }
    std::sort(escaped.begin(), escaped.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (!escaped.isEmpty()) {
        m_pattern =
            QRegularExpression(QStringLiteral("(?<!\\w)(?:") + escaped.join(QLatin1Char('|')) +
                                   QStringLiteral(")(?!\\w)"),
                               QRegularExpression::CaseInsensitiveOption |
                                   QRegularExpression::UseUnicodePropertiesOption);
        m_pattern.optimize();
    }
}

QList<PiiSpan> CustomTermDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    if (m_pattern.pattern().isEmpty()) {
        return spans;
    }
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        spans.append(
            PiiSpan{match.capturedStart(), match.capturedEnd(), QStringLiteral("CUSTOM"), name()});
    }
    return spans;
}

} // namespace promptdesk

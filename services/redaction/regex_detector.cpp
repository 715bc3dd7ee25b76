#include "regex_detector.h"

namespace promptdesk {

RegexDetector::RegexDetector(QString name, int version, QString type)
    : m_name(std::move(name))
    , m_version(version)
    , m_type(std::move(type))
{
}

void RegexDetector::addRule(const QString &pattern, Rule::AcceptFn accept, int group,
                            QRegularExpression::PatternOptions options)
{
    Rule rule;
    rule.pattern =
        QRegularExpression(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(rule.pattern.isValid(), "RegexDetector", qPrintable(rule.pattern.errorString()));
    rule.pattern.optimize();
    rule.accept = std::move(accept);
    rule.group = group;
    m_rules.push_back(std::move(rule));
}

QList<PiiSpan> RegexDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    for (const Rule &rule : m_rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart(rule.group);
            const qsizetype end = match.capturedEnd(rule.group);
            if (start < 0 || end <= start) {
                continue;
            }
            if (rule.accept && !rule.accept(text, start, end)) {
                continue;
            }
            spans.append(PiiSpan{start, end, m_type, m_name});
        }
    }
    return spans;
}

} // namespace promptdesk

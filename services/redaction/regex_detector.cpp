#include "redaction/regex_detector.h"

#include "redaction/block_scratch.h"

namespace promptdesk {

RegexDetector::RegexDetector(QString name, int version, QString type, qsizetype longestMatch)
    : m_name(std::move(name))
    , m_version(version)
    , m_type(std::move(type))
    , m_longestMatch(longestMatch)
{
}

void RegexDetector::addRule(const QString &pattern, Rule::AcceptFn accept, int group,
                            QRegularExpression::PatternOptions options)
{
    // No UseUnicodePropertiesOption: it makes \w, \d and \s Unicode-aware at ten times the
    // cost; the patterns spell out [0-9] and use \p{L} / \p{Lu} where letters matter.
    Rule rule{CompiledPattern(pattern, options), std::move(accept), group};
    Q_ASSERT_X(rule.pattern.isValid(), "RegexDetector", qPrintable(rule.pattern.errorString()));
    m_rules.push_back(std::move(rule));
}

QList<PiiSpan> RegexDetector::detect(QStringView text) const
{
    BlockScratch block(text);
    return detectInBlock(block);
}

QList<PiiSpan> RegexDetector::detectInBlock(BlockScratch &block) const
{
    const QStringView text = block.text();
    QList<PiiSpan> spans;
    const QList<DigitWindow> &windows = block.digitWindows(m_longestMatch);
    const CompiledPattern::Utf16Checked checked = block.utf16Checked();
    QList<CompiledPattern::Range> found;
    for (const Rule &rule : m_rules) {
        CompiledPattern::Scratch scratch(rule.pattern);
        for (const DigitWindow &window : windows) {
            found.clear();
            rule.pattern.findAll(text.sliced(window.start, window.end - window.start), rule.group,
                                 scratch, found, checked);
            for (const CompiledPattern::Range &range : std::as_const(found)) {
                const qsizetype start = range.start + window.start;
                const qsizetype end = range.end + window.start;
                if (rule.accept && !rule.accept(text, start, end)) {
                    continue;
                }
                spans.append(PiiSpan{start, end, m_type, m_name});
            }
        }
    }
    return spans;
}

} // namespace promptdesk

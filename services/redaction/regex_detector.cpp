#include "regex_detector.h"

#include "char_range_scan.h"

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

QList<RegexDetector::Window> RegexDetector::digitWindows(QStringView text, qsizetype reach)
{
    // Every pattern here holds a digit, and no match is longer than `reach` characters, so a
    // match lies within `reach` of one of its digits. Windows start and end next to
    // whitespace, so look-arounds at their edges see what they would see in the full text;
    // a token without whitespace near is taken whole up to kToken characters.
    constexpr qsizetype kToken = 128;
    constexpr qsizetype kSnap = 48;
    QList<Window> windows;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    qsizetype p = 0;
    while ((p = findCharInRange(text.utf16(), p, size, u'0', u'9')) < size) {
        qsizetype start = qMax<qsizetype>(0, p - reach);
        const qsizetype floor = qMax<qsizetype>(0, start - kSnap);
        while (start > floor && !data[start - 1].isSpace()) {
            --start;
        }
        if (start > 0 && !data[start - 1].isSpace()) {
            start = p; // no whitespace near: start at the digit's token
            while (start > 0 && !data[start - 1].isSpace() && p - start < kToken) {
                --start;
            }
        }
        qsizetype end = qMin(size, p + reach);
        const qsizetype ceiling = qMin(size, end + kSnap);
        while (end < ceiling && !data[end].isSpace()) {
            ++end;
        }
        if (!windows.isEmpty() && start <= windows.last().end) {
            windows.last().end = qMax(windows.last().end, end);
        } else {
            windows.append(Window{start, end});
        }
        // Skip ahead: digits inside this window extend it from their own position.
        p = qMax(p + 1, end - reach);
    }
    return windows;
}

QList<PiiSpan> RegexDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    const QList<Window> windows = digitWindows(text, m_longestMatch);
    QList<CompiledPattern::Range> found;
    // Checked once here rather than by PCRE2 for every rule in every window.
    const auto checked = CompiledPattern::checkUtf16(text);
    for (const Rule &rule : m_rules) {
        CompiledPattern::Scratch scratch(rule.pattern);
        for (const Window &window : windows) {
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

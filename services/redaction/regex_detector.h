#pragma once

#include "redaction/compiled_pattern.h"
#include "redaction/detector.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace promptdesk {

// A detector built from bounded regular expressions, each with a check that accepts or rejects
// a match (a checksum, a context cue). The patterns have no nested unbounded repetition, so
// PCRE2 (JIT-compiled) does a bounded amount of work per start position: linear overall.
class RegexDetector : public Detector {
public:
    struct Rule {
        using AcceptFn = std::function<bool(QStringView text, qsizetype start, qsizetype end)>;
        CompiledPattern pattern;
        // Accepts the match (captured group `group`, the span reported). May be empty.
        AcceptFn accept;
        int group = 0;
    };

    // `longestMatch`: no match of any rule is longer (in characters). The rules only run within
    // that distance of a digit, so a detector of short codes scans a small part of the text.
    RegexDetector(QString name, int version, QString type, qsizetype longestMatch = 128);

    QString name() const override { return m_name; }
    int version() const override { return m_version; }
    QString type() const { return m_type; }
    QList<PiiSpan> detect(QStringView text) const override;
    QList<PiiSpan> detectInBlock(BlockScratch &block) const override;
    const std::vector<Rule> &rules() const { return m_rules; }
    qsizetype longestMatch() const { return m_longestMatch; }

protected:
    void addRule(const QString &pattern, Rule::AcceptFn accept = {}, int group = 0,
                 QRegularExpression::PatternOptions options = {});

private:
    QString m_name;
    int m_version;
    QString m_type;
    qsizetype m_longestMatch;
    std::vector<Rule> m_rules;
};

} // namespace promptdesk

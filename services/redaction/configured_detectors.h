#pragma once

#include "redaction/detector.h"

#include <QRegularExpression>

namespace promptdesk {

// Ids whose format an administrator configures (employee, customer): each pattern is
// matched as a whole word. Invalid patterns are skipped and reported by invalidPatterns().
class ConfiguredIdDetector final : public Detector {
public:
    ConfiguredIdDetector(QString name, QString type, const QStringList &patterns);

    QString name() const override { return m_name; }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;
    QStringList invalidPatterns() const { return m_invalid; }

private:
    QString m_name;
    QString m_type;
    QRegularExpression m_pattern;
    QStringList m_invalid;
};

// Terms an administrator lists as sensitive (project names, client names): found
// case-insensitively as whole words and reported as type CUSTOM.
class CustomTermDetector final : public Detector {
public:
    explicit CustomTermDetector(const QStringList &terms);

    QString name() const override { return QStringLiteral("custom-terms"); }
    int version() const override { return 1; }
    QList<PiiSpan> detect(QStringView text) const override;

private:
    QRegularExpression m_pattern; // one alternation of the escaped terms, longest first
};

} // namespace promptdesk

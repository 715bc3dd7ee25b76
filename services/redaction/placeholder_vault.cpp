#include "redaction/placeholder_vault.h"

#include "redaction/detector_names.h"

namespace promptdesk {

QString PlaceholderVault::normalise(const QString &type, const QString &value)
{
    if (type == pii::emailType()) {
        return value.trimmed().toCaseFolded();
    }
    if (type == pii::phoneType() || type == pii::creditCardType()) {
        QString digits;
        digits.reserve(value.size() + 1);
        // "+49 30 1234" and "0049 30 1234" are the same number.
        const QString trimmed = value.trimmed();
        if (type == pii::phoneType() && trimmed.startsWith(QLatin1Char('+'))) {
            digits += QStringLiteral("00");
        }
        for (const QChar c : trimmed) {
            if (c.isDigit()) {
                digits += c;
            }
        }
        return digits;
    }
    return value.simplified();
}

QString PlaceholderVault::placeholderFor(const QString &type, const QString &original)
{
    const QString key = type + QChar(0x1F) + normalise(type, original);
    const auto found = m_placeholderByKey.constFind(key);
    if (found != m_placeholderByKey.constEnd()) {
        return found.value();
    }
    const int number = ++m_counts[type];
    const QString placeholder =
        QLatin1Char('[') + type + QLatin1Char('_') + QString::number(number) + QLatin1Char(']');
    m_placeholderByKey.insert(key, placeholder);
    m_originals.insert(placeholder, original);
    return placeholder;
}

bool PlaceholderVault::hasValue(const QString &type, const QString &original) const
{
    return m_placeholderByKey.contains(type + QChar(0x1F) + normalise(type, original));
}

bool PlaceholderVault::hasValuePart(const QString &word) const
{
    // "Williams" or "Daniel" of "Daniel Williams": every word of `word` is a word of one value.
    const QStringList wanted = word.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        return false;
    }
    for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it) {
        const QStringList words =
            it.value().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool all = true;
        for (const QString &w : wanted) {
            all = all && words.contains(w);
        }
        if (all) {
            return true;
        }
    }
    return false;
}

QString PlaceholderVault::originalFor(const QString &placeholder) const
{
    return m_originals.value(placeholder);
}

} // namespace promptdesk

#include "redaction/email_detector.h"

#include "redaction/detector_names.h"

namespace promptdesk {

namespace {

// RFC 5321 limits: 64 characters of local part, 255 of domain. They also bound the work per
// '@', which keeps detection linear.
constexpr qsizetype kMaxLocal = 64;
constexpr qsizetype kMaxDomain = 255;

bool isLocalChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('%') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('\'');
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.');
}

// Start of the local part ending just before `at`, or -1.
qsizetype localStart(QStringView text, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && at - start < kMaxLocal && isLocalChar(text[start - 1])) {
        --start;
    }
    // Quotes, dots and dashes before the name belong to the sentence: 'jane@x.org'.
    while (start < at && !text[start].isLetterOrNumber() && text[start] != QLatin1Char('_')) {
        ++start;
    }
    if (start == at || text[at - 1] == QLatin1Char('.')) {
        return -1;
    }
    return start;
}

// End of the domain starting just after `at`, or -1. Needs a dot and a TLD of 2+ letters.
qsizetype domainEnd(QStringView text, qsizetype at)
{
    const qsizetype begin = at + 1;
    qsizetype end = begin;
    while (end < text.size() && end - begin < kMaxDomain && isDomainChar(text[end])) {
        if (text[end] == QLatin1Char('.') && (end == begin || text[end - 1] == QLatin1Char('.'))) {
            break; // ".." or a leading dot ends the domain
        }
        ++end;
    }
    // "mail me at jane@example.com." - the full stop ends the sentence, not the address.
    while (end > begin &&
           (text[end - 1] == QLatin1Char('.') || text[end - 1] == QLatin1Char('-'))) {
        --end;
    }
    const QStringView domain = text.sliced(begin, end - begin);
    const qsizetype lastDot = domain.lastIndexOf(QLatin1Char('.'));
    if (lastDot <= 0) {
        return -1;
    }
    const QStringView tld = domain.sliced(lastDot + 1);
    if (tld.size() < 2) {
        return -1;
    }
    for (const QChar c : tld) {
        if (!c.isLetter()) {
            return -1;
        }
    }
    return end;
}

} // namespace

QList<PiiSpan> EmailDetector::detect(QStringView text) const
{
    QList<PiiSpan> spans;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(QLatin1Char('@'), from);
        if (at < 0) {
            break;
        }
        from = at + 1;
        const qsizetype start = localStart(text, at);
        if (start < 0 || (!spans.isEmpty() && start < spans.last().end)) {
            continue;
        }
        const qsizetype end = domainEnd(text, at);
        if (end < 0) {
            continue;
        }
        spans.append(PiiSpan{start, end, pii::emailType(), name()});
        from = end;
    }
    return spans;
}

} // namespace promptdesk

#include "templates/citations.h"

#include <QRegularExpression>

namespace promptdesk {

namespace {

const QRegularExpression &citationPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\[pp?\\. ?(\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?\\]"));
    return pattern;
}

QString normalised(const QString &text)
{
    return text.simplified();
}

} // namespace

QList<int> citedPages(const QString &text)
{
    QList<int> pages;
    for (auto it = citationPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        for (int p = first; p <= last && p - first < 1000; ++p) {
            if (!pages.contains(p)) {
                pages.append(p);
            }
        }
    }
    return pages;
}

QString stripCitations(QString text)
{
    static const QRegularExpression withSpace(
        QStringLiteral(" ?\\[pp?\\. ?\\d+(?:\\s*[-\u2013]\\s*\\d+)?\\]"));
    return text.remove(withSpace);
}

QString attachCitations(const QString &output, const QList<DocumentPage> &pages)
{
    QList<QString> pageTexts;
    pageTexts.reserve(pages.size());
    for (const DocumentPage &page : pages) {
        pageTexts.append(normalised(page.text));
    }
    // A sentence: up to . ! ? (followed by space or end) or a line end.
    static const QRegularExpression sentence(
        QStringLiteral("[^.!?\\n]+(?:[.!?]+(?=\\s|$)|(?=\\n)|$)"));
    QString result;
    qsizetype copied = 0;
    for (auto it = sentence.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        QString text = match.captured(0);
        const qsizetype end = match.capturedEnd(0);
        // Leave alone what is already cited (a citation may follow the sentence).
        const QString after = output.mid(end, 12);
        if (citationPattern().match(text).hasMatch() ||
            after.trimmed().startsWith(QStringLiteral("[p"))) {
            continue;
        }
        QString core = text.trimmed();
        static const QRegularExpression bullet(QStringLiteral("^([-*\u2022]|\\d+[.)])\\s+"));
        core.remove(bullet);
        while (!core.isEmpty() && QStringLiteral(".!?").contains(core.back())) {
            core.chop(1);
        }
        core = normalised(core);
        if (core.size() < 12) {
            continue;
        }
        const QString needle = core.left(80);
        int found = -1;
        for (qsizetype p = 0; p < pageTexts.size(); ++p) {
            if (pageTexts.at(p).contains(needle)) {
                found = pages.at(p).number;
                break;
            }
        }
        if (found < 0) {
            continue;
        }
        // Insert before the closing punctuation of the sentence.
        qsizetype insertAt = match.capturedStart(0) + text.size();
        while (insertAt > match.capturedStart(0) &&
               (QStringLiteral(".!?").contains(output.at(insertAt - 1)) ||
                output.at(insertAt - 1).isSpace())) {
            --insertAt;
        }
        result += output.mid(copied, insertAt - copied);
        result += QStringLiteral(" [p. %1]").arg(found);
        copied = insertAt;
    }
    result += output.mid(copied);
    return result;
}

QString linkCitations(const QString &markdown, const QString &scheme)
{
    QString result;
    result.reserve(markdown.size());
    qsizetype last = 0;
    auto it = citationPattern().globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString label = m.captured(0);
        label.replace(QLatin1Char('['), QStringLiteral("\\["));
        label.replace(QLatin1Char(']'), QStringLiteral("\\]"));
        result += QStringView(markdown).mid(last, m.capturedStart() - last);
        result += QLatin1Char('[') + label + QStringLiteral("](") + scheme + QLatin1Char(':') +
                  m.captured(1) + QLatin1Char(')');
        last = m.capturedEnd();
    }
    result += QStringView(markdown).mid(last);
    return result;
}

} // namespace promptdesk

#include "redaction/text_context.h"

namespace promptdesk::context {

QString lineBefore(QStringView text, qsizetype pos, qsizetype window)
{
    qsizetype begin = pos;
    while (begin > 0 && pos - begin < window && text[begin - 1] != QLatin1Char('\n')) {
        --begin;
    }
    return text.sliced(begin, pos - begin).toString().toCaseFolded();
}

bool cueBefore(QStringView text, qsizetype pos, const QStringList &cues, qsizetype window)
{
    const QString line = lineBefore(text, pos, window);
    for (const QString &cue : cues) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = line.indexOf(cue, from);
            if (at < 0) {
                break;
            }
            const bool leftOk = at == 0 || !line[at - 1].isLetter();
            const qsizetype after = at + cue.size();
            const bool rightOk =
                after >= line.size() || !line[after].isLetter() || cue.endsWith(QLatin1Char('.'));
            if (leftOk && rightOk) {
                return true;
            }
            from = at + 1;
        }
    }
    return false;
}

bool isGlue(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool standsAlone(QStringView text, qsizetype start, qsizetype end)
{
    if (start > 0 && isGlue(text[start - 1])) {
        return false;
    }
    return end >= text.size() || !isGlue(text[end]);
}

} // namespace promptdesk::context

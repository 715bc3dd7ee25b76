#include "mnemonics.h"

namespace promptdesk {

QString withMnemonic(const QString &text, QSet<QChar> &used)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (!c.isLetterOrNumber()) {
            continue;
        }
        const QChar key = c.toLower();
        if (used.contains(key)) {
            continue;
        }
        used.insert(key);
        return escaped.left(i) + QLatin1Char('&') + escaped.mid(i);
    }
    return escaped; // every letter taken: no mnemonic rather than a clash
}

} // namespace promptdesk

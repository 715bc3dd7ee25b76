#include "providers/offline/stop_words.h"

#include "core/logging.h"

#include <QFile>
#include <QSet>

namespace promptdesk {

namespace {

QSet<QString> loadStopWords()
{
    QSet<QString> words;
    QFile file(QStringLiteral(":/lexicon/stop-words.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcProviders) << "stop-word list missing:" << file.fileName();
        return words;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#'))) {
            words.insert(word);
        }
    }
    return words;
}

} // namespace

bool isStopWord(const QString &lowerCaseWord)
{
    static const QSet<QString> words = loadStopWords(); // resources/lexicon/stop-words.txt
    return words.contains(lowerCaseWord);
}

} // namespace promptdesk

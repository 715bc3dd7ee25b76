#pragma once

#include <QString>

namespace promptdesk {

// Small built-in stop-word lists for en/de/fr/es/nl/it, used by the offline summariser to
// leave function words out of sentence vectors. The lists are merged: documents mix languages
// (a German e-mail quoting an English one) and a few shared words ("die", "war") cost less
// than a wrong language guess.
bool isStopWord(const QString &lowerCaseWord);

} // namespace promptdesk

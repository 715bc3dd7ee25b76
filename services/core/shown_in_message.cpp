#include "core/shown_in_message.h"

#include "core/error.h"

namespace promptdesk {

QString shownInMessage(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars) {
        return escapeControlCharacters(text);
    }
    return escapeControlCharacters(text.left(maxChars)) + QChar(0x2026);
}

} // namespace promptdesk

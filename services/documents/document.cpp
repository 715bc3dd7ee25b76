#include "documents/document.h"

namespace promptdesk {

QString Document::text() const
{
    QString joined;
    qsizetype total = 0;
    for (const DocumentPage &page : pages) {
        total += page.text.size() + 1;
    }
    joined.reserve(total);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            joined += QLatin1Char('\f');
        }
        joined += pages[i].text;
    }
    return joined;
}

qsizetype Document::characterCount() const
{
    qsizetype total = 0;
    for (const DocumentPage &page : pages) {
        total += page.text.size();
    }
    return total;
}

} // namespace promptdesk

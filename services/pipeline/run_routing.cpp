#include "run_routing.h"

#include <QFileInfo>

namespace promptdesk {

bool runsAsMapReduce(const Template &tmpl, const JobRequest &request)
{
    if (tmpl.outputFormat == OutputFormat::Json) {
        return true;
    }
    // Pasted text counts two bytes per UTF-16 unit, as a file of the same text would be close to.
    const qint64 size = request.filePath.isEmpty() ? request.pastedText.size() * 2
                                                   : QFileInfo(request.filePath).size();
    return tmpl.chunkable && size > kLongInputBytes;
}

} // namespace promptdesk

#include "redaction/block_scratch.h"

namespace promptdesk {

const QList<DigitWindow> &BlockScratch::digitWindows(qsizetype reach)
{
    auto found = m_windows.find(reach);
    if (found == m_windows.end()) {
        found = m_windows.emplace(reach, promptdesk::digitWindows(m_text, reach)).first;
    }
    return found->second;
}

CompiledPattern::Utf16Checked BlockScratch::utf16Checked()
{
    if (!m_utf16) {
        m_utf16 = CompiledPattern::checkUtf16(m_text);
    }
    return *m_utf16;
}

} // namespace promptdesk

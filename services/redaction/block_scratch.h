#pragma once

#include "redaction/compiled_pattern.h"
#include "redaction/digit_windows.h"

#include <QStringView>

#include <map>
#include <optional>

namespace promptdesk {

// What several detectors need over the same block of text, computed once on first use: the
// digit windows for each reach, and whether the text is valid UTF-16. One per block and
// thread; it views the text, which must outlive it.
class BlockScratch final {
public:
    explicit BlockScratch(QStringView text)
        : m_text(text)
    {
    }
    Q_DISABLE_COPY_MOVE(BlockScratch)

    QStringView text() const { return m_text; }
    const QList<DigitWindow> &digitWindows(qsizetype reach);
    CompiledPattern::Utf16Checked utf16Checked();

private:
    QStringView m_text;
    std::map<qsizetype, QList<DigitWindow>> m_windows; // by reach
    std::optional<CompiledPattern::Utf16Checked> m_utf16;
};

} // namespace promptdesk

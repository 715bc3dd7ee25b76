#pragma once

#include "redaction/block_scratch.h"
#include "redaction/pii_span.h"

#include <QStringView>

namespace promptdesk {

// One kind of personal data found by pattern plus validation. Stateless and thread-safe.
class Detector {
public:
    virtual ~Detector() = default;
    virtual QString name() const = 0;
    virtual int version() const = 0;
    virtual QList<PiiSpan> detect(QStringView text) const = 0;
    // detect(block.text()), for a detector that can use what others computed over the same
    // block (PatternRedactor runs them all over each block).
    virtual QList<PiiSpan> detectInBlock(BlockScratch &block) const { return detect(block.text()); }
};

} // namespace promptdesk

#pragma once

#include "redaction/placeholder_vault.h"

#include <QStringList>

namespace promptdesk {

// Puts originals back into streamed model output. A placeholder can arrive split across
// deltas ("[EMA" + "IL_1]"), so text that might be the start of one is held back until the
// next delta decides it. Unknown placeholders are passed through unchanged and listed.
class StreamingRestorer final {
public:
    explicit StreamingRestorer(PlaceholderVault vault);

    // Returns the text that is safe to show now.
    QString feed(QStringView delta);
    // Flushes whatever was held back at the end of the stream.
    QString finish();

    QStringList unknownPlaceholders() const { return m_unknown; }

private:
    QString restoreComplete(QStringView text);
    // `afterWordCharacter`: the text follows a letter, digit or '_' (so a bare placeholder
    // cannot start at its first character), also when that character went out in an earlier
    // delta.
    QString restoreBare(QStringView text, bool afterWordCharacter);
    bool couldBeBarePlaceholder(QStringView word) const;

    PlaceholderVault m_vault;
    QString m_pending;
    QChar m_lastShown; // the last character feed() or finish() returned
    QStringList m_unknown;
};

} // namespace promptdesk

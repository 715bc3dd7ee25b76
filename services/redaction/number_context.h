#pragma once

#include <QStringView>

namespace promptdesk {

// Context checks shared by the digit-based detectors (phone, card).

// True when the digits at `start` continue an IBAN ("DE88 8878 4010 ...", "NL73 SNSB 0290 ..."):
// a country code with check digits ("DE88") sits a few short space-separated tokens back.
// Without it, the tail of an IBAN reads as a phone or card number.
bool continuesIban(QStringView text, qsizetype start);

} // namespace promptdesk

#pragma once

#include <QStringView>

namespace promptdesk::validators {

// Check-digit and range rules for the identifier formats the detectors look for. Each takes
// the identifier with or without the usual separators (spaces, dashes, dots) and returns
// whether it is well-formed. They never allocate more than the input's size.

// The characters of `value` that are letters or digits, upper-cased: "DE88 8878-40" ->
// "DE88887840".
QString compact(QStringView value);

bool luhn(QStringView digits);                // payment cards
bool ibanMod97(QStringView value);            // ISO 13616: country, check digits, BBAN
bool usSsn(QStringView value);                // area not 000/666/9xx, group not 00, serial not 0000
bool ukNino(QStringView value);               // HMRC prefix and suffix letters
bool spanishDniOrNie(QStringView value);      // 8 digits + letter, or X/Y/Z + 7 digits + letter
bool italianCodiceFiscale(QStringView value); // 16 characters with check character
bool frenchNir(QStringView value);            // 13 digits (2A/2B for Corsica) + 2-digit key
bool dutchBsn(QStringView value);             // 9 digits, 11-test
bool germanTaxId(QStringView value);          // 11 digits, ISO 7064 MOD 11,10

} // namespace promptdesk::validators

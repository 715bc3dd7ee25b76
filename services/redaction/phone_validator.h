#pragma once

#include <QString>

namespace promptdesk {

// Whether a phone-shaped string has the form and length of a real number, per
// libphonenumber's metadata.
// `candidate` is what the text says ("+49 (30) 680796", "0049 151 ...", "(415) 555-0132");
// national forms are tried for the regions Promptdesk serves, each only in the shape that
// region writes (a trunk '0' for UK/DE/FR/NL/IT landlines, ten digits for the US, ...),
// because libphonenumber alone accepts nearly any digit string as a German number.
// Thread-safe: libphonenumber's PhoneNumberUtil singleton is immutable after first use.
bool isPlausiblePhoneNumber(const QString &candidate);

} // namespace promptdesk

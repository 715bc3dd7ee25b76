#pragma once

#include "redaction/regex_detector.h"

namespace promptdesk {

// Identifier detectors: a bounded pattern per format, then the format's own check
// (validators.h) and, where a format has no check or is too common, a label or trigger word
// before it on the same line (text_context.h). One small class per type.

class IbanDetector final : public RegexDetector {
public:
    IbanDetector(); // mod 97, compact or in groups of four
};

class UsSsnDetector final : public RegexDetector {
public:
    UsSsnDetector(); // dashed/spaced with valid ranges; compact only after "SSN"-like cues
};

class UkNinoDetector final : public RegexDetector {
public:
    UkNinoDetector(); // HMRC prefix and suffix rules, compact or spaced
};

// ES DNI/NIE, IT codice fiscale, FR NIR, NL BSN (after a cue), DE Steuer-ID.
class NationalIdDetector final : public RegexDetector {
public:
    NationalIdDetector();
};

class IpAddressDetector final : public RegexDetector {
public:
    IpAddressDetector(); // IPv4 dotted quad; IPv6 full, compressed, link-local with zone
};

class PassportDetector final : public RegexDetector {
public:
    PassportDetector(); // US/UK/DE/FR/ES/NL/IT numbers after a passport cue
};

class UsDriverLicenseDetector final : public RegexDetector {
public:
    UsDriverLicenseDetector(); // state formats after a licence cue
};

class VehiclePlateDetector final : public RegexDetector {
public:
    VehiclePlateDetector(); // US/UK/DE/FR/ES/NL/IT plate shapes
};

// Birth dates: numeric and written dates in the six languages, accepted after a birth cue
// ("DOB", "geboren am", "né(e) le"...) or when the year is a plausible birth year for an adult
// (business text otherwise dates recent events).
class DateOfBirthDetector final : public RegexDetector {
public:
    DateOfBirthDetector();
};

} // namespace promptdesk

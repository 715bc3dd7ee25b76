#pragma once

#include <QStringList>

namespace promptdesk {

// Every type of personal data the redaction engine reports (names as in shared/eval/README.md),
// plus CUSTOM for the policy's own terms: the review step's legend order and the names a policy
// may use in raiseWhenFound and mandatoryTypes.
inline const QStringList &knownPiiTypes()
{
    static const QStringList types = {
        QStringLiteral("PERSON"),        QStringLiteral("EMAIL"),
        QStringLiteral("PHONE"),         QStringLiteral("ADDRESS"),
        QStringLiteral("LOCATION"),      QStringLiteral("DATE_OF_BIRTH"),
        QStringLiteral("US_SSN"),        QStringLiteral("US_DRIVER_LICENSE"),
        QStringLiteral("PASSPORT"),      QStringLiteral("IBAN"),
        QStringLiteral("CREDIT_CARD"),   QStringLiteral("IP_ADDRESS"),
        QStringLiteral("UK_NINO"),       QStringLiteral("NATIONAL_ID"),
        QStringLiteral("VEHICLE_PLATE"), QStringLiteral("EMPLOYEE_ID"),
        QStringLiteral("CUSTOMER_ID"),   QStringLiteral("CUSTOM")};
    return types;
}

} // namespace promptdesk

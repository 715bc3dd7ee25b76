#include "policy/data_class.h"

namespace promptdesk {

QString dataClassName(DataClass dataClass)
{
    switch (dataClass) {
    case DataClass::Public:
        return QStringLiteral("Public");
    case DataClass::Internal:
        return QStringLiteral("Internal");
    case DataClass::Confidential:
        return QStringLiteral("Confidential");
    case DataClass::Restricted:
        return QStringLiteral("Restricted");
    }
    return QStringLiteral("Restricted");
}

std::optional<DataClass> dataClassFromName(const QString &name)
{
    for (DataClass c :
         {DataClass::Public, DataClass::Internal, DataClass::Confidential, DataClass::Restricted}) {
        if (name.compare(dataClassName(c), Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace promptdesk

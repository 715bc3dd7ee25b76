#include "providers/offline/month_names.h"

#include <QSet>
#include <algorithm>

namespace promptdesk {

namespace {

QStringList buildMonthNames()
{
    QStringList names = {
        // English
        QStringLiteral("january"),
        QStringLiteral("february"),
        QStringLiteral("march"),
        QStringLiteral("april"),
        QStringLiteral("may"),
        QStringLiteral("june"),
        QStringLiteral("july"),
        QStringLiteral("august"),
        QStringLiteral("september"),
        QStringLiteral("october"),
        QStringLiteral("november"),
        QStringLiteral("december"),
        QStringLiteral("jan"),
        QStringLiteral("feb"),
        QStringLiteral("mar"),
        QStringLiteral("apr"),
        QStringLiteral("jun"),
        QStringLiteral("jul"),
        QStringLiteral("aug"),
        QStringLiteral("sep"),
        QStringLiteral("sept"),
        QStringLiteral("oct"),
        QStringLiteral("nov"),
        QStringLiteral("dec"),
        // German
        QStringLiteral("januar"),
        QStringLiteral("jänner"),
        QStringLiteral("februar"),
        QStringLiteral("märz"),
        QStringLiteral("maerz"),
        QStringLiteral("mai"),
        QStringLiteral("juni"),
        QStringLiteral("juli"),
        QStringLiteral("oktober"),
        QStringLiteral("dezember"),
        QStringLiteral("okt"),
        QStringLiteral("dez"),
        // French
        QStringLiteral("janvier"),
        QStringLiteral("février"),
        QStringLiteral("fevrier"),
        QStringLiteral("mars"),
        QStringLiteral("avril"),
        QStringLiteral("juin"),
        QStringLiteral("juillet"),
        QStringLiteral("août"),
        QStringLiteral("aout"),
        QStringLiteral("septembre"),
        QStringLiteral("octobre"),
        QStringLiteral("novembre"),
        QStringLiteral("décembre"),
        QStringLiteral("decembre"),
        QStringLiteral("janv"),
        QStringLiteral("févr"),
        QStringLiteral("juil"),
        // Spanish
        QStringLiteral("enero"),
        QStringLiteral("febrero"),
        QStringLiteral("marzo"),
        QStringLiteral("abril"),
        QStringLiteral("mayo"),
        QStringLiteral("junio"),
        QStringLiteral("julio"),
        QStringLiteral("agosto"),
        QStringLiteral("septiembre"),
        QStringLiteral("setiembre"),
        QStringLiteral("octubre"),
        QStringLiteral("noviembre"),
        QStringLiteral("diciembre"),
        QStringLiteral("ene"),
        QStringLiteral("abr"),
        QStringLiteral("ago"),
        QStringLiteral("dic"),
        // Dutch
        QStringLiteral("januari"),
        QStringLiteral("februari"),
        QStringLiteral("maart"),
        QStringLiteral("mei"),
        QStringLiteral("augustus"),
        QStringLiteral("december"),
        QStringLiteral("mrt"),
        // Italian
        QStringLiteral("gennaio"),
        QStringLiteral("febbraio"),
        QStringLiteral("aprile"),
        QStringLiteral("maggio"),
        QStringLiteral("giugno"),
        QStringLiteral("luglio"),
        QStringLiteral("settembre"),
        QStringLiteral("ottobre"),
        QStringLiteral("dicembre"),
        QStringLiteral("gen"),
        QStringLiteral("mag"),
        QStringLiteral("giu"),
        QStringLiteral("lug"),
        QStringLiteral("ott"),
    };
    names.removeDuplicates();
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names;
}

} // namespace

const QStringList &monthNames()
{
    static const QStringList names = buildMonthNames();
    return names;
}

bool isMonthName(QStringView word)
{
    static const QSet<QString> set(monthNames().cbegin(), monthNames().cend());
    if (word.isEmpty() || word.size() > 10) {
        return false;
    }
    return set.contains(word.toString().toLower());
}

} // namespace promptdesk

#pragma once

// Private to the policy parser's files: typed reads of JSON values that throw ParseFailure
// with the field's path, turned into a Result at parsePolicy()'s boundary.

#include "policy/data_class.h"
#include "redaction/pii_types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace promptdesk::policyjson {

// Thrown inside the parser only and turned into a Result at its boundary, so each field
// check stays one line. It never crosses the services API.
struct ParseFailure {
    QString message;
};

inline constexpr int kMaxListItems = 1000;
inline constexpr int kMaxStringChars = 64 * 1024;

class Reader final {
public:
    explicit Reader(QStringList *warnings)
        : m_warnings(warnings)
    {
    }

    [[noreturn]] static void fail(const QString &path, const QString &what)
    {
        throw ParseFailure{QStringLiteral("The policy field \"%1\" %2.").arg(path, what)};
    }

    // Reports every key of `object` that is not in `known` as a warning.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                const QString name = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                m_warnings->append(
                    QStringLiteral("unknown field \"%1\" (ignored)").arg(name.left(200)));
            }
        }
    }

    static QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, QStringLiteral("must be an object"));
        }
        return value.toObject();
    }

    static QJsonArray array(const QJsonValue &value, const QString &path)
    {
        if (!value.isArray()) {
            fail(path, QStringLiteral("must be a list"));
        }
        const QJsonArray array = value.toArray();
        if (array.size() > kMaxListItems) {
            fail(path, QStringLiteral("has too many entries (at most %1)").arg(kMaxListItems));
        }
        return array;
    }

    static QString string(const QJsonValue &value, const QString &path, bool allowEmpty = true)
    {
        if (!value.isString()) {
            fail(path, QStringLiteral("must be text"));
        }
        const QString text = value.toString();
        if (!allowEmpty && text.trimmed().isEmpty()) {
            fail(path, QStringLiteral("must not be empty"));
        }
        if (text.size() > kMaxStringChars) {
            fail(path, QStringLiteral("is too long"));
        }
        return text;
    }

    static QString optString(const QJsonObject &o, const QString &key, const QString &path)
    {
        return o.contains(key) ? string(o.value(key), path + QLatin1Char('.') + key) : QString();
    }

    static bool boolean(const QJsonValue &value, const QString &path)
    {
        if (!value.isBool()) {
            fail(path, QStringLiteral("must be true or false"));
        }
        return value.toBool();
    }

    static double number(const QJsonValue &value, const QString &path, double min, double max)
    {
        if (!value.isDouble()) {
            fail(path, QStringLiteral("must be a number"));
        }
        const double d = value.toDouble();
        if (!(d >= min && d <= max)) { // also rejects NaN
            fail(path, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        }
        return d;
    }

    static int integer(const QJsonValue &value, const QString &path, int min, int max)
    {
        const double d = number(value, path, min, max);
        if (d != static_cast<double>(static_cast<int>(d))) {
            fail(path, QStringLiteral("must be a whole number"));
        }
        return static_cast<int>(d);
    }

    static QStringList strings(const QJsonValue &value, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(value, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            out.append(string(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), false));
        }
        return out;
    }

    static QDateTime dateTime(const QJsonValue &value, const QString &path)
    {
        const QString text = string(value, path, false);
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid()) {
            fail(path, QStringLiteral("must be a date and time such as 2026-12-31T23:59:59Z"));
        }
        if (dt.timeSpec() == Qt::LocalTime) {
            fail(path, QStringLiteral("must say its time zone (end it with Z for UTC)"));
        }
        return dt.toUTC();
    }

    static DataClass dataClass(const QJsonValue &value, const QString &path)
    {
        const std::optional<DataClass> c = dataClassFromName(string(value, path));
        if (!c) {
            fail(path, QStringLiteral("must be one of Public, Internal, Confidential, Restricted"));
        }
        return *c;
    }

    // A type of personal data as the redaction engine reports it (shared/eval/README.md), or
    // CUSTOM (the policy's own terms): a misspelt type would otherwise be silently ignored.
    static QString piiType(const QString &name, const QString &path)
    {
        const QStringList &known = knownPiiTypes();
        const QString type = name.toUpper();
        if (!known.contains(type)) {
            fail(path, QStringLiteral("names \"%1\", which is not a type of personal data (%2)")
                           .arg(name.left(60), type == QStringLiteral("CARD")
                                                   ? QStringLiteral("did you mean CREDIT_CARD?")
                                                   : known.join(QStringLiteral(", "))));
        }
        return type;
    }

    static void checkRegex(const QString &pattern, const QString &path)
    {
        const QRegularExpression re(pattern);
        if (!re.isValid()) {
            fail(path,
                 QStringLiteral("is not a valid regular expression (%1)").arg(re.errorString()));
        }
    }

private:
    QStringList *m_warnings;
};

inline QString at(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

inline QString dot(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

} // namespace promptdesk::policyjson

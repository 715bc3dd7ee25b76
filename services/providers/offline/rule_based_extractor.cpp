#include "providers/offline/rule_based_extractor.h"

#include "providers/offline/month_names.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace promptdesk {

namespace {

// Patterns are compiled once per thread: the engine runs on pool threads and a shared
// QRegularExpression is only documented as reentrant.
struct Patterns {
    QRegularExpression isoDate;
    QRegularExpression numericDate;
    QRegularExpression dayMonthYear;
    QRegularExpression monthDayYear;
    QRegularExpression amountBefore;
    QRegularExpression amountAfter;
    QRegularExpression email;
    QRegularExpression emailPlaceholder;
    QRegularExpression phonePlaceholder;
    QRegularExpression phoneInternational;
    QRegularExpression phoneNational;
    QRegularExpression phoneUs;
    QRegularExpression keyValue;

    Patterns()
    {
        const QString months = monthNames().join(QLatin1Char('|'));
        const QString space = QStringLiteral("[ \\t\\x{00A0}\\x{202F}]");
        isoDate = QRegularExpression(
            QStringLiteral("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|\\.\\d)"));
        numericDate = QRegularExpression(QStringLiteral(
            "(?<![\\d.,/])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,/]\\d)"));
        dayMonthYear = QRegularExpression(
            QStringLiteral("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?") + space +
                QStringLiteral("*(?:de") + space + QStringLiteral("+)?(") + months +
                QStringLiteral(")(?!\\p{L})\\.?(?:") + space + QStringLiteral("+de)?,?") + space +
                QStringLiteral("+(\\d{4})(?!\\d)"),
            QRegularExpression::CaseInsensitiveOption);
        // English order only, and capitalised as English writes months ("you may 5" is no
        // date).
        monthDayYear = QRegularExpression(
            QStringLiteral("(?<!\\p{L})(January|February|March|April|May|June|July|August|"
                           "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                           "Sept|Sep|Oct|Nov|Dec)(?!\\p{L})\\.?") +
            space + QStringLiteral("+(\\d{1,2})(?:st|nd|rd|th)?,?") + space +
            QStringLiteral("+(\\d{4})(?!\\d)"));

        const QString number =
            QStringLiteral("(?:\\d{1,3}(?:[,.\\x{00A0}\\x{202F}'\\x{2019}]\\d{3})+(?:[.,]\\d{1,2})?"
                           "|\\d+(?:[.,]\\d{1,2})?)");
        const QString codes =
            QStringLiteral("(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|CNY|INR)");
        amountBefore =
            QRegularExpression(QStringLiteral("(?<![\\p{L}\\d])(?:US\\$|[€$£¥₹]|") + codes +
                               QStringLiteral("(?!\\p{L}))") + space + QStringLiteral("?-?") +
                               number + QStringLiteral("(?![\\d])"));
        amountAfter = QRegularExpression(
            QStringLiteral("(?<![\\d.,])") + number + space + QStringLiteral("?(?:[€$£¥₹]|") +
            codes + QStringLiteral("(?!\\p{L})|(?i:euros?|dollars?|pounds?|francs?)(?!\\p{L}))"));

        email = QRegularExpression(QStringLiteral(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
        emailPlaceholder = QRegularExpression(QStringLiteral("\\[EMAIL(?:_ADDRESS)?_\\d+\\]"));
        phonePlaceholder =
            QRegularExpression(QStringLiteral("\\[(?:PHONE|PHONE_NUMBER|MOBILE|FAX)_\\d+\\]"));
        phoneInternational = QRegularExpression(
            QStringLiteral("(?<![\\w+])(?:\\+|00)\\d{1,3}(?:[ ./-]?\\(0\\))?(?:[ "
                           "./-]?\\(?\\d{1,5}\\)?){2,6}(?!\\d)"));
        phoneNational = QRegularExpression(QStringLiteral(
            "(?<![\\w.,])\\(?0\\d{1,4}\\)?(?:[ ./-]\\d{2,8}){1,4}(?![\\d]|[.,]\\d)"));
        phoneUs = QRegularExpression(
            QStringLiteral("(?<![\\w])(?:\\(\\d{3}\\)[ ]?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)"));

        // "Key: value" at the start of a line (optionally as a list item).
        keyValue = QRegularExpression(
            QStringLiteral("^[ \\t]*(?:[-*+\\x{2022}][ \\t]+)?"
                           "(\\p{L}[^:\\n|]{0,39}?|\\[[A-Z][A-Z_]*_\\d+\\])[ \\t]*:[ \\t]+"
                           "(?!//)(\\S[^\\n]*?)[ \\t]*$"),
            QRegularExpression::MultilineOption);
    }
};

const Patterns &patterns()
{
    thread_local const Patterns p;
    return p;
}

QString collapseWhitespace(const QString &value)
{
    return value.simplified();
}

struct Claimed {
    QList<std::pair<qsizetype, qsizetype>> ranges;

    bool overlaps(qsizetype start, qsizetype end) const
    {
        return std::any_of(ranges.cbegin(), ranges.cend(),
                           [&](const auto &r) { return start < r.second && r.first < end; });
    }
    void add(qsizetype start, qsizetype end) { ranges.append({start, end}); }
};

bool plausibleDayMonth(int a, int b)
{
    return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

int digitCount(QStringView s)
{
    return int(std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }));
}

void findDates(const QString &text, QList<ExtractedItem> &out, Claimed &claimed)
{
    const Patterns &p = patterns();
    QList<ExtractedItem> found;
    auto take = [&](const QRegularExpressionMatch &m) {
        if (claimed.overlaps(m.capturedStart(0), m.capturedEnd(0))) {
            return;
        }
        claimed.add(m.capturedStart(0), m.capturedEnd(0));
        found.append({ExtractedKind::Date, QStringLiteral("Date"),
                      collapseWhitespace(m.captured(0)), m.capturedStart(0)});
    };
    // Named months first: they are the least ambiguous.
    for (auto it = p.dayMonthYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int day = m.captured(1).toInt();
        if (day >= 1 && day <= 31) {
            take(m);
        }
    }
    for (auto it = p.monthDayYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int day = m.captured(2).toInt();
        if (day >= 1 && day <= 31) {
            take(m);
        }
    }
    for (auto it = p.isoDate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = m.captured(3).toInt();
        const int day = m.captured(4).toInt();
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            take(m);
        }
    }
    for (auto it = p.numericDate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (plausibleDayMonth(m.captured(1).toInt(), m.captured(3).toInt())) {
            take(m);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const ExtractedItem &a, const ExtractedItem &b) { return a.start < b.start; });
    out += found;
}

void findAmounts(const QString &text, QList<ExtractedItem> &out, Claimed &claimed)
{
    const Patterns &p = patterns();
    QList<ExtractedItem> found;
    for (const QRegularExpression *re : {&p.amountBefore, &p.amountAfter}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (claimed.overlaps(m.capturedStart(0), m.capturedEnd(0))) {
                continue;
            }
            claimed.add(m.capturedStart(0), m.capturedEnd(0));
            found.append({ExtractedKind::Amount, QStringLiteral("Amount"),
                          collapseWhitespace(m.captured(0)), m.capturedStart(0)});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const ExtractedItem &a, const ExtractedItem &b) { return a.start < b.start; });
    out += found;
}

void findContacts(const QString &text, QList<ExtractedItem> &out, Claimed &claimed)
{
    const Patterns &p = patterns();
    QList<ExtractedItem> emails;
    for (const QRegularExpression *re : {&p.emailPlaceholder, &p.email}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (claimed.overlaps(m.capturedStart(0), m.capturedEnd(0))) {
                continue;
            }
            claimed.add(m.capturedStart(0), m.capturedEnd(0));
            emails.append({ExtractedKind::Email, QStringLiteral("E-mail"), m.captured(0),
                           m.capturedStart(0)});
        }
    }
    QList<ExtractedItem> phones;
    for (const QRegularExpression *re :
         {&p.phonePlaceholder, &p.phoneInternational, &p.phoneUs, &p.phoneNational}) {
        const bool placeholder = re == &p.phonePlaceholder;
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (claimed.overlaps(m.capturedStart(0), m.capturedEnd(0))) {
                continue;
            }
            const int digits = digitCount(m.capturedView(0));
            if (!placeholder && (digits < 7 || digits > 15)) {
                continue;
            }
            claimed.add(m.capturedStart(0), m.capturedEnd(0));
            phones.append({ExtractedKind::Phone, QStringLiteral("Phone"),
                           collapseWhitespace(m.captured(0)), m.capturedStart(0)});
        }
    }
    auto byStart = [](const ExtractedItem &a, const ExtractedItem &b) {
        return a.start < b.start;
    };
    std::sort(emails.begin(), emails.end(), byStart);
    std::sort(phones.begin(), phones.end(), byStart);
    out += emails;
    out += phones;
}

void findKeyValues(const QString &text, QList<ExtractedItem> &out)
{
    static const QSet<QString> schemes = {QStringLiteral("http"), QStringLiteral("https"),
                                          QStringLiteral("ftp"),  QStringLiteral("mailto"),
                                          QStringLiteral("tel"),  QStringLiteral("file")};
    for (auto it = patterns().keyValue.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString key = collapseWhitespace(m.captured(1));
        if (key.isEmpty() || key.size() > 40 || schemes.contains(key.toLower()) ||
            key.count(QLatin1Char(' ')) >= 6) {
            continue;
        }
        out.append(
            {ExtractedKind::KeyValue, key, collapseWhitespace(m.captured(2)), m.capturedStart(2)});
    }
}

QString escapeCell(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return escaped;
}

} // namespace

ExtractFields extractFieldsFromString(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("dates")) {
        return ExtractFields::Dates;
    }
    if (v == QLatin1String("amounts")) {
        return ExtractFields::Amounts;
    }
    if (v == QLatin1String("contacts")) {
        return ExtractFields::Contacts;
    }
    if (v == QLatin1String("key-values") || v == QLatin1String("key-value") ||
        v == QLatin1String("keyvalues")) {
        return ExtractFields::KeyValues;
    }
    return ExtractFields::All;
}

QList<ExtractedItem> RuleBasedExtractor::extract(const QString &text, ExtractFields fields) const
{
    QList<ExtractedItem> items;
    const bool all = fields == ExtractFields::All;
    if (all || fields == ExtractFields::KeyValues) {
        findKeyValues(text, items);
    }
    // Typed finders claim their matches so that, say, a date is not also read as a phone
    // number. Dates and amounts are always looked for first for that reason, even when only
    // contacts are wanted.
    Claimed claimed;
    QList<ExtractedItem> dates;
    QList<ExtractedItem> amounts;
    findDates(text, dates, claimed);
    findAmounts(text, amounts, claimed);
    if (all || fields == ExtractFields::Dates) {
        items += dates;
    }
    if (all || fields == ExtractFields::Amounts) {
        items += amounts;
    }
    if (all || fields == ExtractFields::Contacts) {
        findContacts(text, items, claimed);
    }

    // Without repeats: the same field with the same value is listed once.
    QSet<QString> seen;
    QList<ExtractedItem> unique;
    unique.reserve(items.size());
    for (const ExtractedItem &item : std::as_const(items)) {
        const QString key = item.field.toLower() + QChar(0x1F) + item.value;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(item);
        }
    }
    return unique;
}

QString RuleBasedExtractor::toMarkdown(const QList<ExtractedItem> &items, ExtractFields fields)
{
    if (items.isEmpty()) {
        switch (fields) {
        case ExtractFields::Dates:
            return QStringLiteral("No dates found.");
        case ExtractFields::Amounts:
            return QStringLiteral("No amounts found.");
        case ExtractFields::Contacts:
            return QStringLiteral("No contact details found.");
        case ExtractFields::KeyValues:
            return QStringLiteral("No labelled fields found.");
        case ExtractFields::All:
            break;
        }
        return QStringLiteral("No dates, amounts, contact details or labelled fields found.");
    }
    QString out = QStringLiteral("| Field | Value |\n| --- | --- |\n");
    for (const ExtractedItem &item : items) {
        out += QStringLiteral("| ") + escapeCell(item.field) + QStringLiteral(" | ") +
               escapeCell(item.value) + QStringLiteral(" |\n");
    }
    out.chop(1);
    return out;
}

} // namespace promptdesk

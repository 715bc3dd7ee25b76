#pragma once

#include <QList>
#include <QString>

namespace promptdesk {

enum class ExtractFields { All, Dates, Amounts, Contacts, KeyValues };

// "all" | "dates" | "amounts" | "contacts" | "key-values" (the extract template's `fields`
// option); anything else is All.
ExtractFields extractFieldsFromString(const QString &value);

enum class ExtractedKind { KeyValue, Date, Amount, Email, Phone };

struct ExtractedItem {
    ExtractedKind kind = ExtractedKind::KeyValue;
    QString field;       // "Date", "Amount", "E-mail", "Phone", or the document's own key
    QString value;       // as written in the document (whitespace collapsed)
    qsizetype start = 0; // UTF-16 offset of the value in the input
};

// Pattern-based field extraction for the offline engine:
// - dates: 2024-11-05, 05/11/2024, 11.05.2024, 5 November 2024, Nov 5, 2024, and day-month-year
//   forms with German, French, Spanish, Dutch and Italian month names ("5. März 2024",
//   "1er janvier 2024", "5 de noviembre de 2024");
// - amounts with a currency symbol or code before or after: €12.50, 12,50 EUR, $1,200.00,
//   USD 40, £3;
// - contacts: e-mail addresses and phone numbers, and their redaction placeholders
//   ([EMAIL_1], [PHONE_2]): real values are normally redacted before the engine sees them;
// - key-values: "Key: value" lines whose key (at most 40 characters) starts the line.
// Items come grouped by kind (labelled fields first), each group in document order, without
// repeats. Stateless and thread-safe.
class RuleBasedExtractor final {
public:
    QList<ExtractedItem> extract(const QString &text, ExtractFields fields) const;

    // A Markdown table "| Field | Value |" with one row per item ('|' escaped), or a line
    // "No … found." when there is none.
    static QString toMarkdown(const QList<ExtractedItem> &items, ExtractFields fields);

    QString extractAsMarkdown(const QString &text, ExtractFields fields) const
    {
        return toMarkdown(extract(text, fields), fields);
    }
};

} // namespace promptdesk

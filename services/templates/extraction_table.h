#pragma once

#include <optional>

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace promptdesk {

// The result of an extraction as data: named columns (in the schema's order) and rows of
// text cells. The GUI edits it; the exporters below write it.
enum class TableFileFormat { Csv, Xlsx, Json, Markdown };

struct ExtractionTable {
    QStringList columns; // property keys, e.g. "owner"
    QStringList headers; // shown names: the schema's "title", else the key
    QList<QStringList> rows;

    bool isEmpty() const { return rows.isEmpty(); }

    // The columns a schema defines for its rows: the row object is the schema itself, its
    // "items" (a top-level array) or properties.rows.items. `required` order first, then the
    // other properties by name.
    static ExtractionTable emptyFor(const QJsonObject &schema);
    // Rows from a JSON answer shaped by `schema` (one object -> one row).
    static ExtractionTable fromJson(const QJsonValue &value, const QJsonObject &schema);
    // Rows from a Markdown table ("| a | b |" lines), e.g. the offline engine's answer.
    static ExtractionTable fromMarkdown(const QString &markdown);

    // Array of objects keyed by column (the data, without the schema's wrapping).
    QByteArray toJson() const;
    // RFC 4180, UTF-8 with BOM (so spreadsheet programs detect the encoding). Cells starting
    // with = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.
    QByteArray toCsv() const;
    // A GitHub-style Markdown table, '|' escaped.
    QString toMarkdown() const;

    // Atomic writes (temporary file, then rename). XLSX: one sheet, bold header row, every
    // cell an inline string (never a formula).
    Result<void> writeCsv(const QString &path) const;
    Result<void> writeJson(const QString &path) const;
    Result<void> writeXlsx(const QString &path) const;
    Result<void> writeMarkdown(const QString &path) const;
    Result<void> write(const QString &path, TableFileFormat format) const;
};

// The export format a file name's suffix names (.csv .xlsx .json .md, any case), if any.
std::optional<TableFileFormat> tableFileFormatFor(const QString &path);

// Finds the JSON in a model's answer: the whole text, or inside a ```json fence, or from the
// first '{' / '[' to the last '}' / ']'. Corrupt when there is none.
Result<QJsonValue> parseModelJson(const QString &answer);

} // namespace promptdesk

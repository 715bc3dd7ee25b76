#include "templates/extraction_table.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>

namespace promptdesk {

namespace {

// Not a QObject: the macro gives this file's messages a context that lupdate and the runtime
// agree on (a free tr() left lupdate guessing one, so the translations never loaded).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExtractionTable)
};

QJsonObject rowSchemaOf(const QJsonObject &schema)
{
    if (schema.value(QStringLiteral("type")).toString() == QStringLiteral("array")) {
        return schema.value(QStringLiteral("items")).toObject();
    }
    const QJsonObject rows = schema.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("rows"))
                                 .toObject();
    if (rows.value(QStringLiteral("type")).toString() == QStringLiteral("array")) {
        return rows.value(QStringLiteral("items")).toObject();
    }
    return schema;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            parts.append(cellText(v));
        }
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QStringList splitMarkdownRow(const QString &line)
{
    QString body = line.trimmed();
    if (body.startsWith(QLatin1Char('|'))) {
        body.remove(0, 1);
    }
    if (body.endsWith(QLatin1Char('|')) && !body.endsWith(QStringLiteral("\\|"))) {
        body.chop(1);
    }
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == QLatin1Char('\\') && i + 1 < body.size() &&
            body.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (body.at(i) == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += body.at(i);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorKind::Internal,
                         Text::tr("The file could not be written: %1.").arg(file.errorString()));
    }
    return {};
}

} // namespace

ExtractionTable ExtractionTable::emptyFor(const QJsonObject &schema)
{
    ExtractionTable table;
    const QJsonObject rowSchema = rowSchemaOf(schema);
    const QJsonObject properties = rowSchema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &r : rowSchema.value(QStringLiteral("required")).toArray()) {
        if (properties.contains(r.toString()) && !table.columns.contains(r.toString())) {
            table.columns.append(r.toString());
        }
    }
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (!table.columns.contains(it.key())) {
            table.columns.append(it.key());
        }
    }
    for (const QString &column : std::as_const(table.columns)) {
        const QString title =
            properties.value(column).toObject().value(QStringLiteral("title")).toString();
        table.headers.append(title.isEmpty() ? column : title);
    }
    return table;
}

ExtractionTable ExtractionTable::fromJson(const QJsonValue &value, const QJsonObject &schema)
{
    ExtractionTable table = emptyFor(schema);
    QJsonArray rows;
    if (value.isArray()) {
        rows = value.toArray();
    } else if (value.toObject().value(QStringLiteral("rows")).isArray() &&
               !table.columns.contains(QStringLiteral("rows"))) {
        rows = value.toObject().value(QStringLiteral("rows")).toArray();
    } else if (value.isObject()) {
        rows.append(value);
    }
    for (const QJsonValue &rowValue : std::as_const(rows)) {
        const QJsonObject row = rowValue.toObject();
        QStringList cells;
        for (const QString &column : std::as_const(table.columns)) {
            cells.append(cellText(row.value(column)));
        }
        table.rows.append(cells);
    }
    return table;
}

ExtractionTable ExtractionTable::fromMarkdown(const QString &markdown)
{
    static const QRegularExpression separator(QStringLiteral("^\\s*\\|?\\s*:?-{3,}"));
    ExtractionTable table;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1Char('|'))) {
            continue;
        }
        if (separator.match(line).hasMatch()) {
            continue;
        }
        QStringList cells = splitMarkdownRow(line);
        if (table.columns.isEmpty()) {
            table.columns = cells;
            table.headers = cells;
            continue;
        }
        while (cells.size() < table.columns.size()) {
            cells.append(QString());
        }
        table.rows.append(cells.mid(0, table.columns.size()));
    }
    return table;
}

QByteArray ExtractionTable::toJson() const
{
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            object.insert(columns.at(c), c < row.size() ? row.at(c) : QString());
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ExtractionTable::toCsv() const
{
    auto quote = [](QString cell) -> QString {
        if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())) {
            cell.prepend(QLatin1Char('\''));
        }
        if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) ||
            cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
            cell.contains(QLatin1Char('\''))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + cell + QLatin1Char('"');
        }
        return cell;
    };
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            quoted.append(quote(c < cells.size() ? cells.at(c) : QString()));
        }
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList &row : rows) {
        line(row);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString ExtractionTable::toMarkdown() const
{
    auto escape = [](QString cell) {
        cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return cell;
    };
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList escaped;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            escaped.append(escape(c < cells.size() ? cells.at(c) : QString()));
        }
        out += QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    line(headers);
    QStringList rule;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        rule.append(QStringLiteral("---"));
    }
    out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList &row : rows) {
        line(row);
    }
    return out;
}

Result<void> ExtractionTable::writeCsv(const QString &path) const
{
    return writeAtomically(path, toCsv());
}

Result<void> ExtractionTable::writeMarkdown(const QString &path) const
{
    return writeAtomically(path, toMarkdown().toUtf8());
}

Result<void> ExtractionTable::write(const QString &path, TableFileFormat format) const
{
    switch (format) {
    case TableFileFormat::Csv:
        return writeCsv(path);
    case TableFileFormat::Xlsx:
        return writeXlsx(path);
    case TableFileFormat::Json:
        return writeJson(path);
    case TableFileFormat::Markdown:
        return writeMarkdown(path);
    }
    return writeCsv(path);
}

std::optional<TableFileFormat> tableFileFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv")) {
        return TableFileFormat::Csv;
    }
    if (suffix == QStringLiteral("xlsx")) {
        return TableFileFormat::Xlsx;
    }
    if (suffix == QStringLiteral("json")) {
        return TableFileFormat::Json;
    }
    if (suffix == QStringLiteral("md")) {
        return TableFileFormat::Markdown;
    }
    return std::nullopt;
}

Result<void> ExtractionTable::writeJson(const QString &path) const
{
    return writeAtomically(path, toJson());
}

// XLSX is written here with QuaZip (already linked for reading office files), not with
// libxlsxwriter: libxlsxwriter packs through the system libminizip, and QuaZip exports its own
// minizip functions under the same names (zipOpen3, …). In one process the dynamic linker
// binds libxlsxwriter's calls to QuaZip's copies, which expect a QIODevice, and the export
// crashes. The workbook needs five small XML parts: one sheet of inline strings and a bold
// header style.
Result<void> ExtractionTable::writeXlsx(const QString &path) const
{
    auto cellName = [](qsizetype column, qsizetype row) -> QString {
        char letters[8] = {};
        int n = 0;
        for (qsizetype c = column + 1; c > 0 && n < 7; c = (c - 1) / 26) {
            letters[n++] = static_cast<char>('A' + (c - 1) % 26);
        }
        std::reverse(letters, letters + n);
        return QString::fromLatin1(letters, n) + QString::number(row + 1);
    };
    auto escape = [](const QString &text) {
        QString out = text.toHtmlEscaped();
        // XML 1.0 forbids most control characters; drop them.
        out.removeIf(
            [](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
        return out;
    };
    QString sheet = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    auto addRow = [&](qsizetype row, const QStringList &cells, bool header) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(row + 1);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            sheet +=
                QStringLiteral(
                    "<c r=\"%1\" t=\"inlineStr\"%2><is><t xml:space=\"preserve\">%3</t></is></c>")
                    .arg(cellName(c, row), header ? QStringLiteral(" s=\"1\"") : QString(),
                         escape(cells.value(c)));
        }
        sheet += QStringLiteral("</row>");
    };
    addRow(0, headers, true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        addRow(r + 1, rows.at(r), false);
    }
    sheet += QStringLiteral("</sheetData></worksheet>");

    const QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
         "</Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Extraction\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
         "Target=\"styles.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/styles.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
         "<borders count=\"1\"><border/></borders>"
         "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
         "<cellXfs count=\"2\"><xf fontId=\"0\"/><xf fontId=\"1\" applyFont=\"1\"/></cellXfs>"
         "</styleSheet>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()},
    };

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            return makeError(ErrorKind::Internal,
                             Text::tr("The spreadsheet could not be created."));
        }
        for (const auto &[name, data] : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                file.write(data) != data.size()) {
                return makeError(ErrorKind::Internal,
                                 Text::tr("The spreadsheet could not be created."));
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            return makeError(ErrorKind::Internal,
                             Text::tr("The spreadsheet could not be created."));
        }
    }
    return writeAtomically(path, bytes);
}

Result<QJsonValue> parseModelJson(const QString &answer)
{
    auto tryParse = [](const QString &text) -> std::optional<QJsonValue> {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            return std::nullopt;
        }
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    };
    if (auto whole = tryParse(answer)) {
        return *whole;
    }
    static const QRegularExpression fence(QStringLiteral("```(?:json)?\\s*\\n([\\s\\S]*?)```"));
    if (const auto match = fence.match(answer); match.hasMatch()) {
        if (auto fenced = tryParse(match.captured(1))) {
            return *fenced;
        }
    }
    const qsizetype objectStart = answer.indexOf(QLatin1Char('{'));
    const qsizetype arrayStart = answer.indexOf(QLatin1Char('['));
    qsizetype start = objectStart < 0
                          ? arrayStart
                          : (arrayStart < 0 ? objectStart : qMin(objectStart, arrayStart));
    if (start >= 0) {
        const QChar close =
            answer.at(start) == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
        const qsizetype end = answer.lastIndexOf(close);
        if (end > start) {
            if (auto inner = tryParse(answer.mid(start, end - start + 1))) {
                return *inner;
            }
        }
    }
    return makeError(ErrorKind::Corrupt, Text::tr("The answer is not valid JSON."));
}

} // namespace promptdesk

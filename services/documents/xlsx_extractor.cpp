#include "documents/flow_text_builder.h"
#include "documents/office_extractors.h"
#include "documents/package_relationships.h"
#include "documents/xml_part_reader.h"

namespace promptdesk {

namespace {

constexpr int kMaxColumns = 16384; // Excel's own limit (XFD)

// "B7" -> 1 (zero-based column); -1 when the reference is missing or odd.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3) {
                return -1;
            }
        } else {
            break;
        }
    }
    return letters == 0 || column > kMaxColumns ? -1 : column - 1;
}

Result<QStringList> readSharedStrings(ZipPackage &package, const QString &name,
                                      ExtractionContext &context)
{
    QStringList strings;
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!package.contains(part)) {
        return strings;
    }
    const Result<QByteArray> xml = package.read(part);
    if (!xml) {
        return xml.error();
    }
    XmlPartReader reader(xml.value(), name, context);
    QString current;
    bool inText = false;
    qsizetype total = 0;
    while (reader.next()) {
        if (reader.isStart()) {
            if (reader.name() == u"si") {
                current.clear();
            } else if (reader.name() == u"t") {
                inText = true;
            } else if (reader.name() == u"rPh" || reader.name() == u"phoneticPr") {
                reader.skipElement(); // phonetic guides repeat the text in kana
            }
        } else if (reader.isEnd()) {
            if (reader.name() == u"t") {
                inText = false;
            } else if (reader.name() == u"si") {
                total += current.size();
                if (auto error = textLimitError(total, name, context)) {
                    return *error;
                }
                strings.append(current);
            }
        } else if (reader.isText() && inText) {
            current.append(reader.text());
        }
    }
    if (reader.error()) {
        return *reader.error();
    }
    return strings;
}

struct Sheet {
    QString name;
    QString part;
};

Result<QList<Sheet>> readSheets(ZipPackage &package, const QString &name,
                                ExtractionContext &context)
{
    const Result<QByteArray> workbook = package.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook) {
        return workbook.error();
    }
    const auto targets =
        readPackageRelationships(package, QStringLiteral("xl/workbook.xml"), name, context);
    if (!targets) {
        return targets.error();
    }
    QList<Sheet> sheets;
    XmlPartReader reader(workbook.value(), name, context);
    while (reader.next()) {
        if (reader.isStart() && reader.name() == u"sheet") {
            const QString id = reader.attribute(QLatin1StringView("r:id"));
            QString part = targets->value(id).target;
            if (part.isEmpty()) {
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
            }
            sheets.append(Sheet{reader.attribute(QLatin1StringView("name")), part});
        }
    }
    if (reader.error()) {
        return *reader.error();
    }
    return sheets;
}

std::optional<Error> readSheet(const QByteArray &xml, const QString &name,
                               const QStringList &shared, FlowTextBuilder &out,
                               ExtractionContext &context)
{
    XmlPartReader reader(xml, name, context);
    QString type;
    QString value;
    bool inValue = false;
    int nextColumn = 0;
    QStringList row;
    const auto flushRow = [&] {
        while (!row.isEmpty() && row.last().isEmpty()) {
            row.removeLast();
        }
        if (!row.isEmpty()) {
            out.text(row.join(QLatin1Char('\t')));
            out.endParagraph();
        }
        row.clear();
        nextColumn = 0;
    };
    while (reader.next()) {
        if (reader.isStart()) {
            const QStringView element = reader.name();
            if (element == u"row") {
                row.clear();
                nextColumn = 0;
            } else if (element == u"c") {
                type = reader.attribute(QLatin1StringView("t"));
                const int column = columnOf(reader.attribute(QLatin1StringView("r")));
                if (column >= nextColumn) {
                    nextColumn = column;
                }
                value.clear();
            } else if (element == u"v" || element == u"t") {
                inValue = true;
            } else if (element == u"f" || element == u"rPh" || element == u"extLst") {
                reader.skipElement(); // formulas: the cached value <v> is what users saw
            }
        } else if (reader.isEnd()) {
            const QStringView element = reader.name();
            if (element == u"v" || element == u"t") {
                inValue = false;
            } else if (element == u"c") {
                QString cell = value;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.trimmed().toInt(&ok);
                    cell = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
                } else if (type == u"b") {
                    cell =
                        value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                }
                cell = cell.simplified();
                if (!cell.isEmpty() && nextColumn < kMaxColumns) {
                    while (row.size() < nextColumn) {
                        row.append(QString());
                    }
                    row.append(cell);
                }
                ++nextColumn;
            } else if (element == u"row") {
                flushRow();
                if (auto error = textLimitError(out.size(), name, context)) {
                    return error;
                }
            }
        } else if (reader.isText() && inValue) {
            value.append(reader.text());
        }
    }
    return reader.error();
}

} // namespace

Result<Document> XlsxExtractor::extract(ZipPackage &package, const QString &name,
                                        ExtractionContext &context)
{
    const Result<QStringList> shared = readSharedStrings(package, name, context);
    if (!shared) {
        return shared.error();
    }
    const Result<QList<Sheet>> sheets = readSheets(package, name, context);
    if (!sheets) {
        return sheets.error();
    }
    if (sheets->size() > context.limits.maxPages) {
        return tooLargeError(QStringLiteral("%1 has %2 sheets; the limit is %3.")
                                 .arg(quotedName(name))
                                 .arg(sheets->size())
                                 .arg(context.limits.maxPages));
    }
    Document document;
    int number = 0;
    for (const Sheet &sheet : sheets.value()) {
        context.reportProgress(number, int(sheets->size()));
        if (!package.contains(sheet.part)) {
            continue;
        }
        const Result<QByteArray> xml = package.read(sheet.part);
        if (!xml) {
            return xml.error();
        }
        FlowTextBuilder builder;
        if (auto error = readSheet(xml.value(), name, shared.value(), builder, context)) {
            return *error;
        }
        document.pages.append(DocumentPage{++number, builder.pages().join(QLatin1Char('\n')),
                                           QStringLiteral("Sheet: ") + sheet.name});
    }
    document.metadata.insert(QStringLiteral("sheets"), int(document.pages.size()));
    return document;
}

} // namespace promptdesk

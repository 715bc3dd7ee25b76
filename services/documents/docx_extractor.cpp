#include "documents/flow_text_builder.h"
#include "documents/office_extractors.h"
#include "documents/package_relationships.h"
#include "documents/xml_part_reader.h"

#include <QRegularExpression>

namespace promptdesk {

namespace {

// Elements whose whole subtree never holds document text, or holds text the reader should
// not see: properties, deleted and moved-away runs, field codes, and the fallback copy of
// content that mc:AlternateContent already gave in its mc:Choice.
bool skipsSubtree(QStringView name)
{
    static const QStringList skipped{
        QStringLiteral("pPr"),       QStringLiteral("rPr"),
        QStringLiteral("sectPr"),    QStringLiteral("tblPr"),
        QStringLiteral("tblGrid"),   QStringLiteral("trPr"),
        QStringLiteral("tcPr"),      QStringLiteral("del"),
        QStringLiteral("moveFrom"),  QStringLiteral("delText"),
        QStringLiteral("instrText"), QStringLiteral("delInstrText"),
        QStringLiteral("Fallback"),  QStringLiteral("commentRangeStart"),
    };
    for (const QString &s : skipped) {
        if (name == s) {
            return true;
        }
    }
    return false;
}

// Walks one WordprocessingML part into `out`. Page breaks are honoured only for the body.
std::optional<Error> readWordPart(const QByteArray &xml, const QString &name, bool body,
                                  FlowTextBuilder &out, ExtractionContext &context)
{
    XmlPartReader reader(xml, name, context);
    bool inText = false;
    while (reader.next()) {
        if (reader.isStart()) {
            const QStringView element = reader.name();
            if (skipsSubtree(element)) {
                reader.skipElement();
            } else if (element == u"t") {
                inText = true;
            } else if (element == u"tab" || element == u"ptab") {
                out.tab();
            } else if (element == u"br") {
                if (body && reader.attribute(QLatin1StringView("w:type")) == u"page") {
                    out.pageBreak();
                } else {
                    out.lineBreak();
                }
            } else if (element == u"cr") {
                out.lineBreak();
            } else if (element == u"lastRenderedPageBreak") {
                if (body) {
                    out.pageBreak();
                }
            } else if (element == u"noBreakHyphen") {
                out.text(u"-");
            } else if (element == u"tr") {
                out.startRow();
            }
        } else if (reader.isEnd()) {
            const QStringView element = reader.name();
            if (element == u"t") {
                inText = false;
            } else if (element == u"p") {
                out.endParagraph();
                if (auto error = textLimitError(out.size(), name, context)) {
                    return error;
                }
            } else if (element == u"tc") {
                out.endCell();
            } else if (element == u"tr") {
                out.endRow();
            }
        } else if (reader.isText() && inText) {
            out.text(reader.text());
        }
    }
    return reader.error();
}

// Parts that sort as header1, header2, ..., header10 rather than header1, header10, header2.
QStringList partsNamed(const ZipPackage &package, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    QList<QPair<int, QString>> found;
    for (const QString &entry : package.entryNames()) {
        const QRegularExpressionMatch m = re.match(entry);
        if (m.hasMatch()) {
            found.append({m.captured(1).toInt(), entry});
        }
    }
    std::sort(found.begin(), found.end());
    QStringList names;
    for (const auto &f : found) {
        names.append(f.second);
    }
    return names;
}

} // namespace

Result<Document> DocxExtractor::extract(ZipPackage &package, const QString &name,
                                        ExtractionContext &context)
{
    QString mainPart = QStringLiteral("word/document.xml");
    if (package.contains(QStringLiteral("_rels/.rels"))) {
        const Result<QByteArray> rels = package.read(QStringLiteral("_rels/.rels"));
        if (!rels) {
            return rels.error();
        }
        // Damaged package relationships are not fatal: the body is where Word puts it.
        const auto relationships =
            parsePackageRelationships(rels.value(), QString(), name, context);
        const QString target =
            relationships ? relationshipTargetOfType(relationships.value(), u"/officeDocument")
                          : QString();
        if (!target.isEmpty() && package.contains(target)) {
            mainPart = target;
        }
    }
    if (!package.contains(mainPart)) {
        return corruptError(name, QStringLiteral("is damaged: it has no document body."));
    }
    const Result<QByteArray> bodyXml = package.read(mainPart);
    if (!bodyXml) {
        return bodyXml.error();
    }
    FlowTextBuilder body;
    if (auto error = readWordPart(bodyXml.value(), name, true, body, context)) {
        return *error;
    }

    Document document;
    int number = 0;
    for (const QString &page : body.pages()) {
        document.pages.append(DocumentPage{++number, page, {}});
    }
    if (document.pages.isEmpty()) {
        document.pages.append(DocumentPage{++number, QString(), {}});
    }

    const QString folder = mainPart.section(QLatin1Char('/'), 0, -2);
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    struct Section {
        QString label;
        QStringList parts;
    };
    const QList<Section> sections{
        {QStringLiteral("Headers and footers"),
         partsNamed(package,
                    QRegularExpression::escape(prefix) + QStringLiteral("header(\\d*)\\.xml")) +
             partsNamed(package,
                        QRegularExpression::escape(prefix) + QStringLiteral("footer(\\d*)\\.xml"))},
        {QStringLiteral("Footnotes"), {prefix + QStringLiteral("footnotes.xml")}},
        {QStringLiteral("Endnotes"), {prefix + QStringLiteral("endnotes.xml")}},
        {QStringLiteral("Comments"), {prefix + QStringLiteral("comments.xml")}},
    };
    for (const Section &section : sections) {
        QStringList texts;
        for (const QString &part : section.parts) {
            if (!package.contains(part)) {
                continue;
            }
            const Result<QByteArray> xml = package.read(part);
            if (!xml) {
                return xml.error();
            }
            FlowTextBuilder builder;
            if (auto error = readWordPart(xml.value(), name, false, builder, context)) {
                return *error;
            }
            const QString text = builder.pages().join(QLatin1Char('\n')).trimmed();
            // First, odd and even headers often repeat each other.
            if (!text.isEmpty() && !texts.contains(text)) {
                texts.append(text);
            }
        }
        if (!texts.isEmpty()) {
            document.pages.append(
                DocumentPage{++number, texts.join(QLatin1Char('\n')), section.label});
        }
    }
    document.metadata.insert(QStringLiteral("pageBreaks"), body.pages().size());
    return document;
}

} // namespace promptdesk

#include "documents/flow_text_builder.h"
#include "documents/office_extractors.h"
#include "documents/xml_part_reader.h"

namespace promptdesk {

namespace {

int repeatCount(XmlPartReader &reader, QLatin1StringView attribute)
{
    bool ok = false;
    const int n = reader.attribute(attribute).toInt(&ok);
    return ok && n > 0 ? n : 1;
}

// Walks content.xml or styles.xml. In text documents notes and comments go to their own
// builders so the body reads without them; in styles.xml only headers and footers count.
class OdfWalker final {
public:
    OdfWalker(ExtractionContext &context, const QString &name)
        : m_context(context)
        , m_name(name)
    {
    }

    FlowTextBuilder body;
    FlowTextBuilder notes;
    FlowTextBuilder comments;
    QStringList sheetNames;
    bool spreadsheet = false;
    bool presentation = false;
    QStringList slideNotes; // one per slide (so also the slide count), empty when it has none

    std::optional<Error> walk(const QByteArray &xml, bool stylesOnly)
    {
        XmlPartReader reader(xml, m_name, m_context);
        FlowTextBuilder *out = &body;
        QList<FlowTextBuilder *> stack;
        int inHeaderFooter = 0;
        while (reader.next()) {
            if (reader.isStart()) {
                const QStringView e = reader.name();
                if (e == u"tracked-changes" || e == u"note-citation" || e == u"desc" ||
                    e == u"title" || e == u"forms" || e == u"sequence-decls" ||
                    e == u"user-field-decls" || e == u"variable-decls" ||
                    e == u"automatic-styles" || e == u"font-face-decls") {
                    reader.skipElement();
                } else if (stylesOnly && (e == u"styles")) {
                    reader.skipElement();
                } else if (e == u"header" || e == u"footer" || e == u"header-left" ||
                           e == u"footer-left" || e == u"header-first" || e == u"footer-first") {
                    ++inHeaderFooter;
                } else if (e == u"note-body") {
                    stack.append(out);
                    out = &notes;
                } else if (e == u"annotation") {
                    stack.append(out);
                    out = &comments;
                } else if (e == u"s") {
                    out->spaces(repeatCount(reader, QLatin1StringView("text:c")));
                } else if (e == u"tab") {
                    out->tab();
                } else if (e == u"line-break") {
                    out->lineBreak();
                } else if (e == u"soft-page-break") {
                    if (out == &body && !stylesOnly) {
                        out->pageBreak();
                    }
                } else if (e == u"spreadsheet") {
                    spreadsheet = true;
                } else if (e == u"presentation") {
                    presentation = true;
                } else if (e == u"page" && presentation && !stylesOnly) {
                    if (!slideNotes.isEmpty()) {
                        body.pageBreak();
                    }
                    slideNotes.append(QString());
                    if (slideNotes.size() > m_context.limits.maxPages) {
                        return tooLargeError(QStringLiteral("%1 has more slides than the limit "
                                                            "of %2.")
                                                 .arg(quotedName(m_name))
                                                 .arg(m_context.limits.maxPages));
                    }
                } else if (e == u"notes" && presentation && !slideNotes.isEmpty()) {
                    stack.append(out);
                    out = &m_slideNotes;
                } else if (e == u"table" && spreadsheet) {
                    if (!sheetNames.isEmpty()) {
                        out->pageBreak();
                    }
                    sheetNames.append(reader.attribute(QLatin1StringView("table:name")));
                    if (sheetNames.size() > m_context.limits.maxPages) {
                        return tooLargeError(QStringLiteral("%1 has more sheets than the limit "
                                                            "of %2.")
                                                 .arg(quotedName(m_name))
                                                 .arg(m_context.limits.maxPages));
                    }
                } else if (e == u"table-row") {
                    m_rowRepeat.append(
                        repeatCount(reader, QLatin1StringView("table:number-rows-repeated")));
                    out->startRow();
                } else if (e == u"table-cell" || e == u"covered-table-cell") {
                    m_cellRepeat.append(
                        repeatCount(reader, QLatin1StringView("table:number-columns-repeated")));
                    m_cellHasText.append(false);
                    m_cellValue.append(reader.attribute(QLatin1StringView("office:value")));
                } else if (e == u"p" || e == u"h") {
                    ++m_inParagraph;
                    if (!m_cellHasText.isEmpty()) {
                        m_cellHasText.last() = true;
                    }
                }
            } else if (reader.isEnd()) {
                const QStringView e = reader.name();
                if (e == u"p" || e == u"h") {
                    m_inParagraph = qMax(0, m_inParagraph - 1);
                    out->endParagraph();
                    if (auto error = textLimitError(out->size(), m_name, m_context)) {
                        return error;
                    }
                } else if (e == u"note-body" || e == u"annotation") {
                    out->endParagraph();
                    out = stack.isEmpty() ? &body : stack.takeLast();
                } else if (e == u"notes" && out == &m_slideNotes) {
                    slideNotes.last() =
                        tidyText(m_slideNotes.pages().join(QLatin1Char('\n'))).trimmed();
                    m_slideNotes = FlowTextBuilder();
                    out = stack.isEmpty() ? &body : stack.takeLast();
                } else if (e == u"frame" && presentation) {
                    out->ensureBlankLine(); // each frame on a slide is its own block
                } else if (e == u"header" || e == u"footer" || e == u"header-left" ||
                           e == u"footer-left" || e == u"header-first" || e == u"footer-first") {
                    --inHeaderFooter;
                } else if (e == u"table-cell" || e == u"covered-table-cell") {
                    if (!m_cellHasText.isEmpty()) {
                        if (!m_cellHasText.last() && !m_cellValue.last().isEmpty()) {
                            out->text(m_cellValue.last());
                        }
                        out->endCell(m_cellRepeat.last());
                        m_cellRepeat.removeLast();
                        m_cellHasText.removeLast();
                        m_cellValue.removeLast();
                    }
                } else if (e == u"table-row") {
                    out->endRow(m_rowRepeat.isEmpty() ? 1 : m_rowRepeat.takeLast());
                }
            } else if (reader.isText() && m_inParagraph > 0 &&
                       (!stylesOnly || inHeaderFooter > 0)) {
                out->text(reader.text());
            }
        }
        return reader.error();
    }

private:
    ExtractionContext &m_context;
    QString m_name;
    int m_inParagraph = 0; // text only counts inside text:p and text:h
    FlowTextBuilder m_slideNotes;
    QList<int> m_rowRepeat;
    QList<int> m_cellRepeat;
    QList<bool> m_cellHasText;
    QStringList m_cellValue;
};

} // namespace

QString officePackageFormat(const ZipPackage &package, const QString &name)
{
    Q_UNUSED(name);
    if (package.contains(QStringLiteral("word/document.xml"))) {
        return QStringLiteral("docx");
    }
    if (package.contains(QStringLiteral("xl/workbook.xml"))) {
        return QStringLiteral("xlsx");
    }
    if (package.contains(QStringLiteral("ppt/presentation.xml"))) {
        return QStringLiteral("pptx");
    }
    if (package.contains(QStringLiteral("content.xml")) &&
        package.contains(QStringLiteral("META-INF/manifest.xml"))) {
        return QStringLiteral("odf");
    }
    if (package.contains(QStringLiteral("[Content_Types].xml")) &&
        package.contains(QStringLiteral("_rels/.rels"))) {
        return QStringLiteral("ooxml"); // Word/Excel/PowerPoint with unusual part names, or Visio
    }
    return {};
}

Result<Document> OdfExtractor::extract(ZipPackage &package, const QString &name,
                                       ExtractionContext &context)
{
    const Result<QByteArray> manifest = package.read(QStringLiteral("META-INF/manifest.xml"));
    if (!manifest) {
        return manifest.error();
    }
    // An encrypted package says so per part in its manifest; content.xml is then ciphertext.
    if (manifest->contains("encryption-data")) {
        return encryptedError(name);
    }
    const Result<QByteArray> content = package.read(QStringLiteral("content.xml"));
    if (!content) {
        return content.error();
    }
    OdfWalker walker(context, name);
    if (auto error = walker.walk(content.value(), false)) {
        return *error;
    }
    Document document;
    int number = 0;
    const QStringList pages = walker.body.pages();
    if (walker.spreadsheet) {
        for (qsizetype i = 0; i < walker.sheetNames.size(); ++i) {
            document.pages.append(DocumentPage{++number, i < pages.size() ? pages[i] : QString(),
                                               QStringLiteral("Sheet: ") + walker.sheetNames[i]});
        }
        document.metadata.insert(QStringLiteral("sheets"), int(walker.sheetNames.size()));
        return document;
    }
    if (walker.presentation) {
        int withNotes = 0;
        for (qsizetype i = 0; i < walker.slideNotes.size(); ++i) {
            const QString text = i < pages.size() ? tidyText(pages[i]).trimmed() : QString();
            withNotes += walker.slideNotes[i].isEmpty() ? 0 : 1;
            document.pages.append(
                DocumentPage{++number, slideTextWithNotes(text, walker.slideNotes[i]), {}});
        }
        if (document.pages.isEmpty()) {
            document.pages.append(DocumentPage{++number, QString(), {}});
        }
        document.metadata.insert(QStringLiteral("slides"), int(walker.slideNotes.size()));
        document.metadata.insert(QStringLiteral("slidesWithNotes"), withNotes);
        return document;
    }
    for (const QString &page : pages) {
        document.pages.append(DocumentPage{++number, page, {}});
    }
    if (document.pages.isEmpty()) {
        document.pages.append(DocumentPage{++number, QString(), {}});
    }
    if (package.contains(QStringLiteral("styles.xml"))) {
        const Result<QByteArray> styles = package.read(QStringLiteral("styles.xml"));
        if (!styles) {
            return styles.error();
        }
        OdfWalker headers(context, name);
        if (auto error = headers.walk(styles.value(), true)) {
            return *error;
        }
        const QString text = headers.body.pages().join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty()) {
            document.pages.append(
                DocumentPage{++number, text, QStringLiteral("Headers and footers")});
        }
    }
    const QString notes = walker.notes.pages().join(QLatin1Char('\n')).trimmed();
    if (!notes.isEmpty()) {
        document.pages.append(DocumentPage{++number, notes, QStringLiteral("Notes")});
    }
    const QString comments = walker.comments.pages().join(QLatin1Char('\n')).trimmed();
    if (!comments.isEmpty()) {
        document.pages.append(DocumentPage{++number, comments, QStringLiteral("Comments")});
    }
    return document;
}

} // namespace promptdesk

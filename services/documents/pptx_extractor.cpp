#include "documents/flow_text_builder.h"
#include "documents/office_extractors.h"
#include "documents/package_relationships.h"
#include "documents/xml_part_reader.h"

namespace promptdesk {

namespace {

// Elements of PresentationML / DrawingML whose subtree holds no text the reader should see:
// the fallback copy of content that mc:AlternateContent already gave in its mc:Choice, shape
// and text properties, and the slide-number field (the page number says it already).
bool skipsSubtree(XmlPartReader &reader)
{
    const QStringView e = reader.name();
    if (e == u"Fallback" || e == u"spPr" || e == u"bodyPr" || e == u"lstStyle" || e == u"rPr" ||
        e == u"pPr" || e == u"endParaRPr" || e == u"tblPr" || e == u"tblGrid" || e == u"extLst" ||
        e == u"tcPr") {
        return true;
    }
    return e == u"fld" && reader.attribute(QLatin1StringView("type")) == u"slidenum";
}

// The text of one slide or notes part: shapes in document order (their stacking order, which
// is PowerPoint's default reading order), each paragraph a line, tables as tab-separated rows.
std::optional<Error> readSlidePart(const QByteArray &xml, const QString &name, FlowTextBuilder &out,
                                   ExtractionContext &context, bool *hidden = nullptr)
{
    XmlPartReader reader(xml, name, context);
    bool inText = false;
    bool root = true;
    while (reader.next()) {
        if (reader.isStart()) {
            if (root) {
                root = false;
                if (hidden) {
                    *hidden = reader.attribute(QLatin1StringView("show")) == u"0";
                }
            }
            const QStringView e = reader.name();
            if (skipsSubtree(reader)) {
                reader.skipElement();
            } else if (e == u"t") {
                inText = true;
            } else if (e == u"br") {
                out.lineBreak();
            } else if (e == u"tr") {
                out.startRow();
            }
        } else if (reader.isEnd()) {
            const QStringView e = reader.name();
            if (e == u"t") {
                inText = false;
            } else if (e == u"p") {
                out.endParagraph();
                if (auto error = textLimitError(out.size(), name, context)) {
                    return error;
                }
            } else if (e == u"tc") {
                out.endCell();
            } else if (e == u"tr") {
                out.endRow();
            } else if (e == u"sp" || e == u"graphicFrame") {
                out.ensureBlankLine(); // shapes are separate blocks of text
            }
        } else if (reader.isText() && inText) {
            out.text(reader.text());
        }
    }
    return reader.error();
}

// The slide parts in the presentation's order.
Result<QStringList> readSlideOrder(ZipPackage &package, const QString &presentationPart,
                                   const QString &name, ExtractionContext &context)
{
    const Result<QByteArray> xml = package.read(presentationPart);
    if (!xml) {
        return xml.error();
    }
    const auto relationships = readPackageRelationships(package, presentationPart, name, context);
    if (!relationships) {
        return relationships.error();
    }
    QStringList slides;
    XmlPartReader reader(xml.value(), name, context);
    while (reader.next()) {
        if (reader.isStart() && reader.name() == u"sldId") {
            const QString target =
                relationships->value(reader.attribute(QLatin1StringView("r:id"))).target;
            if (!target.isEmpty() && package.contains(target)) {
                slides.append(target);
            }
            if (slides.size() > context.limits.maxPages) {
                return tooLargeError(QStringLiteral("%1 has more slides than the limit of %2.")
                                         .arg(quotedName(name))
                                         .arg(context.limits.maxPages));
            }
        } else if (reader.isStart() && reader.name() == u"notesMasterIdLst") {
            reader.skipElement();
        }
    }
    if (reader.error()) {
        return *reader.error();
    }
    return slides;
}

} // namespace

QString slideTextWithNotes(const QString &slide, const QString &notes)
{
    if (notes.isEmpty()) {
        return slide;
    }
    return (slide.isEmpty() ? QString() : slide + QStringLiteral("\n\n")) +
           QStringLiteral("Speaker notes:\n") + notes;
}

Result<Document> PptxExtractor::extract(ZipPackage &package, const QString &name,
                                        ExtractionContext &context)
{
    const auto packageRelationships = readPackageRelationships(package, QString(), name, context);
    if (!packageRelationships) {
        return packageRelationships.error();
    }
    QString presentationPart =
        relationshipTargetOfType(packageRelationships.value(), u"/officeDocument");
    if (presentationPart.isEmpty() || !package.contains(presentationPart)) {
        presentationPart = QStringLiteral("ppt/presentation.xml");
    }
    if (!package.contains(presentationPart)) {
        return corruptError(name, QStringLiteral("is damaged: it has no list of slides."));
    }
    const Result<QStringList> slides = readSlideOrder(package, presentationPart, name, context);
    if (!slides) {
        return slides.error();
    }

    Document document;
    int hiddenSlides = 0;
    int withNotes = 0;
    for (const QString &slidePart : slides.value()) {
        const Result<QByteArray> xml = package.read(slidePart);
        if (!xml) {
            return xml.error();
        }
        FlowTextBuilder body;
        bool hidden = false;
        if (auto error = readSlidePart(xml.value(), name, body, context, &hidden)) {
            return *error;
        }
        const QString text = tidyText(body.pages().join(QLatin1Char('\n'))).trimmed();

        const auto relationships = readPackageRelationships(package, slidePart, name, context);
        if (!relationships) {
            return relationships.error();
        }
        QString notesText;
        const QString notesPart = relationshipTargetOfType(relationships.value(), u"/notesSlide");
        if (!notesPart.isEmpty() && package.contains(notesPart)) {
            const Result<QByteArray> notesXml = package.read(notesPart);
            if (!notesXml) {
                return notesXml.error();
            }
            FlowTextBuilder notes;
            if (auto error = readSlidePart(notesXml.value(), name, notes, context)) {
                return *error;
            }
            notesText = tidyText(notes.pages().join(QLatin1Char('\n'))).trimmed();
        }
        withNotes += notesText.isEmpty() ? 0 : 1;
        hiddenSlides += hidden ? 1 : 0;
        document.pages.append(DocumentPage{int(document.pages.size()) + 1,
                                           slideTextWithNotes(text, notesText),
                                           hidden ? QStringLiteral("Hidden slide") : QString()});
    }
    if (document.pages.isEmpty()) {
        document.pages.append(DocumentPage{1, QString(), {}});
    }
    document.metadata.insert(QStringLiteral("slides"), int(slides->size()));
    document.metadata.insert(QStringLiteral("slidesWithNotes"), withNotes);
    if (hiddenSlides > 0) {
        document.metadata.insert(QStringLiteral("hiddenSlides"), hiddenSlides);
    }
    return document;
}

} // namespace promptdesk

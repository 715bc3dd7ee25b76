#include "documents/image_extractor.h"

#include "documents/ocr_engine.h"

namespace promptdesk {

Result<Document> ImageExtractor::extract(const QByteArray &bytes, const QString &name,
                                         const QString &description, ExtractionContext &context)
{
    if (!context.ocrEnabled()) {
        return Error{ErrorKind::NoText,
                     QStringLiteral("%1 is %2, which holds no text layer. Turn on OCR to read the "
                                    "text in it.")
                         .arg(quotedName(name), description)};
    }
    const Result<QStringList> pages = OcrEngine::recogniseEncoded(bytes, name, context);
    if (!pages) {
        return pages.error();
    }
    Document document;
    int number = 0;
    for (const QString &text : pages.value()) {
        document.pages.append(DocumentPage{++number, text.trimmed(), {}});
    }
    document.metadata.insert(QStringLiteral("ocrPages"), number);
    document.metadata.insert(QStringLiteral("ocrLanguages"),
                             context.options.ocrLanguages.join(QLatin1Char('+')));
    return document;
}

} // namespace promptdesk

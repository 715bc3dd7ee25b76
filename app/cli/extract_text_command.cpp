#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "documents/local_document_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk::cli {

namespace {

QString documentJson(const Document &document)
{
    QJsonArray pages;
    for (const DocumentPage &page : document.pages) {
        QJsonObject object{{QStringLiteral("number"), page.number},
                           {QStringLiteral("text"), page.text}};
        if (!page.label.isEmpty()) {
            object.insert(QStringLiteral("label"), page.label);
        }
        pages.append(object);
    }
    const QJsonObject object{
        {QStringLiteral("source"), document.sourceName},
        {QStringLiteral("format"), document.format},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("metadata"), QJsonObject::fromVariantMap(document.metadata)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(document.warnings)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

int extractTextCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print pages, metadata and warnings as JSON.")});
    parser.addOption({QStringLiteral("ocr"),
                      QStringLiteral("Run OCR on scans with these languages (eng+deu)."),
                      QStringLiteral("LANGS")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("extract-text"), args, &message)) {
        return usageError(message);
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("extract-text needs exactly one FILE"));
    }
    ReadOptions options;
    if (parser.isSet(QStringLiteral("ocr"))) {
        options.ocrLanguages =
            parser.value(QStringLiteral("ocr")).split(QLatin1Char('+'), Qt::SkipEmptyParts);
        if (options.ocrLanguages.isEmpty()) {
            return usageError(QStringLiteral("--ocr needs languages, e.g. --ocr eng+deu"));
        }
    }
    const LocalDocumentReader reader{DocumentLimits{}};
    const Result<Document> document =
        reader.readFileWith(parser.positionalArguments().constFirst(), options);
    if (!document) {
        return fail(document.error());
    }
    for (const QString &warning : document->warnings) {
        writeErr(QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(documentJson(document.value()));
    } else {
        QString text = document->text();
        if (!text.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char('\n');
        }
        writeOut(text);
    }
    return ExitOk;
}

} // namespace promptdesk::cli

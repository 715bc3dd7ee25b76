#include "cli_args.h"
#include "cli_commands.h"
#include "cli_io.h"
#include "documents/local_document_reader.h"
#include "redaction/pattern_redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk::cli {

namespace {

constexpr qint64 kMaxStdinBytes = 512LL * 1024 * 1024;

// QString indices are UTF-16 code units; the contract speaks code points. codePointIndex[i]
// is the code point offset of UTF-16 index i.
QList<qsizetype> codePointIndex(const QString &text)
{
    QList<qsizetype> index(text.size() + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        index[i] = codePoints;
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++codePoints;
        }
    }
    index[text.size()] = codePoints;
    return index;
}

int redactJsonLines(const Redactor &redactor, const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines[n].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        const QJsonValue textValue = doc.object().value(QStringLiteral("text"));
        if (!doc.isObject() || !textValue.isString()) {
            return fail(
                makeError(ErrorKind::Corrupt,
                          QStringLiteral("line %1 is not a JSON object with a \"text\" string%2")
                              .arg(n + 1)
                              .arg(parseError.error == QJsonParseError::NoError
                                       ? QString()
                                       : QStringLiteral(" (") + parseError.errorString() +
                                             QLatin1Char(')'))));
        }
        const QString text = textValue.toString();
        const QList<qsizetype> toCodePoints = codePointIndex(text);
        QJsonArray spans;
        for (const PiiSpan &span : redactor.detect(text)) {
            spans.append(QJsonObject{{QStringLiteral("start"), toCodePoints[span.start]},
                                     {QStringLiteral("end"), toCodePoints[span.end]},
                                     {QStringLiteral("type"), span.type}});
        }
        const QJsonObject out{{QStringLiteral("id"), doc.object().value(QStringLiteral("id"))},
                              {QStringLiteral("spans"), spans}};
        writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) +
                 QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace

int redactCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("jsonl"),
         QStringLiteral("Read {\"id\",\"text\"} lines, write {\"id\",\"spans\"} lines.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Input file, or - for stdin."));
    QString message;
    if (!parseCommandArgs(parser, QStringLiteral("redact"), args, &message)) {
        return usageError(message);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return usageError(QStringLiteral("redact takes at most one FILE"));
    }
    const QString source = positional.isEmpty() ? QStringLiteral("-") : positional.first();
    const std::unique_ptr<PatternRedactor> redactor = PatternRedactor::withDefaultDetectors();
    const LocalDocumentReader reader{DocumentLimits{}};

    if (parser.isSet(QStringLiteral("jsonl"))) {
        QByteArray input;
        if (source == QStringLiteral("-")) {
            Result<QByteArray> read = readStandardInput(kMaxStdinBytes);
            if (!read) {
                return fail(read.error());
            }
            input = std::move(read).value();
        } else {
            Result<Document> document = reader.readFile(source);
            if (!document) {
                return fail(document.error());
            }
            input = document->text().toUtf8();
        }
        return redactJsonLines(*redactor, input);
    }

    Result<Document> document = makeError(ErrorKind::Internal, QString());
    if (source == QStringLiteral("-")) {
        Result<QString> read = readStandardInputText(kMaxStdinBytes);
        if (!read) {
            return fail(read.error());
        }
        document = reader.fromPastedText(read.value());
    } else {
        document = reader.readFile(source);
    }
    if (!document) {
        return fail(document.error());
    }
    QString redacted = redactor->redact(document->text()).text;
    if (!redacted.endsWith(QLatin1Char('\n'))) {
        redacted += QLatin1Char('\n');
    }
    writeOut(redacted);
    return ExitOk;
}

} // namespace promptdesk::cli

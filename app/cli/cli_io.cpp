#include "cli_io.h"

#include "documents/format_sniffer.h"
#include "documents/text_decoder.h"

#include <cstdio>
#include <cstdlib>

namespace promptdesk::cli {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

void writeOut(const QString &text)
{
    writeTo(stdout, text);
}

void writeErr(const QString &text)
{
    writeTo(stderr, text);
}

int fail(const Error &error)
{
    writeErr(formatCliError(error) + QLatin1Char('\n'));
    return error.kind == ErrorKind::Usage ? ExitUsage : ExitFailure;
}

int usageError(const QString &message)
{
    return fail(makeError(ErrorKind::Usage, message));
}

Result<QByteArray> readStandardInput(qint64 maxBytes)
{
    QByteArray data;
    char buffer[65536];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        data.append(buffer, static_cast<qsizetype>(got));
        if (data.size() > maxBytes) {
            return makeError(ErrorKind::TooLarge,
                             QStringLiteral("Standard input is larger than the limit of %1 MB.")
                                 .arg(maxBytes / (1024 * 1024)));
        }
    }
    return data;
}

Result<QString> readStandardInputText(qint64 maxBytes)
{
    Result<QByteArray> bytes = readStandardInput(maxBytes);
    if (!bytes) {
        return bytes.error();
    }
    const QByteArrayView head =
        QByteArrayView(bytes.value()).first(qMin(bytes->size(), FormatSniffer::SampleSize));
    const SniffResult sniffed = FormatSniffer::sniff(head, QString());
    if (!sniffed.isText()) {
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("Standard input is %1, not text. Give a document by its "
                                        "path instead of piping it.")
                             .arg(sniffed.name));
    }
    return TextDecoder::decode(bytes.value()).text;
}

namespace {

bool loggingAskedFor()
{
    return qEnvironmentVariableIsSet("QT_LOGGING_RULES") ||
           qEnvironmentVariableIsSet("QT_LOGGING_CONF");
}

void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = loggingAskedFor();
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const QString line = escapeControlCharacters(message);
    if (verbose) {
        writeErr(QStringLiteral("log: ") + category + QStringLiteral(": ") + line +
                 QLatin1Char('\n'));
    } else if (type == QtCriticalMsg || type == QtFatalMsg) {
        writeErr(QStringLiteral("error: internal: ") + line + QLatin1Char('\n'));
    } else if (type == QtWarningMsg && category.startsWith(QLatin1String("promptdesk."))) {
        writeErr(QStringLiteral("warning: ") + line + QLatin1Char('\n'));
    }
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

void installCliMessageHandler()
{
    qInstallMessageHandler(cliMessageHandler);
}

} // namespace promptdesk::cli

#include "documents/pdf_reader_process.h"

#include "core/logging.h"
#include "documents/pdf_reader_protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace promptdesk {

namespace {

const QString kHelperName = QStringLiteral("promptdesk-pdf-reader");

// How long to wait between looks at cancellation and the deadline.
constexpr int kPollMs = 50;

Error readerFailed(const QString &name)
{
    return corruptError(name, QStringLiteral("is damaged and cannot be read as a PDF (reading "
                                             "it stopped the PDF reader)."));
}

} // namespace

QString PdfReaderProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("PROMPTDESK_PDF_READER");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString here = QCoreApplication::applicationDirPath();
    if (here.isEmpty()) {
        return {};
    }
    const QStringList folders{here, QDir::cleanPath(here + QStringLiteral("/../bin")),
                              QDir::cleanPath(here + QStringLiteral("/../libexec/promptdesk"))};
    return QStandardPaths::findExecutable(kHelperName, folders);
}

Result<Document> PdfReaderProcess::read(const QString &executable, const QByteArray &bytes,
                                        const QString &name, ExtractionContext &context)
{
    QProcess child;
    child.setProgram(executable);
    // The child's log lines (never content) go where the app's go.
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_UNIX
    // No core file: it would hold the document.
    child.setChildProcessModifier([] {
        const rlimit none{0, 0};
        setrlimit(RLIMIT_CORE, &none);
    });
#endif
    child.start(QIODevice::ReadWrite);
    if (!child.waitForStarted()) {
        qCWarning(lcDocuments) << "pdf reader did not start:" << child.errorString();
        return Error{ErrorKind::Internal,
                     QStringLiteral("The PDF reader of Promptdesk could not be started; "
                                    "reinstalling Promptdesk should fix this.")};
    }
    child.write(encodePdfReadRequest(PdfReadRequest{bytes, name, context.options.password,
                                                    context.options.ocrLanguages,
                                                    context.limits}));
    child.closeWriteChannel();

    const auto stop = [&child] {
        child.kill();
        child.waitForFinished();
    };
    // Text is UTF-16 in the frame: twice the character limit, and room for metadata.
    PdfReaderFrameReader frames(qint64(context.limits.maxTextChars) * 2 + 16 * 1024 * 1024);
    while (true) {
        if (auto interrupted = context.interrupted()) {
            stop();
            return *interrupted;
        }
        const bool running = child.state() != QProcess::NotRunning;
        if (running) {
            child.waitForReadyRead(kPollMs);
        }
        frames.append(child.readAllStandardOutput());
        while (auto frame = frames.next()) {
            switch (frame->kind) {
            case PdfReaderFrame::Kind::Progress:
                context.reportProgress(frame->done, frame->total);
                break;
            case PdfReaderFrame::Kind::Result:
                stop();
                context.warnings.append(frame->warnings);
                return frame->document;
            case PdfReaderFrame::Kind::Failure:
                stop();
                return frame->error;
            }
        }
        if (frames.failed()) {
            qCWarning(lcDocuments) << "pdf reader answered something that is not a frame";
            stop();
            return readerFailed(name);
        }
        if (!running) {
            qCWarning(lcDocuments) << "pdf reader ended without an answer, exit status"
                                   << int(child.exitStatus()) << "code" << child.exitCode();
            return readerFailed(name);
        }
    }
}

} // namespace promptdesk

#include "documents/pdf_reader_process.h"

#include "core/logging.h"
#include "documents/pdf_reader_protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <memory>

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

namespace {

// One child per thread that reads PDFs, kept between files: starting one costs about 75 ms
// (PDFium, Tesseract and Qt load), more than reading a typical PDF takes. It is replaced after
// a kill, a failure, or kFilesPerChild files, since PDFium leaks a little on damaged files.
constexpr int kFilesPerChild = 100;

class ReaderChild final {
public:
    ~ReaderChild() { close(); }

    // A running child of `executable`, started if need be; nullptr when it cannot start.
    QProcess *get(const QString &executable)
    {
        if (m_process && (m_executable != executable || m_process->state() != QProcess::Running ||
                          m_files >= kFilesPerChild)) {
            close();
        }
        if (!m_process) {
            m_process = std::make_unique<QProcess>();
            m_process->setProgram(executable);
            // The child's log lines (never content) go where the app's go.
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_UNIX
            // No core file: it would hold the document.
            m_process->setChildProcessModifier([] {
                const rlimit none{0, 0};
                setrlimit(RLIMIT_CORE, &none);
            });
#endif
            m_process->start(QIODevice::ReadWrite);
            m_executable = executable;
            m_files = 0;
            if (!m_process->waitForStarted()) {
                qCWarning(lcDocuments) << "pdf reader did not start:" << m_process->errorString();
                m_process.reset();
                return nullptr;
            }
        }
        return m_process.get();
    }
    int filesRead() const
    {
        return m_files;
    }
    void countFile()
    {
        ++m_files;
    }

    void kill()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished();
            m_process.reset();
        }
    }

    // Its stdin closed, the child ends by itself; one that does not is killed.
    void close()
    {
        if (m_process) {
            m_process->closeWriteChannel();
            if (!m_process->waitForFinished(1000)) {
                m_process->kill();
                m_process->waitForFinished();
            }
            m_process.reset();
        }
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_executable;
    int m_files = 0;
};

thread_local ReaderChild t_child;

} // namespace

Result<Document> PdfReaderProcess::read(const QString &executable, const QByteArray &bytes,
                                        const QString &name, ExtractionContext &context)
{
    const QByteArray request = framed(encodePdfReadRequest(PdfReadRequest{
        bytes, name, context.options.password, context.options.ocrLanguages, context.limits}));
    // A child kept from an earlier file may have ended meanwhile; one fresh try then (a fresh
    // child has read no file before, so it is not tried again).
    while (true) {
        QProcess *child = t_child.get(executable);
        if (!child) {
            return Error{ErrorKind::Internal,
                         QStringLiteral("The PDF reader of Promptdesk could not be started; "
                                        "reinstalling Promptdesk should fix this.")};
        }
        const bool reused = t_child.filesRead() > 0;
        t_child.countFile();
        child->write(request);
        // waitForReadyRead() does not write what is pending; a child that stops reading holds
        // the rest, so this too looks at the deadline between waits.
        while (child->bytesToWrite() > 0 && child->state() == QProcess::Running) {
            if (auto interrupted = context.interrupted()) {
                t_child.kill();
                return *interrupted;
            }
            child->waitForBytesWritten(kPollMs);
        }

        // Text is UTF-16 in the frame: twice the character limit, and room for metadata.
        PdfReaderFrameReader frames(qint64(context.limits.maxTextChars) * 2 + 16 * 1024 * 1024);
        bool heardAnything = false;
        while (true) {
            if (auto interrupted = context.interrupted()) {
                t_child.kill();
                return *interrupted;
            }
            const bool running = child->state() != QProcess::NotRunning;
            if (running) {
                child->waitForReadyRead(kPollMs);
            }
            const QByteArray output = child->readAllStandardOutput();
            heardAnything = heardAnything || !output.isEmpty();
            frames.append(output);
            while (auto frame = frames.next()) {
                switch (frame->kind) {
                case PdfReaderFrame::Kind::Progress:
                    context.reportProgress(frame->done, frame->total);
                    break;
                case PdfReaderFrame::Kind::Result:
                    context.warnings.append(frame->warnings);
                    return frame->document;
                case PdfReaderFrame::Kind::Failure:
                    return frame->error;
                }
            }
            if (frames.failed()) {
                qCWarning(lcDocuments) << "pdf reader answered something that is not a frame";
                t_child.kill();
                return readerFailed(name);
            }
            if (!running) {
                break;
            }
        }
        qCWarning(lcDocuments) << "pdf reader ended without an answer, exit status"
                               << int(child->exitStatus()) << "code" << child->exitCode();
        t_child.kill();
        if (!reused || heardAnything) {
            return readerFailed(name);
        }
    }
}

} // namespace promptdesk

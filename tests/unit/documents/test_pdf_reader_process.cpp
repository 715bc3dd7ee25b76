// PDFs are read by the promptdesk-pdf-reader child process, so a file that makes PDFium spin
// or crash is stopped and reported while the app carries on. The real helper (from the build's
// bin folder) reads a generated PDF; stand-in helpers, small shell scripts written here, hang,
// crash and answer nonsense. The frame reader gets truncated, oversized and hostile frames.
#include "documents/local_document_reader.h"
#include "documents/pdf_reader_process.h"
#include "documents/pdf_reader_protocol.h"
#include "pdf_fixtures.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace promptdesk;

namespace {

using fixtures::pdfOf;

QByteArray depotRota()
{
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (Depot rota for Tuesday) Tj ET";
    return pdfOf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                  "/Resources << /Font << /F1 5 0 R >> >> >>",
                  "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                      "\nendstream",
                  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

// Points the reader at `path` for the lifetime of the object.
class HelperOverride {
public:
    explicit HelperOverride(const QString &path)
    {
        qputenv("PROMPTDESK_PDF_READER", QFile::encodeName(path));
    }
    ~HelperOverride() { qunsetenv("PROMPTDESK_PDF_READER"); }
};

} // namespace

class TestPdfReaderProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thePdfIsReadByTheChildProcess();
    void oneChildReadsFileAfterFile();
    void aChildThatEndedBetweenFilesIsReplaced();
    void aHelperThatHangsIsKilledAtTheTimeLimit();
    void aHelperThatStopsReadingIsKilledAtTheTimeLimit();
    void cancellingStopsTheHelper();
    void aHelperThatCrashesIsThatFilesError();
    void aHelperThatAnswersNonsenseIsThatFilesError();
    void aHelperThatCannotStartIsAPlainError();
    void framesSurviveTheRoundTrip();
    void truncatedOversizedAndHostileFramesAreRefused();
    void aRequestThatIsNotOneIsRefused();

private:
    QString script(const QString &name, const QByteArray &body);

    QTemporaryDir m_dir;
    QString m_realHelper;
};

void TestPdfReaderProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifndef Q_OS_UNIX
    QSKIP("the stand-in helpers are shell scripts");
#endif
    m_realHelper = PdfReaderProcess::executable();
    if (m_realHelper.isEmpty()) {
        m_realHelper =
            qEnvironmentVariable("PROMPTDESK_BIN_DIR") + QStringLiteral("/promptdesk-pdf-reader");
    }
    QVERIFY2(QFile::exists(m_realHelper), qPrintable(m_realHelper));
}

QString TestPdfReaderProcess::script(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestPdfReaderProcess::thePdfIsReadByTheChildProcess()
{
    // A wrapper that leaves a mark and runs the real helper: the text came through the child.
    const QString mark = m_dir.filePath(QStringLiteral("helper-ran"));
    const HelperOverride helper(
        script(QStringLiteral("wrapper.sh"), "touch '" + QFile::encodeName(mark) + "'\nexec '" +
                                                 QFile::encodeName(m_realHelper) + "' \"$@\""));
    QList<std::pair<int, int>> progress;
    ReadOptions options;
    options.progress = [&](int done, int total) {
        progress.append({done, total});
    };
    const Result<Document> read =
        LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), options);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY(QFile::exists(mark));
    QCOMPARE(read->format, QStringLiteral("pdf"));
    QCOMPARE(read->pages.size(), 1);
    QVERIFY2(read->text().contains(QStringLiteral("Depot rota for Tuesday")),
             qPrintable(read->text()));
    QCOMPARE(read->metadata.value(QStringLiteral("pages")).toInt(), 1);
    // The child's progress reaches the caller: page 0 of 1, then 1 of 1.
    QVERIFY(progress.contains(std::pair(0, 1)));
    QVERIFY(progress.contains(std::pair(1, 1)));
}

void TestPdfReaderProcess::oneChildReadsFileAfterFile()
{
    // Starting the helper costs more than reading a small PDF: one child serves many files.
    const QString starts = m_dir.filePath(QStringLiteral("starts"));
    const HelperOverride helper(script(QStringLiteral("counting.sh"),
                                       "echo started >> '" + QFile::encodeName(starts) +
                                           "'\nexec '" + QFile::encodeName(m_realHelper) + "'"));
    for (int i = 0; i < 4; ++i) {
        const Result<Document> read =
            LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {});
        QVERIFY(read.ok());
        QVERIFY(read->text().contains(QStringLiteral("Depot rota")));
    }
    // A refusal answered by the child does not cost the child either.
    QByteArray noText = depotRota();
    noText.replace("(Depot rota for Tuesday) Tj", "                          ");
    QCOMPARE(LocalDocumentReader().readData(noText, QStringLiteral("blank.pdf"), {}).error().kind,
             ErrorKind::NoText);
    QVERIFY(LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {}).ok());
    QFile file(starts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("started"), 1);
}

void TestPdfReaderProcess::aChildThatEndedBetweenFilesIsReplaced()
{
    const QString pidFile = m_dir.filePath(QStringLiteral("reader.pid"));
    const HelperOverride helper(
        script(QStringLiteral("pid.sh"), "echo $$ > '" + QFile::encodeName(pidFile) + "'\nexec '" +
                                             QFile::encodeName(m_realHelper) + "'"));
    QVERIFY(LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {}).ok());
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const qint64 number = pid.readAll().trimmed().toLongLong();
    QVERIFY(number > 0);
    QVERIFY(QProcess::execute(QStringLiteral("kill"), {QString::number(number)}) == 0);
    QTest::qWait(100);
    const Result<Document> read =
        LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {});
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
}

void TestPdfReaderProcess::aHelperThatStopsReadingIsKilledAtTheTimeLimit()
{
    // A file larger than a pipe holds, and a child that never reads it: the write waits, and
    // the deadline still stops it.
    const HelperOverride helper(script(QStringLiteral("deaf.sh"), "exec sleep 60 < /dev/null"));
    QByteArray big = depotRota();
    big.insert(big.indexOf("xref"), QByteArray(8 * 1024 * 1024, ' '));
    DocumentLimits limits;
    limits.maxSecondsPerDocument = 1;
    QElapsedTimer clock;
    clock.start();
    const Result<Document> read =
        LocalDocumentReader(limits).readData(big, QStringLiteral("big.pdf"), {});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::TooLarge);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestPdfReaderProcess::aHelperThatHangsIsKilledAtTheTimeLimit()
{
    // What PDFium did on the files fuzz_pdf found: it never answers.
    const QString pidFile = m_dir.filePath(QStringLiteral("hanging.pid"));
    const HelperOverride helper(
        script(QStringLiteral("hang.sh"),
               "echo $$ > '" + QFile::encodeName(pidFile) + "'\nexec sleep 60"));
    DocumentLimits limits;
    limits.maxSecondsPerDocument = 1;
    QElapsedTimer clock;
    clock.start();
    const Result<Document> read =
        LocalDocumentReader(limits).readData(depotRota(), QStringLiteral("rota.pdf"), {});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::TooLarge);
    QVERIFY2(read.error().message.contains(QStringLiteral("1 seconds")),
             qPrintable(read.error().message));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    // And the child is gone, not left spinning.
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QByteArray number = pid.readAll().trimmed();
    QVERIFY(!number.isEmpty());
    QVERIFY2(!QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(number)),
             number.constData());
}

void TestPdfReaderProcess::cancellingStopsTheHelper()
{
    const HelperOverride helper(script(QStringLiteral("slow.sh"), "exec sleep 60"));
    QElapsedTimer clock;
    clock.start();
    ReadOptions options;
    options.isCancelled = [&clock] {
        return clock.elapsed() > 300;
    };
    const Result<Document> read =
        LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), options);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Cancelled);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestPdfReaderProcess::aHelperThatCrashesIsThatFilesError()
{
    const HelperOverride helper(script(QStringLiteral("crash.sh"), "kill -SEGV $$"));
    const Result<Document> read =
        LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Corrupt);
    QVERIFY2(read.error().message.contains(QStringLiteral("rota.pdf")),
             qPrintable(read.error().message));
    // The next file is read as if nothing happened.
    qunsetenv("PROMPTDESK_PDF_READER");
    QVERIFY(LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {}).ok());
}

void TestPdfReaderProcess::aHelperThatAnswersNonsenseIsThatFilesError()
{
    for (const QByteArray &answer :
         {QByteArray("printf 'not a frame at all, just text from somewhere'"),
          QByteArray("printf '\\000\\000\\000\\002\\377\\377'"), // an unknown frame kind
          QByteArray("printf '\\000\\000\\000'"),                // a cut-off length
          QByteArray("exit 0")}) {                               // no answer at all
        const HelperOverride helper(script(QStringLiteral("nonsense.sh"), answer));
        const Result<Document> read =
            LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {});
        QVERIFY2(!read.ok(), answer.constData());
        QCOMPARE(read.error().kind, ErrorKind::Corrupt);
    }
}

void TestPdfReaderProcess::aHelperThatCannotStartIsAPlainError()
{
    const HelperOverride helper(m_dir.filePath(QStringLiteral("no-such-helper")));
    const Result<Document> read =
        LocalDocumentReader().readData(depotRota(), QStringLiteral("rota.pdf"), {});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Internal);
    QVERIFY2(read.error().message.contains(QStringLiteral("reinstalling")),
             qPrintable(read.error().message));
}

void TestPdfReaderProcess::framesSurviveTheRoundTrip()
{
    PdfReaderFrame progress;
    progress.kind = PdfReaderFrame::Kind::Progress;
    progress.done = 3;
    progress.total = 7;
    PdfReaderFrame result;
    result.kind = PdfReaderFrame::Kind::Result;
    result.document.format = QStringLiteral("pdf");
    result.document.pages = {DocumentPage{1, QStringLiteral("Straße\n\u00e9")},
                             DocumentPage{2, QString(), QStringLiteral("Scan")}};
    result.document.metadata.insert(QStringLiteral("pages"), 2);
    result.warnings = {QStringLiteral("Page(s) 2 have no text layer")};
    PdfReaderFrame failure;
    failure.kind = PdfReaderFrame::Kind::Failure;
    failure.error = Error{ErrorKind::Encrypted, QStringLiteral("needs a password")};

    // Delivered a byte at a time, as a pipe may.
    const QByteArray stream = encodePdfReaderFrame(progress) + encodePdfReaderFrame(result) +
                              encodePdfReaderFrame(failure);
    PdfReaderFrameReader reader(1024 * 1024);
    QList<PdfReaderFrame> frames;
    for (const char byte : stream) {
        reader.append(QByteArray(1, byte));
        while (auto frame = reader.next()) {
            frames.append(*frame);
        }
    }
    QVERIFY(!reader.failed());
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].done, 3);
    QCOMPARE(frames[0].total, 7);
    QCOMPARE(frames[1].document.pages.size(), 2);
    QCOMPARE(frames[1].document.pages[0].text, QStringLiteral("Straße\n\u00e9"));
    QCOMPARE(frames[1].document.pages[1].label, QStringLiteral("Scan"));
    QCOMPARE(frames[1].document.metadata.value(QStringLiteral("pages")).toInt(), 2);
    QCOMPARE(frames[1].warnings, result.warnings);
    QCOMPARE(frames[2].error.kind, ErrorKind::Encrypted);
    QCOMPARE(frames[2].error.message, QStringLiteral("needs a password"));
}

void TestPdfReaderProcess::truncatedOversizedAndHostileFramesAreRefused()
{
    PdfReaderFrame result;
    result.kind = PdfReaderFrame::Kind::Result;
    result.document.pages = {DocumentPage{1, QStringLiteral("text")}};
    const QByteArray whole = encodePdfReaderFrame(result);

    // Truncated: nothing yet, and no failure either (the rest may still come).
    PdfReaderFrameReader truncated(1024);
    truncated.append(whole.first(whole.size() - 1));
    QVERIFY(!truncated.next());
    QVERIFY(!truncated.failed());

    // Oversized: a length beyond the limit is refused before anything is buffered for it.
    PdfReaderFrameReader oversized(16);
    oversized.append(QByteArray::fromHex("7fffffff") + "x");
    QVERIFY(!oversized.next());
    QVERIFY(oversized.failed());

    // Hostile: a result that promises a million pages and holds none.
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint8(2) << QString() << QVariantMap() << QStringList() << QStringList()
            << qint32(1000000);
    }
    QByteArray promising(4, '\0');
    promising[3] = char(payload.size());
    PdfReaderFrameReader reader(1024);
    reader.append(promising + payload);
    QVERIFY(!reader.next());
    QVERIFY(reader.failed());
    // An error kind that does not exist, and bytes left over after a valid payload.
    PdfReaderFrameReader unknownKind(1024);
    unknownKind.append(QByteArray::fromHex("0000000903000000ff00000000"));
    QVERIFY(!unknownKind.next());
    QVERIFY(unknownKind.failed());
    PdfReaderFrameReader leftOver(1024);
    leftOver.append(QByteArray::fromHex("0000000a010000000100000001ff"));
    QVERIFY(!leftOver.next());
    QVERIFY(leftOver.failed());
}

void TestPdfReaderProcess::aRequestThatIsNotOneIsRefused()
{
    PdfReadRequest request{depotRota(),
                           QStringLiteral("rota.pdf"),
                           QStringLiteral("pw"),
                           {QStringLiteral("eng")},
                           DocumentLimits{}};
    request.limits.maxPages = 9;
    const QByteArray encoded = encodePdfReadRequest(request);
    const auto decoded = decodePdfReadRequest(encoded);
    QVERIFY(decoded);
    QCOMPARE(decoded->bytes, request.bytes);
    QCOMPARE(decoded->password, QStringLiteral("pw"));
    QCOMPARE(decoded->limits.maxPages, 9);
    QVERIFY(!decodePdfReadRequest(encoded.first(encoded.size() - 1)));
    QVERIFY(!decodePdfReadRequest(encoded + "x"));
    QVERIFY(!decodePdfReadRequest(QByteArray()));
    QVERIFY(!decodePdfReadRequest(QByteArray::fromHex("00000002")));
}

QTEST_GUILESS_MAIN(TestPdfReaderProcess)
#include "test_pdf_reader_process.moc"

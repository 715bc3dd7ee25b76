#include "documents/local_document_reader.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace promptdesk;
using promptdesk::testing::writeFile;

class TestLocalDocumentReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsPlainText();
    void readsMarkdown();
    void emptyFileHasNoText();
    void whitespaceOnlyHasNoText_data();
    void whitespaceOnlyHasNoText();
    void refusesBinaryNamingTheFormat_data();
    void refusesBinaryNamingTheFormat();
    void refusesTooLargeBeforeReading();
    void missingFileNamesOnlyTheFile();
    void linkLoopAndBrokenLinkAreSaidAsSuch();
    void unreadableFileIsRefused();
    void directoryIsRefused();
    void fallbackEncodingIsReportedAsWarning();
    void pastedTextIsChecked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalDocumentReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalDocumentReader::readsPlainText()
{
    const QString path = writeFile(m_dir->path(), QStringLiteral("notes.txt"),
                                   QByteArrayLiteral("Hello\r\nworld\r\n"));
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->sourceName, QStringLiteral("notes.txt"));
    QCOMPARE(result->format, QStringLiteral("text"));
    QCOMPARE(result->pages.size(), 1);
    QCOMPARE(result->pages.first().number, 1);
    QCOMPARE(result->text(), QStringLiteral("Hello\nworld\n"));
    QCOMPARE(result->metadata.value(QStringLiteral("encoding")).toString(),
             QStringLiteral("UTF-8"));
    QVERIFY(result->warnings.isEmpty());
}

void TestLocalDocumentReader::readsMarkdown()
{
    const QString path = writeFile(m_dir->path(), QStringLiteral("plan.md"),
                                   QByteArrayLiteral("\xEF\xBB\xBF# Plan\n\n- one\n"));
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result->format, QStringLiteral("markdown"));
    QCOMPARE(result->text(), QStringLiteral("# Plan\n\n- one\n"));
    QVERIFY(result->metadata.value(QStringLiteral("byteOrderMark")).toBool());
}

void TestLocalDocumentReader::emptyFileHasNoText()
{
    const QString path = writeFile(m_dir->path(), QStringLiteral("empty.txt"), {});
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NoText);
    QVERIFY(result.error().message.contains(QStringLiteral("empty.txt")));
}

void TestLocalDocumentReader::whitespaceOnlyHasNoText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("spaces and newlines") << QByteArrayLiteral("  \n\t\r\n  ");
    QTest::newRow("bom only") << QByteArrayLiteral("\xEF\xBB\xBF");
    QTest::newRow("no-break and zero-width spaces") << QByteArrayLiteral("\xC2\xA0\xE2\x80\x8B\n");
}

void TestLocalDocumentReader::whitespaceOnlyHasNoText()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(m_dir->path(), QStringLiteral("blank.txt"), bytes);
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NoText);
}

void TestLocalDocumentReader::refusesBinaryNamingTheFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<ErrorKind>("kind");
    QByteArray elf("\x7F"
                   "ELF\x02\x01\x01\x00",
                   8);
    elf.append(512, '\0');
    QTest::newRow("elf like /bin/ls")
        << QStringLiteral("ls") << elf << QStringLiteral("ELF") << ErrorKind::Unsupported;
    QTest::newRow("png") << QStringLiteral("scan.png")
                         << QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR")
                         << QStringLiteral("PNG") << ErrorKind::NoText; // OCR is off
    QTest::newRow("pdf") << QStringLiteral("contract.pdf")
                         << QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
                         << QStringLiteral("PDF") << ErrorKind::Corrupt; // no %%EOF
    QTest::newRow("random binary")
        << QStringLiteral("data.txt") << QByteArrayLiteral("\x01\x02\x00\xFF\xFE\x00\x10\x11")
        << QStringLiteral("binary") << ErrorKind::Unsupported;
}

void TestLocalDocumentReader::refusesBinaryNamingTheFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    QFETCH(ErrorKind, kind);
    const Result<Document> result =
        LocalDocumentReader().readFile(writeFile(m_dir->path(), name, bytes));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(name));
}

void TestLocalDocumentReader::refusesTooLargeBeforeReading()
{
    // A sparse file: 200 MB on paper, no disk space used, and never read by the reader.
    const QString path = m_dir->filePath(QStringLiteral("huge.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200LL * 1024 * 1024));
    file.close();
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::TooLarge);
    QCOMPARE(result.error().message,
             QStringLiteral("\u201Chuge.log\u201D is 200 MB; the limit is 64 MB."));
}

void TestLocalDocumentReader::missingFileNamesOnlyTheFile()
{
    const QString path = writeFile(m_dir->path(), QStringLiteral("notes.txt"), "dropped");
    QVERIFY(QFile::remove(path)); // deleted between the drop and the read
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QCOMPARE(result.error().message,
             QStringLiteral("The file \u201Cnotes.txt\u201D no longer exists."));
    QVERIFY(!result.error().message.contains(m_dir->path()));
}

void TestLocalDocumentReader::linkLoopAndBrokenLinkAreSaidAsSuch()
{
    const QString a = m_dir->filePath(QStringLiteral("a.txt"));
    const QString b = m_dir->filePath(QStringLiteral("b.txt"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b)); // a -> b -> a
    const Result<Document> loop = LocalDocumentReader().readFile(a);
    QVERIFY(!loop.ok());
    QCOMPARE(loop.error().kind, ErrorKind::Usage);
    QVERIFY2(loop.error().message.contains(QStringLiteral("loop")),
             qPrintable(loop.error().message)); // was "no longer exists"

    const QString gone = m_dir->filePath(QStringLiteral("gone.txt"));
    const QString link = m_dir->filePath(QStringLiteral("shortcut.txt"));
    QVERIFY(QFile::link(gone, link));
    const Result<Document> broken = LocalDocumentReader().readFile(link);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().message,
             QStringLiteral("\u201Cshortcut.txt\u201D is a link to a file that no longer exists."));
}

void TestLocalDocumentReader::unreadableFileIsRefused()
{
    if (::geteuid() == 0) {
        QSKIP("running as root: file permissions do not stop root from reading, so this case "
              "cannot be produced here");
    }
    const QString path = writeFile(m_dir->path(), QStringLiteral("secret.txt"), "classified");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QCOMPARE(result.error().message,
             QStringLiteral("Promptdesk is not allowed to read \u201Csecret.txt\u201D."));
}

void TestLocalDocumentReader::directoryIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.txt")));
    const Result<Document> result =
        LocalDocumentReader().readFile(m_dir->filePath(QStringLiteral("folder.txt")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QVERIFY(result.error().message.contains(QStringLiteral("folder")));
}

void TestLocalDocumentReader::fallbackEncodingIsReportedAsWarning()
{
    const QString path = writeFile(m_dir->path(), QStringLiteral("ansi.csv"),
                                   QByteArrayLiteral("name;city\r\nJos\xE9;M\xFCnchen\r\n"));
    const Result<Document> result = LocalDocumentReader().readFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result->text(), QStringLiteral("name;city\nJos\u00E9;M\u00FCnchen\n"));
    QCOMPARE(result->metadata.value(QStringLiteral("encoding")).toString(),
             QStringLiteral("windows-1252"));
    QCOMPARE(result->warnings.size(), 1);
}

void TestLocalDocumentReader::pastedTextIsChecked()
{
    DocumentLimits limits;
    limits.maxPastedChars = 10;
    const LocalDocumentReader reader(limits);

    const Result<Document> ok = reader.fromPastedText(QStringLiteral("a\r\nb"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->sourceName, QStringLiteral("Pasted text"));
    QCOMPARE(ok->text(), QStringLiteral("a\nb"));

    const Result<Document> big = reader.fromPastedText(QStringLiteral("12345678901"));
    QVERIFY(!big.ok());
    QCOMPARE(big.error().kind, ErrorKind::TooLarge);

    const Result<Document> blank = reader.fromPastedText(QStringLiteral(" \n\t "));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().kind, ErrorKind::NoText);

    const Result<Document> empty = reader.fromPastedText(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::NoText);
}

QTEST_GUILESS_MAIN(TestLocalDocumentReader)
#include "test_local_document_reader.moc"

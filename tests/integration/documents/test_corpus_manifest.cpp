// The shared real-world corpus (../shared/corpus/MANIFEST.tsv), row by row: every text file
// yields its must-contain phrases and a plausible amount of text, PDFs their page count, and
// every error file its error kind. Skipped when ../shared is absent; the project's own
// fixtures (tests/unit/documents, test_generated_documents) cover every format without it.
#include "documents/document_chunker.h"
#include "documents/local_document_reader.h"
#include "test_support.h"

#include <QFile>
#include <QXmlStreamReader>

#include <QRegularExpression>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace promptdesk;

namespace {

QString collapse(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

// Non-whitespace characters, not counting control and format characters: in the reference
// texts those are raw glyph codes of fonts without a character map (pdftotext passes them
// through, Promptdesk drops them) and bidi marks, neither of which is text a reader sees.
qsizetype nonWhitespace(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        n += c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format ? 0
                                                                                                : 1;
    }
    return n;
}

// LibreOffice's reference keeps text deleted under tracked changes; Promptdesk shows changes
// as accepted, so that text is taken off the reference count.
qsizetype trackedDeletions(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("word/document.xml"))) {
        return 0;
    }
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly)) {
        return 0;
    }
    QXmlStreamReader xml(part.readAll());
    qsizetype deleted = 0;
    bool inDeleted = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"delText") {
            inDeleted = true;
        } else if (xml.isEndElement() && xml.name() == u"delText") {
            inDeleted = false;
        } else if (xml.isCharacters() && inDeleted) {
            deleted += nonWhitespace(xml.text().toString());
        }
    }
    return deleted;
}

// The reference count recomputed from reference/<file>.txt the same way as ours, or the
// manifest's figure when the reference text is not there.
qsizetype referenceCount(const QString &dir, const QString &file, qsizetype manifestCount)
{
    QFile reference(dir + QStringLiteral("/reference/") + file + QStringLiteral(".txt"));
    if (!reference.open(QIODevice::ReadOnly)) {
        return manifestCount;
    }
    return nonWhitespace(QString::fromUtf8(reference.readAll()));
}

QString corpusDir()
{
    return testing::sharedDir() + QStringLiteral("/corpus");
}

} // namespace

class TestCorpusManifest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manifest_data();
    void manifest();
    void userPasswordPdfsOpenWithThePassword_data();
    void userPasswordPdfsOpenWithThePassword();
    void scannedPdfReadsWithOcr();
    void chunksCarryPdfPageNumbers();
};

void TestCorpusManifest::manifest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("refChars");
    QTest::addColumn<QStringList>("phrases");
    if (testing::sharedDir().isEmpty()) {
        QTest::newRow("no-shared")
            << QString() << QString() << QString() << 0 << 0 << QStringList();
        return;
    }
    QFile manifest(corpusDir() + QStringLiteral("/MANIFEST.tsv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 1);
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    const auto col = [&header](const char *name) {
        return header.indexOf(QLatin1StringView(name));
    };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        QVERIFY2(f.size() >= header.size() - 1, qPrintable(lines[i]));
        const auto at = [&f](qsizetype c) {
            return c >= 0 && c < f.size() ? f[c] : QString();
        };
        QStringList phrases;
        for (const QString &p :
             at(col("must_contain")).split(QStringLiteral(" | "), Qt::SkipEmptyParts)) {
            phrases.append(collapse(p));
        }
        const QString file = at(col("filename"));
        QTest::newRow(qPrintable(file))
            << file << at(col("format")) << at(col("expected")) << at(col("pages")).toInt()
            << at(col("ref_chars_nonws")).toInt() << phrases;
    }
}

void TestCorpusManifest::manifest()
{
    PROMPTDESK_REQUIRE_SHARED("corpus");
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(int, pages);
    QFETCH(int, refChars);
    QFETCH(QStringList, phrases);

    const LocalDocumentReader reader;
    const Result<Document> result = reader.readFile(corpusDir() + QLatin1Char('/') + file);
    if (expected.startsWith(QStringLiteral("error:"))) {
        QVERIFY2(!result, qPrintable(QStringLiteral("expected %1, got text").arg(expected)));
        QCOMPARE(QStringLiteral("error:") + errorKindName(result.error().kind), expected);
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const Document &document = result.value();
    const QString text = collapse(document.text());
    for (const QString &phrase : phrases) {
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
    }
    const qsizetype chars = nonWhitespace(document.text());
    const QString path = corpusDir() + QLatin1Char('/') + file;
    qsizetype reference = refChars > 0 ? referenceCount(corpusDir(), file, refChars) : 0;
    if (format == u"docx") {
        reference -= trackedDeletions(path);
    }
    if (format == u"pdf") {
        QCOMPARE(int(document.pages.size()), pages);
        for (int i = 0; i < document.pages.size(); ++i) {
            QCOMPARE(document.pages[i].number, i + 1);
        }
        if (reference > 0) {
            QVERIFY2(chars >= reference * 0.85 && chars <= reference * 1.15,
                     qPrintable(
                         QStringLiteral("%1 characters, reference %2").arg(chars).arg(reference)));
        }
    } else if (reference > 0) {
        QVERIFY2(
            chars >= reference * 0.8,
            qPrintable(QStringLiteral("%1 characters, reference %2").arg(chars).arg(reference)));
    }
}

void TestCorpusManifest::userPasswordPdfsOpenWithThePassword_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("pages");
    // Passwords as published by the corpus README (qpdf and LibreOffice test files).
    QTest::newRow("aes256") << QStringLiteral("pdf_encrypted_user_pw_aes256.pdf")
                            << QStringLiteral("view") << 30;
    QTest::newRow("rc4") << QStringLiteral("pdf_encrypted_user_pw_rc4_40.pdf")
                         << QStringLiteral("view") << 30;
    QTest::newRow("libreoffice") << QStringLiteral("pdf_encrypted_user_pw_libreoffice.pdf")
                                 << QStringLiteral("openpassword") << 1;
}

void TestCorpusManifest::userPasswordPdfsOpenWithThePassword()
{
    PROMPTDESK_REQUIRE_SHARED("corpus");
    QFETCH(QString, file);
    QFETCH(QString, password);
    QFETCH(int, pages);
    const LocalDocumentReader reader;
    const QString path = corpusDir() + QLatin1Char('/') + file;
    ReadOptions wrong;
    wrong.password = QStringLiteral("not-it");
    const Result<Document> refused = reader.readFileWith(path, wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Encrypted);
    ReadOptions options;
    options.password = password;
    const Result<Document> opened = reader.readFileWith(path, options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(int(opened->pages.size()), pages);
}

void TestCorpusManifest::scannedPdfReadsWithOcr()
{
    PROMPTDESK_REQUIRE_SHARED("corpus");
    const LocalDocumentReader reader;
    ReadOptions options;
    options.ocrLanguages = {QStringLiteral("eng")};
    QList<int> progress;
    options.progress = [&progress](int done, int) {
        progress.append(done);
    };
    const Result<Document> result = reader.readFileWith(
        corpusDir() + QStringLiteral("/pdf_scanned_no_text_layer.pdf"), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->pages.size(), 1);
    QVERIFY2(result->text().contains(QStringLiteral("Happy New Year")), qPrintable(result->text()));
    QCOMPARE(result->metadata.value(QStringLiteral("ocrPages")).toInt(), 1);
    QVERIFY(!progress.isEmpty());
}

void TestCorpusManifest::chunksCarryPdfPageNumbers()
{
    PROMPTDESK_REQUIRE_SHARED("corpus");
    const Result<Document> result = LocalDocumentReader().readFile(
        corpusDir() + QStringLiteral("/pdf_twocolumn_tracemonkey_14p.pdf"));
    QVERIFY(result);
    const QList<DocumentChunk> chunks = DocumentChunker::split(result.value(), 1500);
    QVERIFY(chunks.size() > 5);
    QCOMPARE(chunks.first().firstPage, 1);
    QCOMPARE(chunks.last().lastPage, 14);
    int previous = 0;
    for (const DocumentChunk &chunk : chunks) {
        QVERIFY(chunk.estimatedTokens <= 1500);
        QVERIFY(chunk.firstPage >= previous);
        QVERIFY(chunk.reference.startsWith(QStringLiteral("page")));
        previous = chunk.lastPage;
    }
}

QTEST_GUILESS_MAIN(TestCorpusManifest)
#include "test_corpus_manifest.moc"

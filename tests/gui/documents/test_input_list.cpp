// The input list under a real window system (Xvfb/offscreen): several files and a folder,
// pasted data, a scanned image that needs OCR, progress and Cancel. Extraction runs in
// worker threads, so every check waits on the list's own signals.
#include "documents/local_document_reader.h"
#include "gui_helpers.h"
#include "input_list.h"
#include "test_support.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace promptdesk;
using promptdesk::testing::scannedPage;

namespace {

bool waitIdle(const InputList &list, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&list] { return !list.isBusy(); }, timeoutMs);
}

} // namespace

class TestInputList final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void severalFilesAndAFolder();
    void scannedImageIsReadWithOcrWithProgress();
    void pastedHtmlAndImage();
    void cancelStopsOcr();
    void errorsShowTheirMessage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDocumentReader m_reader;
};

void TestInputList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestInputList::severalFilesAndAFolder()
{
    InputList list(&m_reader);
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    testing::writeFile(folder, QStringLiteral("a.txt"), "Alpha notes about the depot.\n");
    testing::writeFile(folder, QStringLiteral("b.md"), "# Beta\n\nBeta notes.\n");
    const QString single =
        testing::writeFile(m_dir->path(), QStringLiteral("c.html"),
                           "<html><body><p>Gamma page</p><script>x()</script></body></html>");
    list.addFiles({folder, single, single});
    QCOMPARE(list.count(), 3); // the folder's two files, the page once
    QVERIFY(waitIdle(list));
    for (int i = 0; i < list.count(); ++i) {
        QCOMPARE(list.status(i), InputList::Status::Ready);
    }
    const QString text = list.combinedText();
    QVERIFY(text.contains(QStringLiteral("a.txt")));
    QVERIFY(text.contains(QStringLiteral("Alpha notes about the depot.")));
    QVERIFY(text.contains(QStringLiteral("Beta notes.")));
    QVERIFY(text.contains(QStringLiteral("Gamma page")));
    QVERIFY(!text.contains(QStringLiteral("x()")));
}

void TestInputList::scannedImageIsReadWithOcrWithProgress()
{
    InputList list(&m_reader);
    QSignalSpy progress(&list, &InputList::progressChanged);
    const QString path = m_dir->filePath(QStringLiteral("licence.png"));
    QVERIFY(scannedPage({QStringLiteral("DRIVER LICENSE"), QStringLiteral("Name Jane Example"),
                         QStringLiteral("Number 555 0199")})
                .save(path));
    list.addFiles({path});
    QVERIFY(waitIdle(list));
    QCOMPARE(list.status(0), InputList::Status::NeedsOcr);
    QVERIFY(!list.hasText());

    list.setOcrLanguages({QStringLiteral("eng")});
    list.setOcrEnabled(true);
    QVERIFY(list.isBusy());
    QVERIFY(waitIdle(list));
    QCOMPARE(list.status(0), InputList::Status::Ready);
    const QString text = list.combinedText();
    QVERIFY2(text.contains(QStringLiteral("DRIVER LICENSE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Jane Example")), qPrintable(text));
    QVERIFY(list.document(0)->metadata.value(QStringLiteral("ocrPages")).toInt() == 1);
    // Progress was reported while reading and went back to idle (-1) at the end.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().first().toInt(), -1);
}

void TestInputList::pastedHtmlAndImage()
{
    InputList list(&m_reader);
    list.addData("<ul><li>First point</li><li>Second point</li></ul>",
                 QStringLiteral("Pasted HTML.html"));
    list.setOcrLanguages({QStringLiteral("eng")});
    list.setOcrEnabled(true);
    list.addImage(scannedPage({QStringLiteral("Invoice total 42 EUR")}));
    QVERIFY(waitIdle(list));
    QCOMPARE(list.status(0), InputList::Status::Ready);
    QCOMPARE(list.status(1), InputList::Status::Ready);
    QVERIFY(list.combinedText().contains(QStringLiteral("- First point\n- Second point")));
    QVERIFY2(list.combinedText().contains(QStringLiteral("Invoice total")),
             qPrintable(list.combinedText()));
}

void TestInputList::cancelStopsOcr()
{
    InputList list(&m_reader);
    QStringList lines;
    for (int i = 0; i < 25; ++i) {
        lines.append(QStringLiteral("Line %1 of a long scanned letter to read").arg(i));
    }
    list.setOcrLanguages({QStringLiteral("eng")});
    list.setOcrEnabled(true);
    list.addImage(scannedPage(lines));
    QVERIFY(list.isBusy());
    list.cancelAll();
    QVERIFY(waitIdle(list, 10000));
    QCOMPARE(list.status(0), InputList::Status::Cancelled);
    QVERIFY(!list.hasText());
}

void TestInputList::errorsShowTheirMessage()
{
    InputList list(&m_reader);
    const QString path =
        testing::writeFile(m_dir->path(), QStringLiteral("letter.docx"), "not a zip at all\n");
    list.addFiles({path, m_dir->filePath(QStringLiteral("gone.pdf"))});
    QVERIFY(waitIdle(list));
    QCOMPARE(list.status(0), InputList::Status::Failed);
    QVERIFY(list.statusText(0).contains(QStringLiteral("letter.docx")));
    QCOMPARE(list.status(1), InputList::Status::Failed);
    QVERIFY(list.statusText(1).contains(QStringLiteral("no longer exists")));
}

QTEST_MAIN(TestInputList)
#include "test_input_list.moc"

#include "providers/offline/offline_engine.h"
#include "providers/offline/offline_provider.h"
#include "synthetic_text.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace promptdesk;

namespace {

ProviderRequest requestFor(TemplateCategory category, const QString &text,
                           const QMap<QString, QString> &options = {})
{
    ProviderRequest request;
    request.task.category = category;
    request.task.templateId = templateCategoryName(category);
    request.task.options = options;
    request.task.documentText = text;
    return request;
}

QString sampleText()
{
    return QStringLiteral(
        "The quarterly budget review took place on 2024-11-05 with the finance team. "
        "Finance proposed to reduce the travel budget by ten percent next quarter. "
        "The hiring budget stays unchanged because two positions are already approved. "
        "Questions about the budget go to [EMAIL_1] or [PHONE_1] before Friday. "
        "The finance team will publish the final quarterly budget after the review.\n"
        "Total: €12,500.00\n");
}

QString concatenated(const QSignalSpy &spy)
{
    QString text;
    for (const QList<QVariant> &arguments : spy) {
        text += arguments.at(0).toString();
    }
    return text;
}

ProviderResponse responseAt(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<ProviderResponse>();
}

} // namespace

class TestOfflineProvider final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void descriptorIsBasic();
    void deltasConcatenateToTheFullOutput_data();
    void deltasConcatenateToTheFullOutput();
    void finishedOnceWithUsageAndIds();
    void nothingIsEmittedDuringStart();
    void emptyDocumentIsNoText_data();
    void emptyDocumentIsNoText();
    void cancelBeforeTheEventLoopRuns();
    void cancelWhileStreaming();
    void cancelDuringALongSummary();
    void deletingMidRunIsSafe();
    void progressIsMonotonic();
};

void TestOfflineProvider::descriptorIsBasic()
{
    const ProviderDescriptor d = OfflineProvider().descriptor();
    QCOMPARE(d.id, QStringLiteral("offline"));
    QCOMPARE(d.displayName, QStringLiteral("Offline (basic)"));
    QVERIFY(d.basic);
    QVERIFY(d.endpointHost.isEmpty());
    QCOMPARE(d.models.size(), 1);
    QCOMPARE(d.models[0].id, QStringLiteral("offline-basic"));
    QCOMPARE(d.models[0].displayName, QStringLiteral("Built-in basic engine"));
    QVERIFY(d.models[0].contextTokens >= 1'000'000);
    QCOMPARE(d.defaultModel, QStringLiteral("offline-basic"));
}

void TestOfflineProvider::deltasConcatenateToTheFullOutput_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("optionKey");
    QTest::addColumn<QString>("optionValue");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("summarise") << int(TemplateCategory::Summarise) << QStringLiteral("length")
                               << QStringLiteral("long") << QStringLiteral("budget");
    QTest::newRow("rewrite bullets") << int(TemplateCategory::Rewrite) << QStringLiteral("style")
                                     << QStringLiteral("bullets") << QStringLiteral("- ");
    QTest::newRow("extract all") << int(TemplateCategory::Extract) << QStringLiteral("fields")
                                 << QStringLiteral("all")
                                 << QStringLiteral("| Total | €12,500.00 |");
}

void TestOfflineProvider::deltasConcatenateToTheFullOutput()
{
    QFETCH(int, category);
    QFETCH(QString, optionKey);
    QFETCH(QString, optionValue);
    QFETCH(QString, mustContain);
    const ProviderRequest request =
        requestFor(TemplateCategory(category), sampleText(), {{optionKey, optionValue}});
    const Result<QString> expected = OfflineEngine::run(request.task);
    QVERIFY(expected.ok());

    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(request, &owner);
    QCOMPARE(stream->parent(), &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!responseAt(finished).error.has_value());
    QVERIFY(deltas.size() >= 2); // the GUI sees it stream
    QCOMPARE(concatenated(deltas), expected.value());
    QVERIFY2(expected.value().contains(mustContain), qPrintable(expected.value()));
    QVERIFY(expected.value().contains(QStringLiteral("[EMAIL_1]")) ||
            TemplateCategory(category) == TemplateCategory::Summarise);
}

void TestOfflineProvider::finishedOnceWithUsageAndIds()
{
    const ProviderRequest request = requestFor(TemplateCategory::Summarise, sampleText());
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(request, &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QVERIFY(finished.wait(10000));
    stream->cancel(); // after the end: no second finished
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);

    const ProviderResponse response = responseAt(finished);
    const QString output = concatenated(deltas);
    QVERIFY(!response.error.has_value());
    QVERIFY(!response.incomplete);
    QCOMPARE(response.stopReason, QStringLiteral("end_turn"));
    QCOMPARE(response.modelReturned, QStringLiteral("offline-basic"));
    QVERIFY(response.requestId.startsWith(QLatin1String("offline-")));
    QCOMPARE(response.requestId.size(), qsizetype(8 + 36)); // "offline-" + a UUID
    QCOMPARE(response.usage.inputTokens, (qint64(sampleText().size()) + 3) / 4);
    QCOMPARE(response.usage.outputTokens, (qint64(output.size()) + 3) / 4);
    QVERIFY(response.firstTokenMs >= 0);
    QVERIFY(response.totalMs >= response.firstTokenMs);
}

void TestOfflineProvider::nothingIsEmittedDuringStart()
{
    // A synchronous emission inside start() would reach no one and be lost; the spies,
    // attached right after start(), must see every signal.
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream =
        provider.start(requestFor(TemplateCategory::Extract, sampleText()), &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QCOMPARE(deltas.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(deltas.size() > 0);
    QVERIFY(concatenated(deltas).startsWith(QLatin1String("| Field | Value |")));
}

void TestOfflineProvider::emptyDocumentIsNoText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << QStringLiteral("  \n\t \r\n ");
}

void TestOfflineProvider::emptyDocumentIsNoText()
{
    QFETCH(QString, text);
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(requestFor(TemplateCategory::Rewrite, text), &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(deltas.size(), 0);
    const ProviderResponse response = responseAt(finished);
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, ErrorKind::NoText);
    QCOMPARE(response.error->message, QStringLiteral("The document has no text to work on."));
}

void TestOfflineProvider::cancelBeforeTheEventLoopRuns()
{
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream =
        provider.start(requestFor(TemplateCategory::Summarise, sampleText()), &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    stream->cancel();
    stream->cancel();             // twice: still one finished
    QCOMPARE(finished.size(), 0); // delivered from the event loop, not from cancel()
    QVERIFY(finished.wait(10000));
    QTest::qWait(100); // the worker's own completion must not produce a second finished
    QCOMPARE(finished.size(), 1);
    QCOMPARE(deltas.size(), 0);
    const ProviderResponse response = responseAt(finished);
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, ErrorKind::Cancelled);
    QVERIFY(response.incomplete);
    QVERIFY(response.requestId.startsWith(QLatin1String("offline-")));
}

void TestOfflineProvider::cancelWhileStreaming()
{
    // A long rewrite gives many deltas; cancel after the first one.
    const QString text = testing::syntheticText(5000);
    const ProviderRequest request = requestFor(
        TemplateCategory::Rewrite, text, {{QStringLiteral("style"), QStringLiteral("bullets")}});
    const Result<QString> full = OfflineEngine::run(request.task);
    QVERIFY(full.ok());

    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(request, &owner);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QString received;
    int deltasAfterFinish = 0;
    connect(stream, &ProviderStream::textDelta, this, [&](const QString &delta) {
        received += delta;
        if (!finished.isEmpty()) {
            ++deltasAfterFinish;
        }
        stream->cancel();
    });
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(deltasAfterFinish, 0);
    QVERIFY(!received.isEmpty());
    QVERIFY(received.size() < full.value().size());
    QVERIFY(full.value().startsWith(received));
    const ProviderResponse response = responseAt(finished);
    QCOMPARE(response.error->kind, ErrorKind::Cancelled);
    QVERIFY(response.incomplete);
    QCOMPARE(response.usage.outputTokens, (qint64(received.size()) + 3) / 4);
}

void TestOfflineProvider::cancelDuringALongSummary()
{
    const QString text = testing::syntheticText(250000);
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(requestFor(TemplateCategory::Summarise, text), &owner);
    QSignalSpy deltas(stream, &ProviderStream::textDelta);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QTimer::singleShot(5, stream, &ProviderStream::cancel);
    QVERIFY(finished.wait(10000));
    QCOMPARE(responseAt(finished).error->kind, ErrorKind::Cancelled);
    QCOMPARE(deltas.size(), 0);
    // The worker saw the flag and stopped: the pool drains promptly.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QCOMPARE(finished.size(), 1);
}

void TestOfflineProvider::deletingMidRunIsSafe()
{
    const QString text = testing::syntheticText(100000);
    OfflineProvider provider;
    auto *owner = new QObject;
    QPointer<ProviderStream> stream =
        provider.start(requestFor(TemplateCategory::Summarise, text), owner);
    bool finishedSeen = false;
    connect(stream.data(), &ProviderStream::finished, this,
            [&finishedSeen]() { finishedSeen = true; });
    delete owner; // takes the stream with it while the worker runs
    QVERIFY(stream.isNull());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50); // any late queued call would land here
    QVERIFY(!finishedSeen);
}

void TestOfflineProvider::progressIsMonotonic()
{
    const QString text = testing::syntheticText(250000);
    OfflineProvider provider;
    QObject owner;
    ProviderStream *stream = provider.start(requestFor(TemplateCategory::Summarise, text), &owner);
    QSignalSpy progress(stream, &ProviderStream::progress);
    QSignalSpy finished(stream, &ProviderStream::finished);
    QVERIFY(finished.wait(20000));
    const ProviderResponse response = responseAt(finished);
    QVERIFY(!response.error.has_value());
    int previous = -1;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        const int percent = arguments.at(0).toInt();
        QVERIFY(percent > previous);
        QVERIFY(percent >= 0 && percent <= 100);
        previous = percent;
    }
    // The stream polls the worker every 20 ms: a run that long shows progress, and progress,
    // once shown, completes before the text streams.
    if (response.firstTokenMs > 100) {
        QVERIFY(!progress.isEmpty());
    }
    if (!progress.isEmpty()) {
        QCOMPARE(previous, 100);
    }
}

QTEST_GUILESS_MAIN(TestOfflineProvider)
#include "test_offline_provider.moc"

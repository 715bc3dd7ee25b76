#include "redaction/pattern_redactor.h"
#include "redaction/streaming_restorer.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace promptdesk;

namespace {

// Our own documents, one per language, with every kind of value the detectors know.
// Example data only: example.com addresses, 555 numbers, documented test IBANs and cards.
QStringList ownDocuments()
{
    return {
        QStringLiteral("Name: Daniel Williams\nEmail: daniel.williams@example.com\nPhone: "
                       "+1 212-555-0147\nSSN: 123-45-6789\nAddress: 1189 W 42nd St, Unit 5, "
                       "Austin, TX 78701\nCard 4111 1111 1111 1111 was declined.\nLogin IP: "
                       "192.0.2.44, then 2001:db8::7.\nDOB: 14 March 1985\nDaniel asked us to call "
                       "him on +1 212-555-0147.\n\nKind regards,\nPriya Nguyen\n"),
        QStringLiteral(
            "Fahrer: Jürgen Öztürk (EMP-12345)\nIBAN: DE89 3704 0044 0532 0130 00\n"
            "Geboren am 03.07.1979, wohnt Hauptstraße 58, 40610 Düsseldorf.\nHerr Öztürk "
            "bittet um Rückruf: 030 5550 1234.\nKennzeichen: M-AB 1234"),
        QStringLiteral("Chauffeur: Jean-Luc Benali\nDDN: 10/09/1976\nAdresse: 14 bis rue de "
                       "Rivoli, 75001 Paris\nNIR 1 55 08 43 574 706 24\nMme Benali a écrit à "
                       "jl.benali@example.fr."),
        QStringLiteral("Conductor: María José García-López\nDNI: 12345678Z\nDirección: Calle de "
                       "Alcalá, 30, 2º D, 28014 Madrid\nMatrícula 1234 BCD\nCliente RDR-5550123."),
        QStringLiteral("Naam: Wouter 't Hart\nBSN: 111222333\nAdres: Keizersgracht 131-II, 1015 CJ "
                       "Amsterdam\nKenteken 4-FHK-11\nWouter verhuist van Utrecht naar Groningen."),
        QStringLiteral("Autista: Giuseppe Caruso\nCodice fiscale: RSSMRA85T10A562S\nIndirizzo: Via "
                       "Roma, 70 - 20149 Milano (MI)\nTarga: AB 123 CD\nCaruso chiede di essere "
                       "richiamato."),
    };
}

// What a model might do to a placeholder: keep it, drop the brackets, or write it as words.
QString mangle(const QString &redacted, QRandomGenerator &random)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\[([A-Z_]+)_([0-9]+)\])"));
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(redacted);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(redacted).sliced(copied, m.capturedStart() - copied);
        const QString type = m.captured(1);
        const QString number = m.captured(2);
        switch (random.bounded(4)) {
        case 0:
            out += type + QLatin1Char('_') + number; // PERSON_1
            break;
        case 1: {
            QString words = type.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
            words[0] = words[0].toUpper();
            out += QLatin1Char('[') + words + QLatin1Char(' ') + number +
                   QLatin1Char(']'); // [Person 1]
            break;
        }
        default:
            out += m.captured(0);
        }
        copied = m.capturedEnd();
    }
    out += QStringView(redacted).sliced(copied);
    return out;
}

// Streams `output` through a restorer in random chunk sizes (1..16 characters).
QString streamRestore(const PlaceholderVault &vault, const QString &output,
                      QRandomGenerator &random, QStringList *unknown)
{
    StreamingRestorer restorer(vault);
    QString shown;
    qsizetype pos = 0;
    while (pos < output.size()) {
        const qsizetype n = qMin<qsizetype>(output.size() - pos, 1 + random.bounded(16));
        shown += restorer.feed(QStringView(output).sliced(pos, n));
        pos += n;
    }
    shown += restorer.finish();
    *unknown = restorer.unknownPlaceholders();
    return shown;
}

// The original with each span written as the vault's form of its value: what a perfect
// round trip gives back (values that normalise alike share the first form seen).
QString expectedRestore(const QString &original, const RedactedText &redacted)
{
    QString out;
    qsizetype copied = 0;
    PlaceholderVault numbering;
    for (const PiiSpan &span : redacted.spans) {
        out += QStringView(original).sliced(copied, span.start - copied);
        const QString placeholder =
            numbering.placeholderFor(span.type, original.sliced(span.start, span.length()));
        out += redacted.vault.originalFor(placeholder);
        copied = span.end;
    }
    out += QStringView(original).sliced(copied);
    return out;
}

} // namespace

class TestRoundTrip final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownDocumentsSurviveStreamingAndModelVariants();
    void everyDevDocumentRoundTrips();
};

void TestRoundTrip::ownDocumentsSurviveStreamingAndModelVariants()
{
    const auto redactor = PatternRedactor::withDefaultDetectors();
    QRandomGenerator random(5);
    for (const QString &doc : ownDocuments()) {
        const RedactedText redacted = redactor->redact(doc);
        QVERIFY2(!redacted.spans.isEmpty(), qPrintable(doc.left(20)));
        // Nothing detected is left in the text that would be sent.
        for (const PiiSpan &span : redacted.spans) {
            QVERIFY(!redacted.text.contains(doc.sliced(span.start, span.length())) ||
                    span.length() < 4);
        }
        for (int round = 0; round < 20; ++round) {
            QStringList unknown;
            const QString shown =
                streamRestore(redacted.vault, mangle(redacted.text, random), random, &unknown);
            QCOMPARE(shown, expectedRestore(doc, redacted));
            QVERIFY(unknown.isEmpty());
        }
    }
}

void TestRoundTrip::everyDevDocumentRoundTrips()
{
    PROMPTDESK_REQUIRE_SHARED("eval/pii-dev.jsonl");
    QFile file(promptdesk::testing::sharedDir() + QStringLiteral("/eval/pii-dev.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto redactor = PatternRedactor::withDefaultDetectors();
    QRandomGenerator random(7);
    int documents = 0;
    int exact = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QString text =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString();
        const RedactedText redacted = redactor->redact(text);
        QStringList unknown;
        const QString shown = streamRestore(redacted.vault, redacted.text, random, &unknown);
        QCOMPARE(shown, expectedRestore(text, redacted));
        QVERIFY(unknown.isEmpty());
        exact += shown == text ? 1 : 0;
        ++documents;
    }
    QVERIFY(documents > 0);
    qInfo("%d documents round-tripped, %d of them character for character", documents, exact);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_round_trip.moc"

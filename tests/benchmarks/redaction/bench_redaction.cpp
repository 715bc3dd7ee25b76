// Throughput and memory of the redaction engine (issue 5: >= 20 MB/s on one core, peak
// memory under 3x the input). Prints figures; fails only if redaction finds nothing.
#include "redaction/pattern_redactor.h"
#include "redaction/regex_detector.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace promptdesk;

namespace {

// CPU time of this thread: the machine may be shared, wall time would count others' work.
double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Peak resident memory of the process so far, in bytes (Linux reports KiB).
qint64 peakRss()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<qint64>(usage.ru_maxrss) * 1024;
}

// Example values only (example.com, 555 numbers, documented test cards and IBANs).
const QStringList &piiSentences()
{
    static const QStringList s = {
        QStringLiteral("Please call Daniel Williams on +1 212-555-0147 about the refund."),
        QStringLiteral(
            "Die Fahrerin Anna Schneider (EMP-12345) wohnt Hauptstraße 58, 40610 Düsseldorf."),
        QStringLiteral("Mme Lefebvre a écrit depuis claire.lefebvre@example.fr hier soir."),
        QStringLiteral(
            "El conductor Javier Ruiz, DNI 12345678Z, espera en Calle Mayor 12, 28013 Madrid."),
        QStringLiteral("Graag terugstorten op IBAN NL91 ABNA 0417 1643 00 voor Sanne de Vries."),
        QStringLiteral("Il cliente RDR-5550123 ha pagato con la carta 4111 1111 1111 1111."),
        QStringLiteral("Login from 192.0.2.44, DOB 14/03/1985, plate AB-123-CD."),
        QStringLiteral("SSN 123-45-6789 was provided; NI number AB 12 34 56 C as well.")};
    return s;
}

const QStringList &proseWords()
{
    static const QStringList w =
        QStringLiteral(
            "the ride was late because of traffic near the station and the customer asked for a "
            "refund of the fare which our team approved after checking the trip log der Fahrer "
            "hat die Fahrt pünktlich beendet und der Kunde war zufrieden le chauffeur est arrivé "
            "en retard à cause des travaux el pasajero olvidó su paraguas en el coche de rit was "
            "te laat door een omleiding il cliente ha chiesto un rimborso per la corsa annullata "
            "please update the ticket when the driver confirms the pickup time tomorrow morning")
            .split(QLatin1Char(' '));
    return w;
}

QString generate(qint64 targetBytes, int piiEveryNth, QRandomGenerator &random)
{
    QString text;
    text.reserve(targetBytes);
    const QStringList &words = proseWords();
    const QStringList &pii = piiSentences();
    int sentence = 0;
    while (text.size() < targetBytes) {
        if (piiEveryNth > 0 && sentence % piiEveryNth == 0) {
            text += pii[random.bounded(pii.size())];
        } else {
            const int length = 8 + random.bounded(14);
            for (int i = 0; i < length; ++i) {
                QString word = words[random.bounded(words.size())];
                if (i == 0) {
                    word[0] = word[0].toUpper();
                }
                text += word;
                text += i + 1 < length ? QLatin1Char(' ') : QLatin1Char('.');
            }
        }
        text += (++sentence % 6 == 0) ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return text;
}

bool run(const char *label, const QString &text, const Redactor &redactor)
{
    const double mb = double(text.toUtf8().size()) / 1e6;
    double t0 = threadSeconds();
    const QString lowered = text.toLower(); // reference: one plain pass over the same text
    const double referenceSeconds = threadSeconds() - t0;
    Q_UNUSED(lowered)
    const qint64 before = peakRss();
    t0 = threadSeconds();
    const RedactedText redacted = redactor.redact(text);
    const double seconds = threadSeconds() - t0;
    const qint64 growth = peakRss() - before;
    // A fingerprint of what was found, so a speed-up can show it finds exactly the same.
    quint64 digest = 1469598103934665603ULL;
    for (const PiiSpan &span : redacted.spans) {
        for (const quint64 v :
             {quint64(span.start), quint64(span.end), quint64(qHash(span.type))}) {
            digest = (digest ^ v) * 1099511628211ULL;
        }
    }
    const double inputInMemory = double(text.size()) * 2; // UTF-16
    std::printf(
        "%-32s %6.1f MB  %6.2f s CPU  %5.1f MB/s  (%.0fx a lower-casing pass)  "
        "%lld spans (digest %016llx)  peak memory +%.2fx the input in memory (UTF-16), +%.2fx "
        "its UTF-8 size\n",
        label, mb, seconds, mb / seconds, seconds / referenceSeconds,
        static_cast<long long>(redacted.spans.size()), static_cast<unsigned long long>(digest),
        double(growth) / inputInMemory, double(growth) / (mb * 1e6));
    return !redacted.spans.isEmpty();
}

// Where the time goes: each detector alone over the same text, in the engine's block size.
void timeEachDetector(const QString &text, const PatternRedactor &redactor)
{
    constexpr qsizetype kBlock = 1 << 18;
    const double mb = double(text.toUtf8().size()) / 1e6;
    for (const auto &detector : redactor.detectors()) {
        const double t0 = threadSeconds();
        qsizetype found = 0;
        for (qsizetype start = 0; start < text.size(); start += kBlock) {
            found +=
                detector->detect(QStringView(text).sliced(start, qMin(kBlock, text.size() - start)))
                    .size();
        }
        const double seconds = threadSeconds() - t0;
        std::printf("  %-16s %6.3f s  %7.1f MB/s  %lld spans\n", qPrintable(detector->name()),
                    seconds, mb / seconds, static_cast<long long>(found));
    }
}

// Each pattern alone, in its detector's windows of the text: finds the costly ones.
void timeEachPattern(const QString &text, const PatternRedactor &redactor)
{
    const double mb = double(text.toUtf8().size()) / 1e6;
    for (const auto &detector : redactor.detectors()) {
        const auto *regex = dynamic_cast<const RegexDetector *>(detector.get());
        if (!regex) {
            continue;
        }
        const QList<DigitWindow> windows = digitWindows(text, regex->longestMatch());
        for (const RegexDetector::Rule &rule : regex->rules()) {
            const double t0 = threadSeconds();
            CompiledPattern::Scratch scratch(rule.pattern);
            QList<CompiledPattern::Range> matches;
            for (const DigitWindow &w : windows) {
                rule.pattern.findAll(QStringView(text).sliced(w.start, w.end - w.start), rule.group,
                                     scratch, matches, CompiledPattern::Utf16Checked::Yes);
            }
            const double seconds = threadSeconds() - t0;
            std::printf("  %-16s %7.1f MB/s %6lld  %.90s\n", qPrintable(regex->name()),
                        mb / seconds, static_cast<long long>(matches.size()),
                        qPrintable(rule.pattern.pattern()));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 bytes =
        argc > 1 ? QByteArray(argv[1]).toLongLong() * 1000 * 1000 : 50 * 1000 * 1000;
    QRandomGenerator random(42);
    const auto redactor = PatternRedactor::withDefaultDetectors();
    std::printf("redaction engine, one thread, detectors %s\n",
                qPrintable(redactor->detectorVersion()));
    bool ok = true;
    {
        const QString mixed = generate(bytes, 5, random);
        ok = run("mixed prose (PII in 1 of 5)", mixed, *redactor) && ok;
        timeEachDetector(mixed, *redactor);
        if (qEnvironmentVariableIsSet("PROMPTDESK_BENCH_PATTERNS")) {
            timeEachPattern(mixed, *redactor);
        }
    }
    {
        const QString dense = generate(bytes, 1, random);
        ok = run("dense records (PII everywhere)", dense, *redactor) && ok;
    }
    std::printf("(figures from a shared machine; compare ratios, not seconds)\n");
    return ok ? 0 : 1;
}

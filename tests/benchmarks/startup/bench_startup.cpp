// Start-up benchmark: runs `promptdesk --benchmark-startup` and the empty-window reference
// several times each and prints the median time to first paint and resident memory.
//
//   bench_startup [PROMPTDESK_EXE [REFERENCE_EXE]]   (defaults: next to this executable)
//
// Each program prints `startup_ms=<ms from main() to first paint> rss_kb=<VmRSS>`; the wall
// time from spawning the process to its exit (which adds exec, dynamic linking and shutdown)
// is measured here as well. Needs a display: run under Xvfb or QT_QPA_PLATFORM=offscreen.
// Exits 0 unless a program fails to start; the targets are reported, not enforced.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr int kRuns = 5;
constexpr double kTargetMs = 300;
constexpr double kTargetMb = 80;

struct Sample {
    double startupMs = 0;
    double rssMb = 0;
    double wallMs = 0;
};

struct Summary {
    Sample median;
    bool ok = false;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<Sample> runOnce(const QString &program, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    process.start(program, {QStringLiteral("--benchmark-startup")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        std::fprintf(stderr, "%s did not start or did not finish: %s\n", qPrintable(program),
                     qPrintable(process.errorString()));
        process.kill();
        return std::nullopt;
    }
    const double wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("startup_ms=(\\d+) rss_kb=(\\d+)"));
    const QRegularExpressionMatch match = line.match(out);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !match.hasMatch()) {
        std::fprintf(stderr, "%s failed (exit %d):\n%s%s\n", qPrintable(program),
                     process.exitCode(), qPrintable(out),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return Sample{match.captured(1).toDouble(), match.captured(2).toDouble() / 1024.0, wallMs};
}

Summary measure(const QString &label, const QString &program)
{
    QTemporaryDir state;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // keeps QT_QPA_PLATFORM
    env.insert(QStringLiteral("PROMPTDESK_CONFIG_DIR"), state.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PROMPTDESK_DATA_DIR"), state.filePath(QStringLiteral("data")));

    // One untimed run first: it creates the databases and warms the file cache, so the timed
    // runs measure an ordinary start, not the very first one.
    if (!runOnce(program, env)) {
        return {};
    }
    QList<double> startup, rss, wall;
    for (int i = 0; i < kRuns; ++i) {
        const std::optional<Sample> sample = runOnce(program, env);
        if (!sample) {
            return {};
        }
        startup.append(sample->startupMs);
        rss.append(sample->rssMb);
        wall.append(sample->wallMs);
        std::printf("  %-10s run %d: %6.0f ms to first paint, %6.0f ms wall, %5.1f MB\n",
                    qPrintable(label), i + 1, sample->startupMs, sample->wallMs, sample->rssMb);
    }
    return {Sample{median(startup), median(rss), median(wall)}, true};
}

QString defaultProgram(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString promptdesk = args.value(1, defaultProgram(QStringLiteral("promptdesk")));
    const QString reference =
        args.value(2, defaultProgram(QStringLiteral("bench_reference_window")));
    for (const QString &program : {promptdesk, reference}) {
        if (!QFileInfo(program).isExecutable()) {
            std::fprintf(stderr, "not found: %s\n", qPrintable(program));
            return 1;
        }
    }

    std::printf("Start-up benchmark, median of %d runs (platform: %s)\n", kRuns,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))));
    const Summary gui = measure(QStringLiteral("promptdesk"), promptdesk);
    const Summary ref = measure(QStringLiteral("reference"), reference);
    if (!gui.ok || !ref.ok) {
        return 1;
    }
    std::printf("promptdesk: startup %.0f ms (wall %.0f ms), RSS %.1f MB "
                "(target < %.0f ms, < %.0f MB)%s\n",
                gui.median.startupMs, gui.median.wallMs, gui.median.rssMb, kTargetMs, kTargetMb,
                gui.median.startupMs < kTargetMs && gui.median.rssMb < kTargetMb
                    ? ""
                    : "  ** over target **");
    std::printf("reference:  startup %.0f ms (wall %.0f ms), RSS %.1f MB (empty QMainWindow)\n",
                ref.median.startupMs, ref.median.wallMs, ref.median.rssMb);
    std::printf("ratio promptdesk/reference: startup %.2fx, RSS %.2fx\n",
                gui.median.startupMs / std::max(1.0, ref.median.startupMs),
                gui.median.rssMb / std::max(0.1, ref.median.rssMb));
    return 0;
}

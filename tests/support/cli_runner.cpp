#include "cli_runner.h"

#include "test_support.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace promptdesk::testing {

CliRun runCli(const QStringList &args, const QProcessEnvironment &environment,
              const QByteArray &input, WhileWaiting waiting)
{
    constexpr int kTimeoutMs = 60000;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binDir() + QStringLiteral("/promptdesk-cli"), args);
    if (!process.waitForStarted(10000)) {
        qWarning("promptdesk-cli did not start");
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (waiting == WhileWaiting::PumpEvents) {
        QElapsedTimer waited;
        waited.start();
        while (process.state() != QProcess::NotRunning && waited.elapsed() < kTimeoutMs) {
            QTest::qWait(10);
        }
    } else {
        process.waitForFinished(kTimeoutMs);
    }
    if (process.state() != QProcess::NotRunning) {
        qWarning() << "promptdesk-cli" << args.value(0) << "did not finish in 60 s; killed";
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace promptdesk::testing

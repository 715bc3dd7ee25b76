#include "cli_runner.h"

#include "test_support.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QTest>

namespace promptdesk::testing {

bool finishWithEvents(QProcess &process, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return process.state() == QProcess::NotRunning;
}

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
        finishWithEvents(process, kTimeoutMs);
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

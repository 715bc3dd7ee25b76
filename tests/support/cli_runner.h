#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace promptdesk::testing {

// What one promptdesk-cli process printed and how it ended (-1: it crashed or never ran).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

enum class WhileWaiting {
    Block,      // the usual case: nothing in this process has to answer the CLI
    PumpEvents, // an in-process server (the emulator) answers it from this event loop
};

// Waits up to `timeoutMs` for `process` to end while this thread's event loop keeps running
// (an in-process server may have to answer it); true if it ended.
bool finishWithEvents(QProcess &process, int timeoutMs);

// Runs build/bin/promptdesk-cli with `args` and `environment`, writes `input` to its standard
// input and waits up to 60 s (then kills it).
CliRun runCli(const QStringList &args, const QProcessEnvironment &environment,
              const QByteArray &input = {}, WhileWaiting waiting = WhileWaiting::Block);

} // namespace promptdesk::testing

#pragma once

#include <QByteArray>
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

// Runs build/bin/promptdesk-cli with `args` and `environment`, writes `input` to its standard
// input and waits up to 60 s (then kills it).
CliRun runCli(const QStringList &args, const QProcessEnvironment &environment,
              const QByteArray &input = {}, WhileWaiting waiting = WhileWaiting::Block);

} // namespace promptdesk::testing

#include "providers/remote/aws_credential_process_run.h"

#include <QCoreApplication>

namespace promptdesk {

namespace {

constexpr qint64 kMaxOutputBytes = 64 * 1024;

Error processError(const char *text)
{
    return makeError(ErrorKind::Auth, QCoreApplication::translate("ProviderErrors", text));
}

} // namespace

AwsCredentialProcessRun::AwsCredentialProcessRun(AwsCredentialProcess process, QObject *parent,
                                                 int timeoutMs)
    : QObject(parent)
    , m_process(std::move(process))
{
    m_child.setProgram(m_process.program);
    m_child.setArguments(m_process.arguments);
    m_child.setProcessChannelMode(QProcess::SeparateChannels);
    m_child.setStandardInputFile(QProcess::nullDevice());
    m_limit.setSingleShot(true);
    m_limit.setInterval(timeoutMs);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        m_child.kill();
        finish(processError(QT_TRANSLATE_NOOP(
            "ProviderErrors", "The AWS profile's credential_process did not finish within 30 s.")));
    });
    connect(&m_child, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            finish(processError(QT_TRANSLATE_NOOP(
                "ProviderErrors", "The AWS profile's credential_process could not be started.")));
        }
    });
    connect(&m_child, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_child.bytesAvailable() > kMaxOutputBytes) {
            m_child.kill();
            finish(processError(QT_TRANSLATE_NOOP(
                "ProviderErrors", "The AWS profile's credential_process wrote too much output.")));
        }
    });
    connect(&m_child, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(processError(QT_TRANSLATE_NOOP("ProviderErrors",
                                                  "The AWS profile's credential_process failed.")));
            return;
        }
        finish(AwsSharedConfig::parseProcessOutput(m_child.readAllStandardOutput()));
    });
}

AwsCredentialProcessRun::~AwsCredentialProcessRun()
{
    m_done = true;
    if (m_child.state() != QProcess::NotRunning) {
        m_child.kill(); // QProcess's destructor then reaps it
    }
}

void AwsCredentialProcessRun::start()
{
    m_limit.start();
    m_child.start();
}

void AwsCredentialProcessRun::finish(const Result<AwsCredentials> &credentials)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_limit.stop();
    Q_EMIT finished(credentials);
}

} // namespace promptdesk

#pragma once

#include "providers/remote/aws_shared_config.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace promptdesk {

// Runs an AWS profile's credential_process without blocking: the child is started, its
// standard output (Version 1 JSON, at most 64 KiB) is parsed when it exits, and `finished`
// carries the credentials or a readable error. Bounded by 30 s, as the AWS CLI's own limit;
// destroying the run kills the child. Nothing it reads is logged.
class AwsCredentialProcessRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsCredentialProcessRun)
public:
    static constexpr int kTimeoutMs = 30'000;

    AwsCredentialProcessRun(AwsCredentialProcess process, QObject *parent,
                            int timeoutMs = kTimeoutMs);
    ~AwsCredentialProcessRun() override;

    void start();

Q_SIGNALS:
    void finished(const promptdesk::Result<promptdesk::AwsCredentials> &credentials);

private:
    void finish(const Result<AwsCredentials> &credentials);

    AwsCredentialProcess m_process;
    QProcess m_child;
    QTimer m_limit;
    bool m_done = false;
};

} // namespace promptdesk

#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace promptdesk {

// One audit record. Metadata only: there is deliberately no field that could hold prompt,
// document or output text, nor a file name (names of files often contain people's names).
struct AuditEvent {
    QString action; // request, response, blocked, error, cancelled, ...
    QString jobId;  // random id linking the events of one job
    QString user;
    QString device;
    QString appVersion;
    QString providerId;
    QString endpointHost;
    QString region;
    QString modelRequested;
    QString modelReturned;
    QString policyVersion;
    QString policyRule; // the rule that decided, for blocked sends
    QString templateId;
    int templateVersion = 0;
    QMap<QString, int> redactionCounts;
    QString detectorVersion;
    qint64 tokensIn = -1;
    qint64 tokensOut = -1;
    qint64 firstTokenMs = -1;
    qint64 totalMs = -1;
    QString status; // ok, error:<kind>, blocked, cancelled
    QString providerRequestId;
};

// An event as stored: the fields above plus its place in the chain.
struct StoredAuditEvent {
    qint64 sequence = 0;
    QString eventId;
    QDateTime timeUtc;
    AuditEvent event;
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace promptdesk

#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace promptdesk {

// The actions an audit event records. Every send, refusal and compliance operation has one.
namespace auditAction {
inline const QString request = QStringLiteral("request");
inline const QString response = QStringLiteral("response");
inline const QString blocked = QStringLiteral("blocked");
inline const QString interrupted = QStringLiteral("interrupted"); // request without response
inline const QString policyLoaded = QStringLiteral("policy-loaded");
inline const QString settingsChange = QStringLiteral("settings-change");
inline const QString exported = QStringLiteral("export");
inline const QString verified = QStringLiteral("verify");
inline const QString reviewerAction = QStringLiteral("reviewer-action");
inline const QString logMigrated = QStringLiteral("log-migrated");
} // namespace auditAction

// One audit record. Metadata only: there is deliberately no field that could hold prompt,
// document or output text, nor a file name (names of files often contain people's names).
struct AuditEvent {
    QString action; // one of auditAction
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
    QString dataClass;  // the policy's data class of the input (e.g. "internal", "hr")
    QString templateId;
    int templateVersion = 0;
    QMap<QString, int> redactionCounts;
    QString detectorVersion;
    qint64 tokensIn = -1;
    qint64 tokensOut = -1;
    qint64 firstTokenMs = -1;
    qint64 totalMs = -1;
    qint64 costMicroUsd = -1; // estimated cost in millionths of a US dollar
    QString priceTableVersion;
    QString status; // ok, error:<kind>, blocked, cancelled, interrupted
    QString providerRequestId;
    // Keyed BLAKE2b of the prompt ("b2:" + hex): lets an investigator holding the key match a
    // known text; the text itself is never stored.
    QString promptFingerprint;
    // What a non-send event did, as a short machine word: a setting's key, "csv", "ocsf",
    // "evidence", "open-evidence". Never a value, a path or free text.
    QString operation;
};

// An event as stored: the fields above plus its place in the chain.
struct StoredAuditEvent {
    qint64 sequence = 0;
    QString eventId;
    QDateTime timeUtc;
    AuditEvent event;
    QByteArray previousHash; // hash of event sequence-1 (empty for the first)
    QByteArray hash;         // BLAKE2b(previousHash || canonical bytes)
    QByteArray mac;          // keyed BLAKE2b(previous mac || hash); empty without a keychain
};

// A signed statement "the chain up to event #sequence has this hash".
struct AuditCheckpoint {
    qint64 number = 0; // 1, 2, ... in order of writing
    qint64 sequence = 0;
    QByteArray hash;
    QDateTime timeUtc;
    QByteArray publicKey; // Ed25519, 32 bytes
    QByteArray signature; // Ed25519 over auditCheckpointMessage()
};

} // namespace promptdesk

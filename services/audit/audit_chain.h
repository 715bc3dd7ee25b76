#pragma once

#include "audit/audit_event.h"
#include "audit/audit_log.h"

#include <QByteArray>
#include <QList>

namespace promptdesk {

// The keys that make the audit log tamper-evident. Both live in the OS keychain; the public
// half of the signing key is also written next to the log and into evidence packages.
struct AuditKeys {
    QByteArray macKey;        // 32 bytes, keyed BLAKE2b for the MAC chain and fingerprints
    QByteArray signingKey;    // Ed25519 secret key, 64 bytes
    QByteArray signingPublic; // Ed25519 public key, 32 bytes

    bool isValid() const { return macKey.size() == 32 && signingKey.size() == 64; }
    static AuditKeys generate();
    AuditKeys() = default;
    AuditKeys(const AuditKeys &) = default;
    AuditKeys &operator=(const AuditKeys &) = default;
    ~AuditKeys(); // wipes the secret bytes
};

// First bytes of canonicalAuditBytes(): names the encoding.
inline constexpr char kCanonicalAuditMagic[4] = {'P', 'D', 'A', '2'};
// The bytes an event's hash covers: a fixed-order, length-prefixed encoding of the sequence,
// id, time and every field (never ambiguous, cheap to compute).
QByteArray canonicalAuditBytes(const StoredAuditEvent &stored);
// Its one building block: an integer is 8 bytes big-endian, a text its UTF-8 length as such an
// integer and then its UTF-8 bytes. Writes at `out`, returns the end (the SQLite log's verify
// reader builds the same bytes from stored columns with it).
constexpr qsizetype kCanonicalIntBytes = 8;
char *writeCanonicalInt(char *out, qint64 value);

QByteArray auditChainHash(QByteArrayView previousHash, QByteArrayView canonical);
QByteArray auditChainMac(QByteArrayView macKey, QByteArrayView previousMac, QByteArrayView hash);
// What a checkpoint signs: text, so anyone can re-check it with any Ed25519 tool.
QByteArray auditCheckpointMessage(qint64 sequence, const QByteArray &hash,
                                  const QDateTime &timeUtc);
// "b2:" + 32 hex digits of keyed BLAKE2b of the content under a key derived from macKey.
QString auditFingerprint(const QByteArray &macKey, QStringView content);
// Short printable id of a public key, for reading out over the phone.
QString publicKeyId(const QByteArray &publicKey);

// Checks a chain fed one event at a time in sequence order. Shared by the SQLite log and by
// offline verification of evidence packages, so both judge alike.
class AuditChainVerifier final {
public:
    // macKey empty: MACs are not checked. trustedKeys: public keys whose signatures count.
    AuditChainVerifier(QByteArray macKey, QList<QByteArray> trustedKeys,
                       QList<AuditCheckpoint> checkpoints);
    void add(const StoredAuditEvent &stored);
    AuditVerification finish();

    // The cryptographic half of add(), which needs only stored values (this event's bytes and
    // hashes, the MAC stored with the event before it) and so can run on another thread;
    // addDigested() then does the sequential half (the SQLite log's pipelined verify). Views,
    // so a reader can hand over bytes in its own buffers without a copy per event;
    // addDigested() copies what it keeps.
    struct Digest {
        bool hashMatches = false;
        bool macMatches = false;
    };
    static Digest digest(QByteArrayView macKey, QByteArrayView canonical,
                         QByteArrayView previousHash, QByteArrayView hash,
                         QByteArrayView previousMac, QByteArrayView mac);
    void addDigested(qint64 sequence, QByteArrayView previousHash, QByteArrayView hash,
                     QByteArrayView mac, Digest digest);

private:
    void flag(qint64 sequence, const QString &problem);
    void checkCheckpointsUpTo(qint64 sequence, QByteArrayView hash);

    QByteArray m_macKey;
    QList<QByteArray> m_trustedKeys;
    QList<AuditCheckpoint> m_checkpoints; // sorted by sequence
    qsizetype m_nextCheckpoint = 0;
    AuditVerification m_report;
    qint64 m_expected = 1;
    QByteArray m_previousHash;
    QByteArray m_previousMac;
    qint64 m_lastSequence = 0;
};

} // namespace promptdesk

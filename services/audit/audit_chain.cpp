#include "audit/audit_chain.h"

#include "audit/audit_fields.h"
#include "crypto/crypto.h"

#include <QtEndian>

#include <cstring>

namespace promptdesk {

AuditKeys AuditKeys::generate()
{
    AuditKeys keys;
    keys.macKey = crypto::randomBytes(crypto::kMacKeyBytes);
    crypto::SigningKeyPair pair = crypto::generateSigningKeyPair();
    keys.signingKey = pair.secretKey;
    keys.signingPublic = pair.publicKey;
    crypto::secureWipe(pair.secretKey);
    return keys;
}

AuditKeys::~AuditKeys()
{
    crypto::secureWipe(macKey);
    crypto::secureWipe(signingKey);
}

char *writeCanonicalInt(char *out, qint64 value)
{
    qToBigEndian(value, out);
    return out + kCanonicalIntBytes;
}

namespace {

void appendCanonicalInt(QByteArray &out, qint64 value)
{
    char buffer[kCanonicalIntBytes];
    writeCanonicalInt(buffer, value);
    out.append(buffer, kCanonicalIntBytes);
}

void appendCanonicalText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendCanonicalInt(out, utf8.size());
    out.append(utf8);
}

} // namespace

// sqlite_audit_verify.cpp builds the same bytes from the stored columns, by the same table.
QByteArray canonicalAuditBytes(const StoredAuditEvent &stored)
{
    QByteArray out;
    out.reserve(512);
    out.append(kCanonicalAuditMagic, sizeof kCanonicalAuditMagic);
    for (const AuditField &field : kAuditFields) {
        if (field.isInteger()) {
            appendCanonicalInt(out, field.integer(stored));
        } else {
            appendCanonicalText(out, field.text(stored));
        }
    }
    return out;
}

QByteArray auditChainHash(QByteArrayView previousHash, QByteArrayView canonical)
{
    crypto::Blake2b hash;
    hash.add(previousHash);
    hash.add(canonical);
    return hash.result();
}

QByteArray auditChainMac(QByteArrayView macKey, QByteArrayView previousMac, QByteArrayView hash)
{
    crypto::Blake2b mac(macKey);
    mac.add(previousMac);
    mac.add(hash);
    return mac.result();
}

QByteArray auditCheckpointMessage(qint64 sequence, const QByteArray &hash, const QDateTime &timeUtc)
{
    return QByteArrayLiteral("promptdesk-audit-checkpoint-v1\n") + QByteArray::number(sequence) +
           '\n' + hash.toHex() + '\n' + timeUtc.toUTC().toString(Qt::ISODateWithMs).toLatin1() +
           '\n';
}

QString auditFingerprint(const QByteArray &macKey, QStringView content)
{
    if (macKey.isEmpty()) {
        return {};
    }
    QByteArray derived =
        crypto::blake2b(QByteArrayLiteral("promptdesk-prompt-fingerprint-v1"), macKey);
    const QByteArray digest = crypto::blake2b(content.toUtf8(), derived, 16);
    crypto::secureWipe(derived);
    return QStringLiteral("b2:") + QString::fromLatin1(digest.toHex());
}

QString publicKeyId(const QByteArray &publicKey)
{
    const QByteArray digest = crypto::blake2b(publicKey, {}, 8).toHex();
    QString id;
    for (qsizetype i = 0; i < digest.size(); i += 4) {
        if (!id.isEmpty()) {
            id += QLatin1Char('-');
        }
        id += QString::fromLatin1(digest.mid(i, 4));
    }
    return id;
}

namespace {

// `to` becomes a copy of `from`, reusing its buffer: no allocation per event once it has one.
void copyInto(QByteArray &to, QByteArrayView from)
{
    to.resize(from.size());
    if (!from.isEmpty()) {
        std::memcpy(to.data(), from.data(), static_cast<std::size_t>(from.size()));
    }
}

} // namespace

AuditChainVerifier::AuditChainVerifier(QByteArray macKey, QList<QByteArray> trustedKeys,
                                       QList<AuditCheckpoint> checkpoints)
    : m_macKey(std::move(macKey))
    , m_trustedKeys(std::move(trustedKeys))
    , m_checkpoints(std::move(checkpoints))
{
    std::stable_sort(
        m_checkpoints.begin(), m_checkpoints.end(),
        [](const AuditCheckpoint &a, const AuditCheckpoint &b) { return a.sequence < b.sequence; });
    m_report.macsChecked = !m_macKey.isEmpty();
}

void AuditChainVerifier::flag(qint64 sequence, const QString &problem)
{
    if (m_report.firstBadSequence < 0 || sequence < m_report.firstBadSequence) {
        m_report.firstBadSequence = sequence;
        m_report.problem = problem;
    }
}

void AuditChainVerifier::checkCheckpointsUpTo(qint64 sequence, QByteArrayView hash)
{
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints.at(m_nextCheckpoint).sequence <= sequence) {
        const AuditCheckpoint &cp = m_checkpoints.at(m_nextCheckpoint++);
        if (cp.sequence < sequence) {
            flag(cp.sequence, QStringLiteral("event #%1, covered by checkpoint #%2, is missing")
                                  .arg(cp.sequence)
                                  .arg(cp.number));
            continue;
        }
        const bool trusted = m_trustedKeys.contains(cp.publicKey);
        const bool signedOk =
            trusted && crypto::verifySignature(
                           cp.publicKey, auditCheckpointMessage(cp.sequence, cp.hash, cp.timeUtc),
                           cp.signature);
        if (!signedOk) {
            flag(cp.sequence,
                 trusted
                     ? QStringLiteral("checkpoint #%1 has a bad signature").arg(cp.number)
                     : QStringLiteral("checkpoint #%1 is signed by an unknown key").arg(cp.number));
        } else if (!crypto::equalConstantTime(cp.hash, hash)) {
            flag(cp.sequence, QStringLiteral("event #%1 differs from what checkpoint #%2 signed")
                                  .arg(cp.sequence)
                                  .arg(cp.number));
        } else if (m_report.firstBadSequence < 0) {
            m_report.lastCheckpoint = cp.number;
        }
    }
}

void AuditChainVerifier::add(const StoredAuditEvent &stored)
{
    addDigested(stored.sequence, stored.previousHash, stored.hash, stored.mac,
                digest(m_macKey, canonicalAuditBytes(stored), stored.previousHash, stored.hash,
                       m_previousMac, stored.mac));
}

AuditChainVerifier::Digest
AuditChainVerifier::digest(QByteArrayView macKey, QByteArrayView canonical,
                           QByteArrayView previousHash, QByteArrayView hash,
                           QByteArrayView previousMac, QByteArrayView mac)
{
    Digest d;
    d.hashMatches = crypto::equalConstantTime(auditChainHash(previousHash, canonical), hash);
    d.macMatches = macKey.isEmpty() ||
                   crypto::equalConstantTime(auditChainMac(macKey, previousMac, hash), mac);
    return d;
}

void AuditChainVerifier::addDigested(qint64 seq, QByteArrayView previousHash, QByteArrayView hash,
                                     QByteArrayView mac, Digest digest)
{
    ++m_report.total;
    bool ok = true;
    if (seq > m_expected) {
        flag(m_expected,
             seq == m_expected + 1
                 ? QStringLiteral("event #%1 is missing").arg(m_expected)
                 : QStringLiteral("events #%1 to #%2 are missing").arg(m_expected).arg(seq - 1));
    } else if (seq < m_expected) {
        flag(seq, QStringLiteral("event #%1 is out of order").arg(seq));
        ok = false;
    }
    if (!digest.hashMatches) {
        flag(seq, QStringLiteral("event #%1 was modified").arg(seq));
        ok = false;
    } else if (previousHash != m_previousHash) {
        flag(seq, QStringLiteral("event #%1 does not follow the event before it").arg(seq));
        ok = false;
    } else if (!m_macKey.isEmpty() && !digest.macMatches) {
        flag(seq, QStringLiteral("event #%1 does not carry a valid MAC (inserted or rewritten)")
                      .arg(seq));
        ok = false;
    }
    if (ok) {
        ++m_report.valid;
    }
    checkCheckpointsUpTo(seq, hash);
    copyInto(m_previousHash, hash);
    copyInto(m_previousMac, mac);
    m_expected = std::max(m_expected, seq + 1);
    m_lastSequence = std::max(m_lastSequence, seq);
}

AuditVerification AuditChainVerifier::finish()
{
    if (m_nextCheckpoint < m_checkpoints.size()) {
        const AuditCheckpoint &cp = m_checkpoints.last();
        flag(m_lastSequence + 1,
             QStringLiteral("the log was truncated: checkpoint #%1 covers event #%2 but the log "
                            "ends at event #%3")
                 .arg(cp.number)
                 .arg(cp.sequence)
                 .arg(m_lastSequence));
        m_nextCheckpoint = m_checkpoints.size();
    }
    AuditVerification &r = m_report;
    if (r.firstBadSequence < 0) {
        r.summary = QStringLiteral("%1/%2 events valid, chain intact").arg(r.valid).arg(r.total);
        if (r.lastCheckpoint > 0) {
            r.summary += QStringLiteral(", last checkpoint #%1 verified").arg(r.lastCheckpoint);
        } else {
            r.summary += QStringLiteral(", no checkpoint yet");
        }
        if (!r.macsChecked) {
            r.summary += QStringLiteral(" (MACs not checked: no keychain)");
        }
    } else {
        r.summary = QStringLiteral("%1/%2 events valid, chain broken at event #%3: %4")
                        .arg(r.valid)
                        .arg(r.total)
                        .arg(r.firstBadSequence)
                        .arg(r.problem);
    }
    return r;
}

} // namespace promptdesk

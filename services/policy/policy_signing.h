#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace promptdesk {

// Ed25519 keys and detached signatures for policy files, as small base64 text files:
//   admin.pub  "# Promptdesk policy public key\n<base64 of 32 bytes>\n"
//   admin.key  "# Promptdesk policy SECRET key ...\n<base64 of 64 bytes>\n"   (mode 0600)
//   policy.json.sig  "<base64 of 64 bytes>\n"
// Lines starting with '#' are comments. The signature covers the policy file's exact bytes.
namespace policysig {

constexpr qsizetype kMaxKeyFileBytes = 4096;

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes; the caller wipes it with wipe()
};

KeyPair generate();
QByteArray publicKeyOf(const QByteArray &secretKey); // empty when secretKey is malformed
// Overwrites a buffer that held a secret with zeros, then clears it.
void wipe(QByteArray &secret);

// Decoders for the text files above; ErrorKind::Corrupt with a sentence when malformed.
Result<QByteArray> parsePublicKey(const QByteArray &text);
Result<QByteArray> parseSecretKey(const QByteArray &text);
Result<QByteArray> parseSignature(const QByteArray &text);

QByteArray publicKeyText(const QByteArray &publicKey);
QByteArray secretKeyText(const QByteArray &secretKey);
QByteArray signatureText(const QByteArray &signature);

// A short, stable name for a public key ("ed25519:3f2a9c0d1b7e4a55"), shown to admins.
QString keyFingerprint(const QByteArray &publicKey);

QByteArray sign(const QByteArray &secretKey, const QByteArray &message);

// The fingerprint of the trusted key that made `signature`, or an error:
// Corrupt when no trusted key verifies it.
Result<QString> verify(const QList<QByteArray> &trustedKeys, const QByteArray &message,
                       const QByteArray &signature);

// Every trusted key: the built-in ones (compiled into the app from resources/policy/
// trusted-keys.txt) and each *.pub file in `keysDirectory` (missing folder: none).
// Unreadable or malformed key files are reported in `problems` and skipped.
QList<QByteArray> loadTrustedKeys(const QString &keysDirectory, QStringList *problems);
QList<QByteArray> builtinTrustedKeys();

} // namespace policysig
} // namespace promptdesk

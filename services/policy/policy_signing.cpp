#include "policy/policy_signing.h"

#include "crypto/crypto.h"

#include <QDir>
#include <QFile>

namespace promptdesk::policysig {

namespace {

// The base64 payload of a key or signature file: the first line that is not a comment.
Result<QByteArray> decodeText(const QByteArray &text, int expectedBytes, const QString &what)
{
    if (text.size() > kMaxKeyFileBytes) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("The %1 file is far too large.").arg(what));
    }
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != expectedBytes) {
            return makeError(ErrorKind::Corrupt,
                             QStringLiteral("The %1 file does not hold a valid %1.").arg(what));
        }
        return decoded.decoded;
    }
    return makeError(ErrorKind::Corrupt, QStringLiteral("The %1 file is empty.").arg(what));
}

} // namespace

KeyPair generate()
{
    crypto::SigningKeyPair pair = crypto::generateSigningKeyPair();
    return {pair.publicKey, pair.secretKey};
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    return crypto::publicKeyOf(secretKey);
}

void wipe(QByteArray &secret)
{
    crypto::secureWipe(secret);
}

Result<QByteArray> parsePublicKey(const QByteArray &text)
{
    return decodeText(text, crypto::kSignPublicKeyBytes, QStringLiteral("public key"));
}

Result<QByteArray> parseSecretKey(const QByteArray &text)
{
    Result<QByteArray> key =
        decodeText(text, crypto::kSignSecretKeyBytes, QStringLiteral("secret key"));
    if (key && publicKeyOf(key.value()).isEmpty()) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("The secret key file is damaged."));
    }
    return key;
}

Result<QByteArray> parseSignature(const QByteArray &text)
{
    return decodeText(text, crypto::kSignatureBytes, QStringLiteral("signature"));
}

QByteArray publicKeyText(const QByteArray &publicKey)
{
    return QByteArrayLiteral("# Promptdesk policy public key ") +
           keyFingerprint(publicKey).toLatin1() +
           QByteArrayLiteral("\n# Deploy next to policy.json in trusted-keys/, or build it in.\n") +
           publicKey.toBase64() + '\n';
}

QByteArray secretKeyText(const QByteArray &secretKey)
{
    return QByteArrayLiteral(
               "# Promptdesk policy SECRET signing key. Keep it offline; never deploy "
               "it.\n") +
           secretKey.toBase64() + '\n';
}

QByteArray signatureText(const QByteArray &signature)
{
    return signature.toBase64() + '\n';
}

QString keyFingerprint(const QByteArray &publicKey)
{
    return QStringLiteral("ed25519:") +
           QString::fromLatin1(crypto::blake2b(publicKey, {}, 16).toHex().left(16));
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    return crypto::sign(secretKey, message);
}

Result<QString> verify(const QList<QByteArray> &trustedKeys, const QByteArray &message,
                       const QByteArray &signature)
{
    if (trustedKeys.isEmpty()) {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("No trusted policy key is installed, so the signature "
                                        "cannot be checked."));
    }
    for (const QByteArray &key : trustedKeys) {
        if (crypto::verifySignature(key, message, signature)) {
            return keyFingerprint(key);
        }
    }
    return makeError(
        ErrorKind::Corrupt,
        QStringLiteral("The policy signature does not match: the file was changed "
                       "after signing, or was signed with a key that is not trusted."));
}

QList<QByteArray> builtinTrustedKeys()
{
    QList<QByteArray> keys;
    QFile file(QStringLiteral(":/policy/trusted-keys.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return keys;
    }
    for (const QByteArray &rawLine : file.readAll().split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (Result<QByteArray> key = parsePublicKey(line)) {
            keys.append(key.value());
        }
    }
    return keys;
}

QList<QByteArray> loadTrustedKeys(const QString &keysDirectory, QStringList *problems)
{
    QList<QByteArray> keys = builtinTrustedKeys();
    const QDir dir(keysDirectory);
    if (keysDirectory.isEmpty() || !dir.exists()) {
        return keys;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name);
    for (const QString &name : names.mid(0, 100)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("the trusted key %1 cannot be read").arg(name));
            continue;
        }
        Result<QByteArray> key = parsePublicKey(file.read(kMaxKeyFileBytes + 1));
        if (!key) {
            problems->append(QStringLiteral("the trusted key %1 is malformed (skipped)").arg(name));
            continue;
        }
        keys.append(key.value());
    }
    return keys;
}

} // namespace promptdesk::policysig

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

// The engine's only door to libsodium. Keys and secrets are QByteArrays the caller wipes with
// secureWipe() when done; nothing here logs or keeps a copy.
namespace promptdesk::crypto {

// Initialises libsodium once (thread-safe); false when the library cannot work here.
bool initialise();

QByteArray randomBytes(int size);

// BLAKE2b (crypto_generichash), 32 bytes unless asked otherwise; keyed when key is non-empty.
constexpr int kHashBytes = 32;
constexpr int kMacKeyBytes = 32;
QByteArray blake2b(QByteArrayView data, QByteArrayView key = {}, int outBytes = kHashBytes);

// Incremental BLAKE2b for long inputs made of parts (chain hashes).
class Blake2b final {
public:
    explicit Blake2b(QByteArrayView key = {}, int outBytes = kHashBytes);
    ~Blake2b();
    Q_DISABLE_COPY_MOVE(Blake2b)
    void add(QByteArrayView data);
    QByteArray result();

private:
    alignas(64) unsigned char m_state[384];
    int m_outBytes;
};

// Ed25519 signatures (crypto_sign_detached).
struct SigningKeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};
constexpr int kSignPublicKeyBytes = 32;
constexpr int kSignSecretKeyBytes = 64;
constexpr int kSignatureBytes = 64;
SigningKeyPair generateSigningKeyPair();
QByteArray publicKeyOf(const QByteArray &secretKey); // empty when secretKey is malformed
QByteArray sign(const QByteArray &secretKey, QByteArrayView message);
bool verifySignature(const QByteArray &publicKey, QByteArrayView message,
                     const QByteArray &signature);

// XChaCha20-Poly1305 (IETF) authenticated encryption. seal() returns nonce || ciphertext+tag;
// open() fails with ErrorKind::Corrupt when the data or the associated data were altered, or
// the key is wrong.
constexpr int kAeadKeyBytes = 32;
QByteArray seal(const QByteArray &key, QByteArrayView plaintext,
                QByteArrayView associatedData = {});
Result<QByteArray> open(const QByteArray &key, QByteArrayView sealed,
                        QByteArrayView associatedData = {});

// Overwrites the buffer's bytes with zeros (sodium_memzero) and clears it.
void secureWipe(QByteArray &buffer);

// Constant-time comparison of two equal-length byte strings; false if the lengths differ.
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace promptdesk::crypto

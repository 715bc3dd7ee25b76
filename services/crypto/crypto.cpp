#include "crypto/crypto.h"

#include <sodium.h>

#include <mutex>

namespace promptdesk::crypto {

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

static_assert(sizeof(crypto_generichash_state) <= 384, "Blake2b state buffer too small");

bool initialise()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QByteArray randomBytes(int size)
{
    initialise();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}

QByteArray blake2b(QByteArrayView data, QByteArrayView key, int outBytes)
{
    initialise();
    QByteArray out(outBytes, Qt::Uninitialized);
    crypto_generichash(bytes(out), static_cast<size_t>(outBytes), bytes(data),
                       static_cast<unsigned long long>(data.size()),
                       key.isEmpty() ? nullptr : bytes(key), static_cast<size_t>(key.size()));
    return out;
}

Blake2b::Blake2b(QByteArrayView key, int outBytes)
    : m_outBytes(outBytes)
{
    initialise();
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state *>(m_state),
                            key.isEmpty() ? nullptr : bytes(key), static_cast<size_t>(key.size()),
                            static_cast<size_t>(outBytes));
}

Blake2b::~Blake2b()
{
    sodium_memzero(m_state, sizeof m_state);
}

void Blake2b::add(QByteArrayView data)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state *>(m_state), bytes(data),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray Blake2b::result()
{
    QByteArray out(m_outBytes, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state *>(m_state), bytes(out),
                             static_cast<size_t>(m_outBytes));
    return out;
}

SigningKeyPair generateSigningKeyPair()
{
    initialise();
    SigningKeyPair pair;
    pair.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray out(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(out), bytes(secretKey));
    return out;
}

QByteArray sign(const QByteArray &secretKey, QByteArrayView message)
{
    initialise();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verifySignature(const QByteArray &publicKey, QByteArrayView message,
                     const QByteArray &signature)
{
    initialise();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray seal(const QByteArray &key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    initialise();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        return {};
    }
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    randombytes_buf(out.data(), nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(out) + nonceBytes, &written, bytes(plaintext),
        static_cast<unsigned long long>(plaintext.size()), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(out), bytes(key));
    out.truncate(nonceBytes + static_cast<qsizetype>(written));
    return out;
}

Result<QByteArray> open(const QByteArray &key, QByteArrayView sealed, QByteArrayView associatedData)
{
    initialise();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        sealed.size() < nonceBytes + tagBytes) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("The encrypted data is damaged."));
    }
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &written, nullptr, bytes(sealed) + nonceBytes,
            static_cast<unsigned long long>(sealed.size() - nonceBytes), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(sealed),
            bytes(key)) != 0) {
        return makeError(
            ErrorKind::Corrupt,
            QStringLiteral("The encrypted data is damaged or belongs to another key."));
    }
    plain.truncate(static_cast<qsizetype>(written));
    return plain;
}

void secureWipe(QByteArray &buffer)
{
    if (!buffer.isEmpty()) {
        sodium_memzero(buffer.data(), static_cast<size_t>(buffer.size()));
    }
    buffer.clear();
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.size() == crypto_verify_32_BYTES) {
        // Hashes and MACs: the same constant-time comparison, vectorised (sodium_memcmp goes a
        // byte at a time, a visible share of audit verify's two compares per event).
        return crypto_verify_32(bytes(a), bytes(b)) == 0;
    }
    return a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace promptdesk::crypto

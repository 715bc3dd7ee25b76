// Fuzzes everything that reads an administrator's files: policy.json, the detached
// signature and key files, and the signature check itself. Any input must give a policy or a
// one-sentence error, never a crash, a hang or an accepted signature over altered bytes.
#include "policy/policy_parser.h"
#include "policy/policy_signing.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Result<ParsedPolicy> parsed = parsePolicy(bytes);
    if (parsed) {
        // An accepted policy is internally consistent.
        if (parsed->policy.version.isEmpty() ||
            parsed->policy.expiresUtc <= parsed->policy.issuedUtc ||
            parsed->policy.budgets.warnAtPercent > parsed->policy.budgets.blockAtPercent) {
            std::abort();
        }
    } else if (parsed.error().message.isEmpty() ||
               parsed.error().message.contains(QLatin1Char('\n'))) {
        std::abort();
    }

    (void)policysig::parsePublicKey(bytes);
    (void)policysig::parseSecretKey(bytes);
    const Result<QByteArray> signature = policysig::parseSignature(bytes);

    // A fixed key (the same every run) must never verify the input under a signature that
    // was made over different bytes.
    static const policysig::KeyPair pair = policysig::generate();
    static const QByteArray signedMessage = QByteArrayLiteral("{\"schema\":1}");
    static const QByteArray goodSignature = policysig::sign(pair.secretKey, signedMessage);
    const Result<QString> verified = policysig::verify({pair.publicKey}, bytes, goodSignature);
    if (verified && bytes != signedMessage) {
        std::abort();
    }
    if (signature && policysig::verify({pair.publicKey}, signedMessage, signature.value()) &&
        signature.value() != goodSignature) {
        // Ed25519 signatures from libsodium are deterministic and checked strictly.
        std::abort();
    }
    return 0;
}

#include "AgreementKeyPair.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

static_assert(AgreementKeyPair::KeySize == crypto_scalarmult_curve25519_BYTES);
static_assert(AgreementKeyPair::KeySize == crypto_scalarmult_curve25519_SCALARBYTES);

AgreementKeyPair AgreementKeyPair::generate()
{
    ensureSodiumInitialised();
    // Any 32 random bytes are a valid X25519 secret: clamping happens inside scalar multiplication.
    return fromSecretKey(SecretBytes::random(KeySize));
}

AgreementKeyPair AgreementKeyPair::fromSecretKey(const SecretBytes& secretKey)
{
    ensureSodiumInitialised();
    if (secretKey.size() != static_cast<std::size_t>(KeySize)) {
        throw CryptoError("X25519 secret key must be 32 bytes");
    }
    AgreementKeyPair pair;
    pair.m_secretKey = secretKey.clone();
    pair.m_publicKey = QByteArray(KeySize, Qt::Uninitialized);
    if (crypto_scalarmult_curve25519_base(reinterpret_cast<unsigned char*>(pair.m_publicKey.data()),
                                          pair.m_secretKey.data())
        != 0) {
        throw CryptoError("X25519 public key computation failed");
    }
    return pair;
}

std::optional<SecretBytes> AgreementKeyPair::sharedSecret(const QByteArray& peerPublicKey) const
{
    ensureSodiumInitialised();
    if (m_secretKey.size() != static_cast<std::size_t>(KeySize)) {
        throw CryptoError("AgreementKeyPair has no secret key");
    }
    // The peer key comes from files we did not write, so a bad one is a failed agreement, not a bug.
    if (peerPublicKey.size() != KeySize) {
        return std::nullopt;
    }
    SecretBytes shared(KeySize);
    // libsodium returns -1 for an all-zero output, which a low-order peer point forces regardless of our key.
    if (crypto_scalarmult_curve25519(shared.data(), m_secretKey.data(),
                                     reinterpret_cast<const unsigned char*>(peerPublicKey.constData()))
        != 0) {
        return std::nullopt;
    }
    return shared;
}

} // namespace carnet

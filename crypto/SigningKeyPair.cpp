#include "SigningKeyPair.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

namespace {

static_assert(SigningKeyPair::PublicKeySize == crypto_sign_ed25519_PUBLICKEYBYTES);
static_assert(SigningKeyPair::SecretKeySize == crypto_sign_ed25519_SECRETKEYBYTES);
static_assert(SigningKeyPair::SeedSize == crypto_sign_ed25519_SEEDBYTES);
static_assert(SigningKeyPair::SignatureSize == crypto_sign_ed25519_BYTES);

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytesOf(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodiumInitialised();
    SigningKeyPair pair;
    pair.m_publicKey = QByteArray(PublicKeySize, Qt::Uninitialized);
    pair.m_secretKey = SecretBytes(SecretKeySize);
    if (crypto_sign_ed25519_keypair(bytesOf(pair.m_publicKey), pair.m_secretKey.data()) != 0) {
        throw CryptoError("Ed25519 key generation failed");
    }
    return pair;
}

SigningKeyPair SigningKeyPair::fromSeed(const SecretBytes& seed)
{
    ensureSodiumInitialised();
    if (seed.size() != static_cast<std::size_t>(SeedSize)) {
        throw CryptoError("Ed25519 seed must be 32 bytes");
    }
    SigningKeyPair pair;
    pair.m_publicKey = QByteArray(PublicKeySize, Qt::Uninitialized);
    pair.m_secretKey = SecretBytes(SecretKeySize);
    if (crypto_sign_ed25519_seed_keypair(bytesOf(pair.m_publicKey), pair.m_secretKey.data(), seed.data()) != 0) {
        throw CryptoError("Ed25519 key derivation from seed failed");
    }
    return pair;
}

SigningKeyPair SigningKeyPair::fromSecretKey(const SecretBytes& secretKey)
{
    ensureSodiumInitialised();
    if (secretKey.size() != static_cast<std::size_t>(SecretKeySize)) {
        throw CryptoError("Ed25519 secret key must be 64 bytes");
    }
    // crypto_sign_ed25519_sk_to_pk only copies the stored upper half, so it cannot catch a damaged key:
    // rebuild the pair from the seed half and require the stored public half to match it.
    SecretBytes seed(SeedSize);
    crypto_sign_ed25519_sk_to_seed(seed.data(), secretKey.data());
    SigningKeyPair pair = fromSeed(seed);

    QByteArray storedPublicKey(PublicKeySize, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytesOf(storedPublicKey), secretKey.data());
    if (sodium_memcmp(storedPublicKey.constData(), pair.m_publicKey.constData(), PublicKeySize) != 0) {
        throw CryptoError("Ed25519 secret key halves do not match");
    }
    return pair;
}

QByteArray SigningKeyPair::signDetached(const QByteArray& message) const
{
    ensureSodiumInitialised();
    if (m_secretKey.size() != static_cast<std::size_t>(SecretKeySize)) {
        throw CryptoError("SigningKeyPair has no secret key");
    }
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    if (crypto_sign_ed25519_detached(bytesOf(signature), nullptr, bytesOf(message),
                                     static_cast<unsigned long long>(message.size()), m_secretKey.data())
        != 0) {
        throw CryptoError("Ed25519 signing failed");
    }
    return signature;
}

bool SigningKeyPair::verifyDetached(const QByteArray& signature, const QByteArray& message, const QByteArray& publicKey)
{
    ensureSodiumInitialised();
    if (signature.size() != SignatureSize || publicKey.size() != PublicKeySize) {
        return false;
    }
    return crypto_sign_ed25519_verify_detached(bytesOf(signature), bytesOf(message),
                                               static_cast<unsigned long long>(message.size()), bytesOf(publicKey))
        == 0;
}

} // namespace carnet

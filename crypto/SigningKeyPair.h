#pragma once

#include "SecretBytes.h"

#include <QByteArray>

namespace carnet {

// An Ed25519 key pair for signing exports and the vault identity.
class SigningKeyPair
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 64;
    static constexpr int SeedSize = 32;
    static constexpr int SignatureSize = 64;

    static SigningKeyPair generate();
    static SigningKeyPair fromSeed(const SecretBytes& seed);
    // From libsodium's 64-byte secret key (seed || public key).
    static SigningKeyPair fromSecretKey(const SecretBytes& secretKey);

    const QByteArray& publicKey() const { return m_publicKey; }
    const SecretBytes& secretKey() const { return m_secretKey; }

    QByteArray signDetached(const QByteArray& message) const;
    static bool verifyDetached(const QByteArray& signature, const QByteArray& message, const QByteArray& publicKey);

private:
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
};

} // namespace carnet

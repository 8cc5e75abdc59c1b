#pragma once

#include "SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace carnet {

// An X25519 key pair: the vault's age recipient for shares it receives.
class AgreementKeyPair
{
public:
    static constexpr int KeySize = 32;

    static AgreementKeyPair generate();
    static AgreementKeyPair fromSecretKey(const SecretBytes& secretKey);

    const QByteArray& publicKey() const { return m_publicKey; }
    const SecretBytes& secretKey() const { return m_secretKey; }

    // X25519(secret, peer); empty when the result is all zeros (a low-order peer point).
    std::optional<SecretBytes> sharedSecret(const QByteArray& peerPublicKey) const;

private:
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
};

} // namespace carnet

#pragma once

#include "SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace carnet {

// XChaCha20-Poly1305 (IETF) with a caller-given nonce, for file and attachment encryption.
class Aead
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 24;
    static constexpr int TagSize = 16;

    static QByteArray encrypt(const QByteArray& plaintext, const QByteArray& associatedData, const QByteArray& nonce,
                              const SecretBytes& key);
    static std::optional<QByteArray> decrypt(const QByteArray& ciphertext, const QByteArray& associatedData,
                                             const QByteArray& nonce, const SecretBytes& key);
};

} // namespace carnet
